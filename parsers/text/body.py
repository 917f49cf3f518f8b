"""The body of a page saved as text: chunks of lines become headings, paragraphs, lists, captions."""

from __future__ import annotations

from dataclasses import dataclass

from parsers.model import Block, BlockKind, OffsetMap
from parsers.text import vocabulary as vocab
from parsers.text.lines import Line, UnitBuilder, join_lines


@dataclass(frozen=True, slots=True)
class Draft:
    """A block before it gets its id."""

    kind: BlockKind
    text: str
    offsets: OffsetMap


def folded(text: str) -> str:
    """Text compared loosely: case folded, every run of whitespace one space."""
    return " ".join(text.split()).casefold()


def _words(text: str) -> int:
    return len(text.split())


def is_heading_like(text: str, max_words: int = vocab.HEADING_MAX_WORDS) -> bool:
    """A short line with no sentence-ending punctuation (a question may be a heading)."""
    if not text or _words(text) > max_words or text[0].islower():
        return False
    return not vocab.SENTENCE_END.search(text) or (text.endswith("?") and _words(text) <= 10)


def _list_items(chunk: list[Line]) -> list[Draft] | None:
    """A chunk whose lines start with bullets or numbers, as list items; None when it is not a list."""
    if not vocab.BULLET.match(chunk[0].text):
        return None
    items: list[UnitBuilder] = []
    for line in chunk:
        marker = vocab.BULLET.match(line.text)
        if marker:
            items.append(UnitBuilder())
            items[-1].add_line(line, skip=marker.end())
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


def _captions(chunk: list[Line], seen: list[str]) -> list[Draft] | None:
    """A chunk of short unpunctuated lines: image alt text and captions; repeats are dropped."""
    if len(chunk) < 2 or not all(is_heading_like(line.text, vocab.CAPTION_MAX_WORDS) for line in chunk):
        return None
    drafts = []
    for line in chunk:
        line_key = folded(line.text)
        if any(line_key in earlier for earlier in seen):
            continue
        text, offsets = join_lines([line])
        drafts.append(Draft("caption", text, offsets))
    return drafts


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


def chunk_to_drafts(chunk: list[Line], seen: list[str]) -> list[Draft]:
    """Classify one chunk of the body; `seen` holds the folded title and headings so far."""
    if len(chunk) == 1 and is_heading_like(chunk[0].text):
        if folded(chunk[0].text) in seen:
            return []
        seen.append(folded(chunk[0].text))
        return [Draft("heading", *join_lines(chunk))]
    for reader in (_list_items, _quote):
        drafts = reader(chunk)
        if drafts is not None:
            return drafts
    if len(chunk) > 1 and folded(chunk[0].text) in seen:
        return []  # an image: its alt text repeats a heading, the lines under it are its caption
    captions = _captions(chunk, seen)
    if captions is not None:
        return captions
    return _paragraph(chunk)


def number_blocks(drafts: list[Draft]) -> tuple[Block, ...]:
    """Give the kept drafts their ids, b0, b1, ... in order."""
    kept = [draft for draft in drafts if draft.text.strip()]
    return tuple(
        Block(id=f"b{index}", kind=draft.kind, text=draft.text, offsets=draft.offsets)
        for index, draft in enumerate(kept)
    )
