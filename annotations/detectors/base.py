"""What every detector is: a name and a function from the article's units to findings."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Protocol

from annotations.currencies import sign_chars
from annotations.detectors.memo import per_text
from annotations.knowledge import vocabulary
from annotations.model import Finding
from parsers.model import Unit

__all__ = ["Detector", "Unit", "sentence_at", "sentence_bounds"]


class Detector(Protocol):
    """Finds one kind of annotation."""

    name: str

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        """Every finding in the units, in any order."""
        ...


@cache
def _sentence_break() -> re.Pattern[str]:
    """A break between sentences: after . ! ? … before a capital, digit or currency sign; after ;; a new line."""
    opens = rf"(?=[\"“‘(]*[A-Z0-9{re.escape(sign_chars())}])"
    # Every break opens with a closing mark or a space: that class comes first, so re skips, in C,
    # every other position, and each kind of break then checks the characters before it. As
    # `(?<=[.!?…])[\"”’)]*\s+{opens}|(?<=;)\s+|\n\s*\n|\n`, tried at every position, it cost twice as much.
    return re.compile(
        rf"[\"”’)\s](?:(?<=[.!?…][\"”’)])[\"”’)]*\s+{opens}|(?<=[.!?…]\s)\s*{opens}|(?<=;\s)\s*|(?<=\n)\s*\n|(?<=\n))"
    )


@cache
def _abbreviations() -> tuple[tuple[str, ...], int]:
    """Text before a full stop that does not end a sentence ("Co.", " v."), and the longest one's length."""
    sentences = vocabulary("sentences.toml")
    found = tuple(f" {phrase}" for entry in sentences.role("abbreviation") for phrase in entry.phrases)
    found += tuple(phrase for entry in sentences.role("glued_abbreviation") for phrase in entry.phrases)
    return found, max(len(item) for item in found)


@per_text
def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of `text` (a rough split, good enough for nearby context)."""
    bounds = []
    start = 0
    abbreviations, reach = _abbreviations()
    for match in _sentence_break().finditer(text):
        if text[max(0, match.start() - reach) : match.start()].endswith(abbreviations):
            continue
        if match.start() > start:
            bounds.append((start, match.start()))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, len(text))]


def sentence_at(bounds: list[tuple[int, int]], offset: int) -> int:
    """The index of the sentence that holds `offset` (or ends at it); the last when none does.

    `bounds` are sentence_bounds' spans, in order, each ending before the next starts: only the
    last to start at or before `offset` can hold it, and a halving search finds that one.
    """
    index = bisect_right(bounds, offset, key=_start) - 1
    if index >= 0 and offset <= bounds[index][1]:
        return index
    return len(bounds) - 1


def _start(bound: tuple[int, int]) -> int:
    return bound[0]
