"""Quotations in text: spans strictly inside matching quotation marks, nested ones included."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from annotations.knowledge import vocabulary

MAX_QUOTE_LENGTH = 3000
# A unit with more quotation marks than this is no prose: only the first ones are paired.
MAX_MARKS_PER_UNIT = 20_000


@dataclass(frozen=True, slots=True)
class Marks:
    """The quotation marks of quotes.toml: who opens, who closes, and one pattern for all of them."""

    pairs: dict[str, str]
    """Opening mark → the closing marks that end it."""
    straight: frozenset[str]
    """Marks that open and close alike."""
    elide_years: str
    """Marks that, before a digit, elide a century (‘90s) instead of opening a quotation."""
    pattern: re.Pattern[str]


@cache
def marks() -> Marks:
    """The quotation marks, read once."""
    quotes = vocabulary("quotes.toml")
    pairs = {mark: "".join(entry.get("closes")) for entry in quotes.role("pair") for mark in entry.phrases}
    straight = frozenset(mark for entry in quotes.role("straight") for mark in entry.phrases)
    elide = "".join(mark for entry in quotes.entries if entry.get("elides_years") for mark in entry.phrases)
    every = set(pairs) | straight | {char for closes in pairs.values() for char in closes}
    pattern = re.compile("[" + "".join(re.escape(char) for char in sorted(every)) + "]")
    return Marks(pairs, straight, elide, pattern)


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
    return not (text[index] in marks().elide_years and after.isdigit())  # ‘90s


def _closes(text: str, index: int) -> bool:
    """Whether a mark can close a quotation: after text, not before a letter or digit."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not after.isalnum() and not before.isspace()


def _is_closing(char: str, opener: str, known: Marks) -> bool:
    if opener in known.straight:
        return char == opener
    return char in known.pairs.get(opener, "")


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in `text`, in order of its opening mark; unclosed marks are ignored."""
    known = marks()
    stack: list[tuple[str, int]] = []
    found: list[Quote] = []
    open_straight = {mark: 0 for mark in known.straight}
    for count, mark in enumerate(known.pattern.finditer(text)):
        if count >= MAX_MARKS_PER_UNIT:
            break
        index, char = mark.start(), mark.group()
        closes = _closes(text, index)
        if closes and (
            (stack and _is_closing(char, stack[-1][0], known))
            or (char in known.straight and open_straight[char])
        ):
            # A straight mark closes its own kind even past unclosed curly marks opened inside it.
            while not _is_closing(char, stack[-1][0], known):
                dropped, _start = stack.pop()
                if dropped in known.straight:
                    open_straight[dropped] -= 1
            opener, start = stack.pop()
            if opener in known.straight:
                open_straight[opener] -= 1
            if index - start <= MAX_QUOTE_LENGTH:
                found.append(Quote(start, index, len(stack)))
            continue
        if (char in known.pairs or char in known.straight) and _opens(text, index):
            stack.append((char, index + 1))
            if char in known.straight:
                open_straight[char] += 1
    return sorted(found, key=lambda quote: quote.start)
