"""Cutting one screen line into pieces by the styled spans that cross it: plain Python, no drawing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a paragraph's shown text drawn with a named style (a component class)."""

    start: int
    end: int
    style: str


def overlay(text: str, start: int, end: int, labels: Sequence[tuple[int, str]]) -> tuple[str, list[Span]]:
    """text[start:end] with each (offset, label) written over the characters at that offset.

    Link hints are drawn this way: over the link's first characters, so the text never reflows.
    """
    line = text[start:end]
    spans = []
    for offset, label in labels:
        if not start <= offset < end:
            continue
        cut = label[: end - offset]
        at = offset - start
        line = line[:at] + cut + line[at + len(cut) :]
        spans.append(Span(offset, offset + len(cut), "hint"))
    return line, spans


def pieces(line: str, start: int, spans: Sequence[Span]) -> list[tuple[str, tuple[str, ...]]]:
    """`line` (the text from offset `start`) cut at every span boundary, each piece with its styles.

    Styles come in the order the spans are given, so a later span (a search match, the
    selection) is laid over an earlier one (a highlight, a link).
    """
    end = start + len(line)
    crossing = [span for span in spans if span.start < end and span.end > start and span.end > span.start]
    if not crossing:
        return [(line, ())] if line else []
    bounds = {start, end}
    for span in crossing:
        bounds.add(max(start, span.start))
        bounds.add(min(end, span.end))
    cuts = sorted(bounds)
    result = []
    for left, right in pairwise(cuts):
        styles = tuple(span.style for span in crossing if span.start <= left and span.end >= right)
        result.append((line[left - start : right - start], styles))
    return result
