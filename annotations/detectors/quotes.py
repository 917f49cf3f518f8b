"""Quotations in text: spans strictly inside matching quotation marks, nested ones included."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark → the closing marks that end it.
_PAIRS = {"“": "”", "„": "“”", "«": "»", "‘": "’", "‚": "‘’", "»": "«", "「": "」", "『": "』"}
# Straight marks open and close alike; an apostrophe inside a word ("app's") is neither.
_STRAIGHT = frozenset({'"', "'"})
MAX_QUOTE_LENGTH = 3000
# A unit with more quotation marks than this is no prose: only the first ones are paired.
MAX_MARKS_PER_UNIT = 20_000
_MARKS = re.compile("[\"'“”„«»‘’‚「」『』]")


@dataclass(frozen=True, slots=True)
class Quote:
    """The text strictly inside a pair of quotation marks; `depth` 0 is outermost."""

    start: int
    end: int
    depth: int


def _opens(text: str, index: int) -> bool:
    """Whether a mark can open a quotation: not inside a word, and followed by text, not a space."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if before.isalnum() or after.isspace():
        return False
    return not (text[index] in "‘‚'" and after.isdigit())  # ‘90s


def _closes(text: str, index: int) -> bool:
    """Whether a mark can close a quotation: after text, not before a letter or digit."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not after.isalnum() and not before.isspace()


def _is_closing(char: str, opener: str) -> bool:
    if opener in _STRAIGHT:
        return char == opener
    return char in _PAIRS.get(opener, "")


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in `text`, in order of its opening mark; unclosed marks are ignored."""
    stack: list[tuple[str, int]] = []
    found: list[Quote] = []
    open_straight = {mark: 0 for mark in _STRAIGHT}
    for count, mark in enumerate(_MARKS.finditer(text)):
        if count >= MAX_MARKS_PER_UNIT:
            break
        index, char = mark.start(), mark.group()
        closes = _closes(text, index)
        if closes and (
            (stack and _is_closing(char, stack[-1][0])) or (char in _STRAIGHT and open_straight[char])
        ):
            # A straight mark closes its own kind even past unclosed curly marks opened inside it.
            while not _is_closing(char, stack[-1][0]):
                dropped, _start = stack.pop()
                if dropped in _STRAIGHT:
                    open_straight[dropped] -= 1
            opener, start = stack.pop()
            if opener in _STRAIGHT:
                open_straight[opener] -= 1
            if index - start <= MAX_QUOTE_LENGTH:
                found.append(Quote(start, index, len(stack)))
            continue
        if (char in _PAIRS or char in _STRAIGHT) and _opens(text, index):
            stack.append((char, index + 1))
            if char in _STRAIGHT:
                open_straight[char] += 1
    return sorted(found, key=lambda quote: quote.start)
