"""Arabic joins a one-letter preposition or conjunction to the word after it: ب (by), ل (for), ك (as),
و (and), ف (so), alone or و/ف before one of the others. A law's Arabic name or citation after one
("بالمرسوم الملكي رقم م/19", "لنظام حماية البيانات الشخصية", "وقانون ...") is still its mention, without
the joined letter (guidelines: a preposition before a name is not part of it).

Which letters may be joined, and in which order, is one entry of law_citations.toml (role
joined_letters): the name trie's lookbehind, the word-start test and the prefix every Arabic
citation form gets when compiled are all made from it."""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.first_chars import first_chars
from annotations.knowledge import vocabulary

CITATIONS = "law_citations.toml"
_ARABIC = re.compile("[\u0600-\u06ff]")
_HEBREW = re.compile("[\u05d0-\u05ea]")
# How an Arabic citation form of the knowledge base writes an optional article before its first word.
ARTICLE = "(?:ال)?"


@cache
def joined_letters() -> str:
    """The one or two letters that may stand joined before a law's Arabic name, as a pattern."""
    (entry,) = vocabulary(CITATIONS).role("joined_letters")
    return entry.regex


@cache
def joined_not_before() -> str:
    """Inside `(?<![...])`: any word character but a joined letter (Arabic or Hebrew) may not stand before
    an Arabic or Hebrew name."""
    letters = (first_chars(joined_letters()) or set()) | (first_chars(hebrew_joined_letters()) or set())
    return "^\\W" + "".join(sorted(letters))


@cache
def hebrew_joined_letters() -> str:
    """The one or two letters Hebrew may join before a law's name, as a pattern."""
    (entry,) = vocabulary(CITATIONS).role("hebrew_joined_letters")
    return entry.regex


@cache
def _word_start_hebrew() -> re.Pattern[str]:
    # Right before a Hebrew name: a word's start, or joined letters at a word's start (לחוק, ולחוק).
    return re.compile(rf"(?:^|(?<=\W))(?:{hebrew_joined_letters()})?\Z")


@cache
def _word_start_joined() -> re.Pattern[str]:
    # Right before an Arabic name: a word's start, or joined letters at a word's start. The trie's
    # one-character lookbehind lets any joined letter through, also the last letter of a word ("كتابنظام").
    return re.compile(rf"(?:^|(?<=\W))(?:{joined_letters()})?\Z")


def arabic(name: str) -> bool:
    """Whether a name is written in Arabic script."""
    return _ARABIC.match(name) is not None


def joins_letters(name: str) -> bool:
    """Whether a name is written in a script that joins letters before it: Arabic or Hebrew."""
    return _ARABIC.match(name) is not None or _HEBREW.match(name) is not None


def opens_arabic(pattern: str) -> bool:
    """Whether every match of a citation pattern opens with an Arabic letter."""
    chars = first_chars(pattern)
    return bool(chars) and all(arabic(char) for char in chars or ())


def with_joined(pattern: str, group: str) -> str:
    """An Arabic citation pattern that may follow joined letters; the citation itself is `group`. A form
    that opens with the article (ال) takes it also as written after a joined ل ("للقانون رقم 151")."""
    if pattern.startswith(ARTICLE):
        pattern = f"(?:ال|{_elided_article()})?" + pattern[len(ARTICLE) :]
    return f"(?:{joined_letters()})?(?P<{group}>{pattern})"


@cache
def _elided_article() -> str:
    (entry,) = vocabulary(CITATIONS).role("joined_letters")
    return str(entry.get("elided_article"))


def joined_at_word_start(text: str, start: int) -> bool:
    """Whether an Arabic or Hebrew name found at `start` opens a word, alone or after one or two joined
    letters of its script."""
    pattern = _word_start_hebrew() if _HEBREW.match(text, start) else _word_start_joined()
    return pattern.search(text, max(0, start - 2), start) is not None
