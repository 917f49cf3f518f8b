"""Arabic joins a one-letter preposition or conjunction to the word after it: ب (by), ل (for), ك (as),
و (and), ف (so), alone or و/ف before one of the others. A law's Arabic name or citation after one
("بالمرسوم الملكي رقم م/19", "لنظام حماية البيانات الشخصية", "وقانون ...") is still its mention, without
the joined letter (guidelines: a preposition before a name is not part of it)."""

from __future__ import annotations

import re

# The letters that may stand joined before a law's Arabic name: what a name's trie allows before it.
JOINED_LETTERS = "وفبلك"
# Inside `(?<![...])`: any word character but the joined letters may not stand before an Arabic name.
ARABIC_NOT_BEFORE = rf"^\W{JOINED_LETTERS}"
_ARABIC = re.compile("[\u0600-\u06ff]")
# Right before an Arabic name: a word's start, or one or two joined letters at a word's start. The trie's
# one-character lookbehind lets any joined letter through, also the last letter of a word ("كتابنظام").
_WORD_START_JOINED = re.compile(r"(?:^|(?<=\W))(?:[وف]?[بلك]|[وف])?\Z")
# A joined letter before the word that opens an Arab law's citation (the article, decree, law, system).
_JOINED = re.compile(r"(?:[وف][بلك]?|[بلك])(?=ال|مرسوم|قانون|نظام|قرار)")


def arabic(name: str) -> bool:
    """Whether a name is written in Arabic script."""
    return _ARABIC.match(name) is not None


def joined_length(text: str, start: int) -> int:
    """How many joined letters stand at `start` before an Arab law's citation (0 if none)."""
    match = _JOINED.match(text, start)
    return match.end() - start if match else 0


def joined_at_word_start(text: str, start: int) -> bool:
    """Whether an Arabic name found at `start` opens a word, alone or after one or two joined letters."""
    return _WORD_START_JOINED.search(text, max(0, start - 2), start) is not None
