"""The word a text ends on before an amount: a cheap test before a search for phrases that must end there.

A pattern such as `(?:up to|more than)\\s+$`, searched in the few dozen characters before an amount, is
tried at every position of them; a phrase it finds ends on the last word before the spaces. When that
word is plain ASCII letters and no phrase's last word, no phrase can end there and the search is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD_RUNS = re.compile(r"\w+")


def last_word(text: str, floor: int, end: int) -> str | None:
    """The word text[floor:end] ends on before its trailing spaces, when it is ASCII letters set off by a space
    (or `floor`); None otherwise (no trailing space, no such word, or one a phrase's letters might match in ways
    this test does not follow: digits, marks, letters past ASCII)."""
    head = text[floor:end]
    stripped = head.rstrip()  # str.isspace() is re's \s
    if len(stripped) == len(head) or not stripped:
        return None
    word = stripped.rsplit(None, 1)[-1]
    return word if word.isascii() and word.isalpha() else None


def last_words(phrases: Iterable[str], *, fold: bool) -> frozenset[str] | None:
    """The last word of each phrase (its last run of word characters; lower-cased with `fold`, for a pattern
    that ignores case), for last_word() to be looked up in; None when a phrase does not end on a word
    character, or when a letter of one matches an ASCII letter other than itself in a pattern that ignores
    case (re's "K" for the Kelvin sign): then the test is not made."""
    found: set[str] = set()
    for phrase in phrases:
        runs = _WORD_RUNS.findall(phrase)
        if not runs or not phrase.endswith(runs[-1]):
            return None
        if fold and any(not char.isascii() and _folds_to_ascii(char) for char in phrase):
            return None
        word = runs[-1]
        found.add(word.lower() if fold else word)
    return frozenset(found)


def _folds_to_ascii(char: str) -> bool:
    """Whether re, ignoring case, matches a character past ASCII to an ASCII one."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return any(pattern.fullmatch(chr(code)) for code in range(128))


def cannot_end(text: str, floor: int, end: int, words: frozenset[str] | None, *, fold: bool) -> bool:
    """Whether no phrase whose last words are `words` can end on the spaces before `end` (after `floor`)."""
    if words is None:
        return False
    word = last_word(text, floor, end)
    return word is not None and (word.lower() if fold else word) not in words
