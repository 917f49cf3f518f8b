"""Quotations in text: spans strictly inside matching quotation marks, nested ones included."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark → the closing marks that end it.
_PAIRS = {"“": "”", "„": "“”", "«": "»", "‘": "’", "‚": "‘’", "»": "«", "「": "」", "『": "』"}
_STRAIGHT = {'"'}
MAX_QUOTE_LENGTH = 3000
# A unit with more quotation marks than this is no prose: only the first ones are paired.
MAX_MARKS_PER_UNIT = 20_000
_MARKS = re.compile('["“”„«»‘’‚「」『』]')


@dataclass(frozen=True, slots=True)
class Quote:
    """The text strictly inside a pair of quotation marks; `depth` 0 is outermost."""

    start: int
    end: int
    depth: int


def _opens(text: str, index: int) -> bool:
    """Whether a mark at `index` can open a quotation (not an apostrophe inside a word)."""
    before = text[index - 1] if index else " "
    return not before.isalnum()


def _closes(text: str, index: int) -> bool:
    """Whether a mark at `index` can close a quotation."""
    after = text[index + 1] if index + 1 < len(text) else " "
    return not after.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in `text`, in order of its opening mark; unclosed marks are ignored."""
    stack: list[tuple[str, int]] = []
    found: list[Quote] = []
    for count, mark in enumerate(_MARKS.finditer(text)):
        if count >= MAX_MARKS_PER_UNIT:
            break
        index, char = mark.start(), mark.group()
        if stack and _is_closing(char, stack[-1][0]) and _closes(text, index):
            _mark, start = stack.pop()
            if index - start <= MAX_QUOTE_LENGTH:
                found.append(Quote(start, index, len(stack)))
            continue
        if (
            char in _STRAIGHT
            and stack
            and any(mark in _STRAIGHT for mark, _ in stack)
            and _closes(text, index)
        ):
            while stack and stack[-1][0] not in _STRAIGHT:
                stack.pop()
            if stack:
                _mark, start = stack.pop()
                found.append(Quote(start, index, len(stack)))
            continue
        if (char in _PAIRS or char in _STRAIGHT) and _opens(text, index):
            if char in ("‘", "‚") and index + 1 < len(text) and text[index + 1].isdigit():
                continue  # ‘90s
            stack.append((char, index + 1))
    return sorted(found, key=lambda quote: quote.start)


def _is_closing(char: str, opener: str) -> bool:
    if opener in _STRAIGHT:
        return char in _STRAIGHT
    return char in _PAIRS.get(opener, "")
