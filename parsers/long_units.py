"""Over-long paragraphs cut at sentence ends, so that no unit of an article is huge.

A page written as one 10 MB line (no blank line, no paragraph tag) was one unit: detectors that
look at a quotation's whole paragraph did work in proportion to its length for each quotation in
it, and annotating it took 45 s. Cut into pieces of at most MAX_UNIT_CHARS, it took 7 s. No
paragraph of a real article comes near the limit.
"""

from __future__ import annotations

import re
from collections import deque

from parsers.model import Link, OffsetMap

MAX_UNIT_CHARS = 10_000
"""A block longer than this is cut at sentence ends into pieces of at most this many characters (a
sentence longer than that alone stays whole: the detectors read a sentence as one)."""
# A sentence's end: its stop, any closing quotes or brackets, and the white space after it.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*(\s+)")
_SPACE = re.compile(r"\s+")


def piece_spans(text: str, limit: int = MAX_UNIT_CHARS) -> list[tuple[int, int]]:
    """Spans of `text` cut at sentence ends (the white space between left out), each at most `limit`
    long unless one sentence alone is longer; one span, the whole text, when it is no longer than that."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit and (gap := _gap_after(text, start, limit)) is not None:
        spans.append((start, gap[0]))
        start = space.end() if (space := _SPACE.match(text, gap[1])) else gap[1]
    spans.append((start, len(text)))
    return spans


def _gap_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The white space after the last sentence end within `limit` of `start`, else after the first one
    beyond it; None when no sentence ends after `start`."""
    within = deque(_SENTENCE_END.finditer(text, start + 1, start + limit + 1), maxlen=1)
    found = within[0] if within else _SENTENCE_END.search(text, start + limit)
    return found.span(1) if found is not None else None


def sliced_offsets(offsets: OffsetMap, start: int, end: int) -> OffsetMap:
    """The offset map of `text[start:end]`, given the map of `text`."""
    runs = []
    for text_start, source_start, length in offsets.runs:
        low, high = max(text_start, start), min(text_start + length, end)
        if low < high:
            runs.append((low - start, source_start + (low - text_start), high - low))
    return OffsetMap(tuple(runs))


def sliced_links(links: tuple[Link, ...], start: int, end: int) -> tuple[Link, ...]:
    """The links within `text[start:end]`, as offsets into it (a link across a cut is in both pieces)."""
    return tuple(
        Link(max(link.start, start) - start, min(link.end, end) - start, link.href)
        for link in links
        if link.start < end and link.end > start
    )
