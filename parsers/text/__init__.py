"""The plain-text parser: a web page saved as text becomes an Article with source offsets.

Nothing is lost: a line lands in a unit (title, description, block, comment) unless a named
furniture rule of the vocabulary drops it or it is read into the metadata (a byline, a date,
a comment header). `read_text` says which, line by line, in its ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from parsers.long_units import cut_comments
from parsers.model import Article, Metadata
from parsers.sanitize import clean_text
from parsers.text import vocabulary as vocab
from parsers.text.body import Draft, drafts_of, number_blocks
from parsers.text.comments import first_header_index, read_tail
from parsers.text.header import Header, TitleSpot, locate_title, opens_with_thread, read_header
from parsers.text.ledger import Fate, Ledger, drop, furniture_rule, read_into_metadata
from parsers.text.lines import Line, join_lines, split_lines
from parsers.text.title_shape import reads_as_body, short_paragraph

__all__ = ["Fate", "Ledger", "TextReading", "TextStart", "parse_text", "read_text", "read_text_start"]


@dataclass(frozen=True, slots=True)
class TextReading:
    """A parsed page, with the ledger of the input lines that landed in no unit and why."""

    article: Article
    ledger: Ledger


def _tail_start(lines: list[Line | None], start: int, taken: set[int]) -> int:
    """Where the body ends: the first section marker or dated comment header after some body text."""
    header_at = first_header_index(lines, start)
    end = len(lines) if header_at is None else header_at
    seen_text = False
    for index in range(start, end):
        line = lines[index]
        if line is None or line.number in taken:
            continue
        if seen_text and vocab.SECTION_MARKER_ANY.match(line.text):
            return index
        seen_text = seen_text or furniture_rule(line.text) is None
    return end


def _page_lines(lines: list[Line | None], taken: set[int], ledger: Ledger) -> list[Line | None]:
    """The lines left for blocks and comments: taken lines and page furniture become gaps. A footer's
    line (a copyright line) above a paragraph of running text is no footer: it stays; an edge's line (a
    lone cookie notice) between two paragraphs of it is quoted: it stays too."""
    last_text = next((index for index in range(len(lines) - 1, -1, -1) if _running(lines[index], taken)), -1)
    # the standfirst (taken with the title) opens the running text as much as a paragraph does
    # and so does a short paragraph of two sentences
    first_text = next((index for index in range(last_text + 1) if _opens_text(lines[index])), -1)
    kept: list[Line | None] = []
    above, run_letter = "", ""
    for index, line in enumerate(lines):
        if line is None or line.number in taken:
            kept.append(None)
        elif (rule := furniture_rule(line.text)) is not None and not (
            (rule.footer and (index < last_text or _third_item(above, run_letter, line.text)))
            or (rule.edge and first_text < index < last_text)
        ):
            drop(ledger, line.number, rule)
            kept.append(None)
        else:
            kept.append(line)
        above = line.text if line is not None else above
        run_letter = _run_letter(line, run_letter)
    return kept


def _run_letter(line: Line | None, letter: str) -> str:
    """The list letter of the nearest line opening with one in the run of lines ending at `line`, folded;
    a blank line ends the run."""
    if line is None:
        return ""
    opening = vocab.LIST_LETTER.match(line.text)
    return letter if opening is None else opening.group(1).casefold()


def _third_item(above: str, run_letter: str, text: str) -> bool:
    """Whether `text` is the third item of a lettered list, not an imprint: "(c)" under a "(b)" line, right
    above it or the nearest line with a list letter in its run of lines, over the second item's wrapped
    lines or sub-items ("(b) 2018 Reform Doubled It:", "(i) For Controllers", "(c) 2021 Amendments …")."""
    if text[:3].casefold() != vocab.LIST_ITEM:
        return False
    return vocab.LIST_ITEM_BEFORE in (above.lstrip()[:3].casefold(), run_letter)


def _opens_text(line: Line | None) -> bool:
    """Whether `line` opens the page's running text for the edge furniture under it: a paragraph of it,
    long or of two sentences."""
    return _running(line, set()) or (line is not None and short_paragraph(line.text))


def _running(line: Line | None, taken: set[int]) -> bool:
    """Whether `line` is a paragraph of the page's running text."""
    return line is not None and line.number not in taken and reads_as_body(line.text)


def _metadata(
    present: list[Line], spot: TitleSpot, header: Header, url: str | None, has_blocks: bool
) -> Metadata:
    """The article's metadata, with the title and standfirst as units mapped to the input."""
    title, title_offsets = join_lines([present[spot.title]]) if spot.title is not None else ("", None)
    description, description_offsets = join_lines([present[index] for index in spot.standfirst])
    return Metadata(
        title=title or None,
        authors=tuple(dict.fromkeys(header.authors)),
        published=header.published,
        updated=header.updated,
        url=url,
        page_kind="article" if has_blocks else "unknown",
        title_offsets=title_offsets if title else None,
        description=description or None,
        description_offsets=description_offsets if description else None,
    )


@dataclass(frozen=True, slots=True)
class TextStart:
    """A page saved as text, read up to its tail: the metadata and the body above the comments.

    `article` is what a first screen shows; `finish()` reads the tail (the comments, and any
    blocks after them) and gives exactly what `read_text` gives. On a thread of thousands of
    comments the tail is nearly all of the work.
    """

    article: Article
    lines: list[Line | None]
    tail_at: int
    drafts: list[Draft]
    ledger: Ledger

    def finish(self) -> TextReading:
        """The whole page read: the body, the comments and the blocks of the tail."""
        ledger = dict(self.ledger)
        tail = read_tail(self.lines[self.tail_at :], ledger)
        blocks = number_blocks(self.drafts + tail.drafts)
        head = self.article
        metadata = head.metadata
        if bool(blocks) != bool(head.blocks):  # the page kind says whether there is a body at all
            metadata = replace(metadata, page_kind="article" if blocks else "unknown")
        article = Article(
            metadata=metadata,
            blocks=blocks,
            comments=cut_comments(tail.comments),
            source_text=head.source_text,
        )
        return TextReading(article, ledger)


def read_text_start(text: str, url: str | None = None) -> TextStart:
    """Read a page saved as plain text up to its tail (see `TextStart`)."""
    text = clean_text(text.removeprefix("\ufeff"))
    lines = split_lines(text)
    present = [line for line in lines if line is not None]
    ledger: Ledger = {}
    if not present:
        return TextStart(Article(Metadata(url=url, page_kind="unknown")), [], 0, [], ledger)
    spot = locate_title(present)
    title = present[spot.title].text if spot.title is not None else None
    header = read_header(present[spot.header_from :], title) if spot.header_from is not None else Header()
    for number, kind in header.consumed.items():
        read_into_metadata(ledger, number, kind)
    top = [
        present[index].number
        for index in (*([spot.title] if spot.title is not None else []), *spot.standfirst)
    ]
    taken = set(header.consumed) | set(top)
    at_thread = opens_with_thread(present)
    tail_at = 0 if at_thread else _tail_start(lines, max(taken, default=-1) + 1, taken)
    drafts = drafts_of(_page_lines(lines[:tail_at], taken, ledger))
    blocks = number_blocks(drafts)
    metadata = _metadata(present, spot, header, url, bool(blocks))
    article = Article(metadata=metadata, blocks=blocks, source_text=text)
    return TextStart(article, lines, tail_at, drafts, ledger)


def read_text(text: str, url: str | None = None) -> TextReading:
    """Parse a page saved as plain text, saying where every line that is in no unit went."""
    return read_text_start(text, url).finish()


def parse_text(text: str, url: str | None = None) -> Article:
    """Parse a page saved as plain text; offsets are code points of `text`, a leading BOM removed."""
    return read_text(text, url).article
