"""The body of a page saved as text: chunks of lines become headings, paragraphs, lists, captions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.long_units import MAX_UNIT_CHARS, piece_spans, sliced_offsets
from parsers.model import Block, BlockKind, OffsetMap
from parsers.text import vocabulary as vocab
from parsers.text.lines import Line, UnitBuilder, chunks, join_lines, wider_than
from parsers.text.title_shape import hangul_wraps_on, unspaced_chars, unspaced_sentence, unspaced_wraps_on
from parsers.text.wraps import goes_on, wrap_width


@dataclass(frozen=True, slots=True)
class Draft:
    """A block before it gets its id."""

    kind: BlockKind
    text: str
    offsets: OffsetMap


def _words(text: str) -> int:
    return len(text.split())


def is_heading_like(text: str, max_words: int = vocab.HEADING_MAX_WORDS) -> bool:
    """A short line with no sentence-ending punctuation (a question may be a heading). A line of Chinese or
    Japanese is short by its characters, and its stops and commas are full-width."""
    if not text or _words(text) > max_words or text[0].islower():
        return False
    if vocab.UNSPACED_CLAUSE_END.search(text) or unspaced_sentence(text):
        return False
    if unspaced_chars(text) > vocab.UNSPACED_TITLE_MAX_CHARS:
        return False
    return not vocab.SENTENCE_END.search(text) or (text.endswith("?") and _words(text) <= 10)


def _marker_end(marker: re.Match[str]) -> int:
    """How much of a list line to leave out: a bullet and its space, never an item's number."""
    return marker.end() if marker.group("bullet") else 0


def _list_items(chunk: list[Line]) -> list[Draft] | None:
    """A chunk whose lines start with bullets or numbers, as list items; None when it is not a list."""
    if not vocab.BULLET.match(chunk[0].text):
        return None
    items: list[UnitBuilder] = []
    for line in chunk:
        marker = vocab.BULLET.match(line.text)
        if marker:
            items.append(UnitBuilder())
            items[-1].add_line(line, skip=_marker_end(marker))
        else:
            items[-1].add_line(line)
    return [Draft("list_item", item.text, item.offsets()) for item in items]


def _quote(chunk: list[Line]) -> list[Draft] | None:
    """A chunk of "> " lines as one quote; None when it is not one."""
    if not all(vocab.QUOTE_MARK.match(line.text) for line in chunk):
        return None
    builder = UnitBuilder()
    for line in chunk:
        builder.add_line(line, skip=vocab.QUOTE_MARK.match(line.text).end())  # type: ignore[union-attr]
    return [Draft("quote", builder.text, builder.offsets())]


def _captions(chunk: list[Line]) -> list[Draft] | None:
    """A chunk of short unpunctuated lines: image alt text and captions, one block a line."""
    if len(chunk) < 2 or not all(is_heading_like(line.text, vocab.CAPTION_MAX_WORDS) for line in chunk):
        return None
    return [Draft("caption", *join_lines([line])) for line in chunk]


def _paragraph(chunk: list[Line]) -> list[Draft]:
    """A chunk as a paragraph, split from a run-in heading on its first line."""
    first = chunk[0]
    drafts: list[Draft] = []
    if len(chunk) > 1 and is_heading_like(first.text):
        longest = max(len(line.text) for line in chunk[1:])
        if len(first.text) < longest * vocab.HEADING_RUN_IN_RATIO:
            drafts.append(Draft("heading", *join_lines([first])))
            chunk = chunk[1:]
    drafts.append(Draft("paragraph", *join_lines(chunk)))
    return drafts


def _is_row(line: Line) -> bool:
    """Whether a line is a table row flattened to text: cells split by pipes or tabs."""
    return len(vocab.TABLE_CELL_SPLIT.findall(line.text)) >= vocab.TABLE_MIN_SPLITS


def _table(chunk: list[Line]) -> list[Draft] | None:
    """Table rows as one block, a row a line, so each row keeps its header's words near.

    A first line that is no row is the table's caption or heading, a block of its own.
    """
    rows = chunk[1:] if chunk and not _is_row(chunk[0]) else chunk
    if len(rows) < 2 or not all(_is_row(line) for line in rows):
        return None
    drafts = [_one_block([chunk[0]])] if rows is not chunk else []
    drafts.append(Draft("paragraph", *join_lines(rows, separator="\n")))
    return drafts


def _line_by_line(chunk: list[Line]) -> list[Draft] | None:
    """A chunk not wrapped by hand (a line too long for that, in columns, or Chinese, Japanese or Korean
    lines that end sentences, with headings among them): each line is its own block.

    A line that ends in a colon leads into the next one ("The terms now say:" and the quote), and a line
    that leaves its sentence open goes on in the next one (`wraps.goes_on`): they stay one paragraph.
    """
    if len(chunk) < 2:
        return None
    # lines each going on from the one above in lower case were wrapped by hand, the Chinese words in them
    # as wide as their writer saw them
    prose = all(line.text[:1].islower() for line in chunk[1:])
    if not any(
        wider_than(line.text, vocab.WRAPPED_LINE_MAX_CHARS, narrow_mixed=prose) for line in chunk
    ) and not _sentence_lines(chunk):
        return None
    width = wrap_width([line.text for line in chunk])
    drafts: list[Draft] = []
    group: list[Line] = []
    for index, line in enumerate(chunk):
        group.append(line)
        following = chunk[index + 1].text if index + 1 < len(chunk) else ""
        if not following or not (line.text.endswith(":") or goes_on(line.text, following, width)):
            drafts.append(_one_block(group))
            group = []
    return drafts


def _sentence_lines(chunk: list[Line]) -> bool:
    """Whether a chunk holds Chinese, Japanese or Korean paragraphs a line: most of its lines, and two at
    least, end a sentence, and each other line is a heading among them ("KADOKAWA個人情報漏えい事故"), not
    a sentence's first part wrapped onto the next line (title_shape.unspaced_wraps_on, hangul_wraps_on)."""
    ends = 0
    for index, line in enumerate(chunk):
        if vocab.WIDE_LINE_END.search(line.text):
            ends += 1
            continue
        following = chunk[index + 1].text if index + 1 < len(chunk) else ""
        if (
            not is_heading_like(line.text)
            or unspaced_wraps_on(line.text, following)
            or hangul_wraps_on(line.text, following)
        ):
            return False
    return ends >= 2 and 2 * ends > len(chunk)


def _one_block(lines: list[Line]) -> Draft:
    """Lines that make one block: a list item, a heading, or a paragraph."""
    marker = vocab.BULLET.match(lines[0].text)
    if marker:
        builder = UnitBuilder()
        builder.add_line(lines[0], skip=_marker_end(marker))
        for line in lines[1:]:
            builder.add_line(line)
        return Draft("list_item", builder.text, builder.offsets())
    if len(lines) == 1 and is_heading_like(lines[0].text):
        return Draft("heading", *join_lines(lines))
    return Draft("paragraph", *join_lines(lines))


def _lead_in_pieces(chunk: list[Line]) -> list[list[Line]]:
    """The chunk cut before each bulleted list that a line ending on a colon leads into, with no blank
    between ("Penalties:" over "- a fine of up to …", "- a ban …"): the list's items stay items of their
    own, not words of the lead-in's paragraph. Numbered lines under a colon ("The new terms say:" over
    "1. We may …") stay in its paragraph, where they read as the clauses it quotes. A line with no "> " mark under
    "> " lines is the reply to them, a paragraph of its own ("> we may share …" over "That is boilerplate.")."""
    pieces: list[list[Line]] = []
    start = 0
    for index in range(1, len(chunk)):
        above = chunk[index - 1].text
        marker = vocab.BULLET.match(chunk[index].text)
        led = above.endswith(":") and marker and marker.group("bullet") and not vocab.BULLET.match(above)
        replied = vocab.QUOTE_MARK.match(above) and not vocab.QUOTE_MARK.match(chunk[index].text)
        if led or replied:
            pieces.append(chunk[start:index])
            start = index
    pieces.append(chunk[start:])
    return pieces


def chunk_to_drafts(chunk: list[Line]) -> list[Draft]:
    """Classify one chunk of lines (a run with no blank line) as blocks, a list led into by a line
    ending on a colon apart from that line."""
    return [draft for piece in _lead_in_pieces(chunk) for draft in _piece_to_drafts(piece)]


def _piece_to_drafts(chunk: list[Line]) -> list[Draft]:
    """Classify a run of lines as blocks."""
    for reader in (_table, _line_by_line, _list_items, _quote):
        drafts = reader(chunk)
        if drafts is not None:
            return drafts
    if len(chunk) == 1 and is_heading_like(chunk[0].text):
        return [Draft("heading", *join_lines(chunk))]
    return _captions(chunk) or _paragraph(chunk)


def drafts_of(lines: list[Line | None]) -> list[Draft]:
    """The blocks of a stretch of lines, a blank line (None) between chunks."""
    drafts: list[Draft] = []
    for chunk in chunks(lines):
        drafts.extend(chunk_to_drafts(chunk))
    return drafts


def number_blocks(drafts: list[Draft]) -> tuple[Block, ...]:
    """Give the kept drafts their ids, b0, b1, ... in order; an over-long one is cut into several."""
    kept = [piece for draft in drafts if draft.text.strip() for piece in _pieces(draft)]
    return tuple(
        Block(id=f"b{index}", kind=draft.kind, text=draft.text, offsets=draft.offsets)
        for index, draft in enumerate(kept)
    )


def _pieces(draft: Draft) -> list[Draft]:
    """The draft, or its pieces when it is longer than a unit may be (`parsers.long_units`)."""
    if len(draft.text) <= MAX_UNIT_CHARS:
        return [draft]
    return [
        Draft(draft.kind, draft.text[start:end], sliced_offsets(draft.offsets, start, end))
        for start, end in piece_spans(draft.text)
    ]
