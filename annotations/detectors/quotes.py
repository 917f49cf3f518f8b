"""Quotations in text: spans strictly inside matching quotation marks, nested ones included."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from annotations.detectors.tos_vocabulary import is_cjk
from annotations.knowledge import vocabulary
from annotations.quick_init import quick_init

MAX_QUOTE_LENGTH = 3000
# A unit with more quotation marks than this is no prose: only the first ones are paired.
MAX_MARKS_PER_UNIT = 20_000
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Marks:
    """The quotation marks of quotes.toml: who opens, who closes, and one pattern for all of them."""

    pairs: dict[str, str]
    """Opening mark → the closing marks that end it."""
    straight: frozenset[str]
    """Marks that open and close alike."""
    elide_years: str
    """Marks that, before a digit, elide a century (‘90s) instead of opening a quotation."""
    spaced: str
    """Marks that may have a space inside them (« comme ceci »), opening and closing."""
    open_spaced: str
    """Marks that may open before a space when a space stands before them too (“ like this”)."""
    pattern: re.Pattern[str]


@cache
def marks() -> Marks:
    """The quotation marks, read once."""
    quotes = vocabulary("quotes.toml")
    pairs = {mark: "".join(entry.get("closes")) for entry in quotes.role("pair") for mark in entry.phrases}
    straight = frozenset(mark for entry in quotes.role("straight") for mark in entry.phrases)
    elide = "".join(mark for entry in quotes.entries if entry.get("elides_years") for mark in entry.phrases)
    spaced = "".join(
        mark + "".join(entry.get("closes"))
        for entry in quotes.role("pair")
        if entry.get("spaced")
        for mark in entry.phrases
    )
    open_spaced = "".join(
        mark
        for entry in (*quotes.role("pair"), *quotes.role("straight"))
        if entry.get("open_spaced")
        for mark in entry.phrases
    )
    every = set(pairs) | straight | {char for closes in pairs.values() for char in closes}
    pattern = re.compile("[" + "".join(re.escape(char) for char in sorted(every)) + "]")
    return Marks(pairs, straight, elide, spaced, open_spaced, pattern)


@quick_init
@dataclass(frozen=True, slots=True)
class Quote:
    """The text strictly inside a pair of quotation marks; `depth` 0 is outermost.

    `open_mark` and `close_mark` are the offsets of the marks themselves (the text between them
    may be trimmed of the spaces that French guillemets carry).
    """

    start: int
    end: int
    depth: int
    open_mark: int = -1
    close_mark: int = -1


# Digits read after a mark to see what script follows them ('7일', '2024年'): a year or an amount, at most.
MAX_DIGITS = 12


# Chinese and Japanese corner brackets, which open a quotation whatever stands before them.
_CORNER_OPENERS = "「『"


def _in_word(char: str) -> bool:
    """Whether `char` beside a mark makes the mark part of a word: a Latin letter or digit does (don't,
    the ‘90s); Chinese, Japanese and Korean never do, since their particles run on after any mark
    ("…"라는 조항, "…"と書かれ)."""
    return char.isalnum() and not is_cjk(char)


def _opens(text: str, index: int) -> bool:
    """Whether a mark can open a quotation: not inside a word, and followed by text, not a space."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    # A corner bracket is never an apostrophe: it opens after a clause's number too ("1「ユーザーは…」").
    if (_in_word(before) and text[index] not in _CORNER_OPENERS) or (
        after.isspace() and text[index] not in marks().spaced and not _spaced_opening(text, index)
    ):
        return False
    return not (
        text[index] in marks().elide_years and after.isdigit() and not _cjk_after_digits(text, index + 1)
    )


def _spaced_opening(text: str, index: int) -> bool:
    """Whether a mark followed by a space opens all the same: one that may (open_spaced), after a space or at a
    line's start, with text after its space ("says: “ We may …”"); a German closing “ stands right after text."""
    if index + 2 >= len(text) or text[index] not in marks().open_spaced:
        return False  # the mark ends the text, or it is one that never opens before a space
    before = text[index - 1] if index else "\n"
    return before.isspace() and text[index + 1] in " \t" and not text[index + 2].isspace()


def _cjk_after_digits(text: str, index: int) -> bool:
    """Whether the digits from `index` run into Chinese, Japanese or Korean script: '7일 이내 환불' opens a
    quotation, where ‘90s elides a century."""
    end = min(len(text), index + MAX_DIGITS)
    while index < end and text[index].isdigit():
        index += 1
    return index < len(text) and is_cjk(text[index])


def _closes(text: str, index: int) -> bool:
    """Whether a mark can close a quotation: after text, not before a letter or digit."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not _in_word(after) and not (before.isspace() and text[index] not in marks().spaced)


def _is_closing(char: str, opener: str, known: Marks) -> bool:
    """Whether `char` closes a quotation `opener` opened: its own straight mark, or a mark its pair lists."""
    if opener in known.straight and char == opener:
        return True
    return char in known.pairs.get(opener, "")


def _trimmed(text: str, open_mark: int, close_mark: int, depth: int) -> Quote:
    """The quote between two marks, without the spaces a spaced mark keeps inside."""
    start, end = open_mark + 1, close_mark
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quote(start, end, depth, open_mark, close_mark)


def _line_quotes(text: str, line: re.Match[str], budget: list[int], found: list[Quote]) -> None:
    """The quotations of one line: a quotation never runs across a line break."""
    known = marks()
    stack: list[tuple[str, int]] = []
    open_straight = {mark: 0 for mark in known.straight}
    for mark in known.pattern.finditer(text, line.start(), line.end()):
        budget[0] -= 1
        if budget[0] < 0:
            return
        index, char = mark.start(), mark.group()
        if _closes(text, index) and (
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
                found.append(_trimmed(text, start, index, len(stack)))
            continue
        if (char in known.pairs or char in known.straight) and _opens(text, index):
            stack.append((char, index))
            if char in known.straight:
                open_straight[char] += 1


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in `text`, in order of its opening mark; unclosed marks are ignored."""
    found: list[Quote] = []
    if marks().pattern.search(text) is None:
        return found  # most units quote nothing
    budget = [MAX_MARKS_PER_UNIT]
    for line in _LINE.finditer(text):
        _line_quotes(text, line, budget, found)
        if budget[0] < 0:
            break
    return sorted(found, key=lambda quote: quote.start)


def unclosed_opening(text: str, start: int, quotes: list[Quote]) -> int | None:
    """The offset of an opening mark at `start` (after spaces) that none of `quotes` (text's) closes."""
    index = start
    while index < len(text) and text[index] in " \t":
        index += 1
    known = marks()
    if index >= len(text) or (text[index] not in known.pairs and text[index] not in known.straight):
        return None
    if not _opens(text, index) or any(quote.open_mark == index for quote in quotes):
        return None
    return index
