"""Spans widened to whole words, each run of letters and digits read once.

Chinese and Japanese text is one run from stop to stop ('五千万元五千万元…' has no break at all), so
widening each amount's span by walking to the run's ends walked the whole run once per amount:
quadratic on a long unspaced line. The runs found are remembered, so each is walked once."""

from __future__ import annotations

import bisect


class WordRuns:
    """The runs of alphanumeric characters of one text, found on demand and remembered."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []
        self._ends: list[int] = []
        self.steps = 0  # characters walked, for tests that count work

    def widened(self, start: int, end: int) -> tuple[int, int]:
        """A span widened so that it neither starts nor ends inside a word."""
        text = self.text
        if start > 0 and text[start - 1].isalnum():
            start = self._run(start - 1)[0]
        if end < len(text) and text[end].isalnum():
            end = self._run(end)[1]
        return start, end

    def _run(self, position: int) -> tuple[int, int]:
        """The run of alphanumeric characters holding `position` (which is one)."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and position < self._ends[index]:
            return self._starts[index], self._ends[index]
        text, low, high = self.text, position, position + 1
        while low > 0 and text[low - 1].isalnum():
            low -= 1
        while high < len(text) and text[high].isalnum():
            high += 1
        self.steps += high - low
        self._starts.insert(index + 1, low)
        self._ends.insert(index + 1, high)
        return low, high
