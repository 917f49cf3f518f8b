"""The clauses of a set-off clause list whose lines the parser joined into one paragraph: "10.1 You grant …
10.2 Zoomly may …", "7.1 We may suspend your account if: (a) you …; (b) you …; or (c) we …". GUIDELINES
labels a quoted clause list one span per clause, list markers outside."""

from __future__ import annotations

import re

from annotations.detectors.tos_blocks import Paragraph, after_spaces
from annotations.detectors.tos_vocabulary import list_marker, role_pattern

__all__ = ["clause_items"]

# Where the next item of a clause list may start inside a paragraph: after a full stop, a semicolon or a
# colon, or at a line break.
_ITEM_BREAK = re.compile(r"[.;:](?=[ \t\n])|\n")


def clause_items(paragraph: Paragraph) -> list[tuple[int, int]]:
    """The clauses of a set-off paragraph that numbers or letters them, one span each with its marker
    outside: "10.1 You grant … 10.2 Zoomly may …", "7.1 We may suspend your account if: (a) you …; (b) you
    …; or (c) we …" (the parser joins a list's lines into one). None unless the paragraph opens on a marker
    and holds two clauses or more; a bare number inside it ("users under 18 may not") is no marker."""
    text = paragraph.unit.text
    first = list_marker().match(text, paragraph.start, paragraph.end)
    if first is None:
        return []
    starts, ends = [first.end()], []
    for joint in _ITEM_BREAK.finditer(text, first.end(), paragraph.end):
        end = joint.start() if joint.group() == "\n" else joint.end()
        after = after_spaces(text, end)
        linked = role_pattern("list_joint").match(text, after)
        marker = list_marker().match(text, linked.end() if linked else end, paragraph.end)
        if marker is None or marker.group().strip().isdigit():
            continue
        ends.append(linked.end() if linked else end)
        starts.append(marker.end())
    ends.append(paragraph.end)
    spans = [_trimmed(text, start, end) for start, end in zip(starts, ends, strict=True)]
    return [span for span in spans if span[1] > span[0]] if len(spans) > 1 else []


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """`start` and `end` moved in past spaces."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
