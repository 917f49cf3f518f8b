"""The first letters of the word a match opens with: a cheap test of which patterns can match in a short text.

Every cue of the penalty detector opens at the start of a word ("fined", "ordered to pay"). Read from
the parsed pattern, a match's first word opens with one of a few keys: its first three letters
("fin"), or the whole word when it is shorter and the pattern ends it ("to" in "to pay"). A text
whose words open with none of a pattern's keys is not searched for it. Looking up the first three
letters of a text's few words costs less than the scan for literal pieces (gate.py), which tries
every position of the text; both let through every pattern that can match.

Keys are compared with the text folded as re folds it ignoring case: gate.fold, then each letter that
re takes for others lower() does not give ("σ" and "ς", "µ" and "μ", "в" and "ᲀ") as the first of them.
A character folded to more than one ends the key there, as a key open to any word that opens with
what came before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from annotations.detectors.gate import fold, words_of

# How many first letters of a word make its key.
KEY_CHARS = 3
# Past this many prefixes a pattern's keys are not worked out: it is always searched.
MAX_PREFIXES = 1024
# Classes with at most this many characters are read as their characters.
MAX_CLASS_CHARS = 32
_WORD = re.compile(r"\w")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
# Each ASCII byte as fold() and words_of() read it: a letter in lower case, any other byte that is no
# word character (and every byte past ASCII, read as "?") a space.
_FOLDED_ASCII = (
    bytes(ord(chr(byte).lower()) if _WORD.match(chr(byte)) else ord(" ") for byte in range(128)) + b" " * 128
)
# A key: ("word", text) when the match's first word is `text` whole, ("open", text) when it opens with it.
Key = tuple[str, str]


class _Unknown(Exception):
    """A pattern whose first word's keys are not known: it may open with anything."""


# Each letter that re, ignoring case, takes for others lower() does not give, as the first of them
# (re/_casefix.py: "ς" and "σ", "ᲀ" and "в", "ſ" and "s"): folded so, two letters re matches alike are one.
_SAME_CASES = str.maketrans(
    {
        chr(low): chr(min(low, *others))
        for low, others in _casefix._EXTRA_CASES.items()
        if min(low, *others) != low
    }
)


def fold_cases(text: str) -> str:
    """`text` folded as the keys are: as re, ignoring case, matches its letters."""
    folded = fold(text)
    return folded if folded.isascii() else folded.translate(_SAME_CASES)


# Letters re, ignoring case, takes for a character that is no word character: "ι", "Ι" and "ι" for the
# combining "\u0345". Folded text holds that mark for them, so words_of() splits a word there
# ("διοίκηση"): a key ends before them, as one open to any word that opens with what came before.
_SAME_AS_NOT_WORD = frozenset(
    char
    for low, others in _casefix._EXTRA_CASES.items()
    if not all(_WORD.match(chr(code)) for code in (low, *others))
    for code in (low, *others)
    for char in {chr(code), chr(code).upper()}
    if len(char) == 1
)


def _key_char(char: str) -> str | None:
    """`char` as it stands in the folded text, where re matches it: None when that is not one word
    character (a letter the text folds to a mark)."""
    folded = fold_cases(char)
    return folded if len(folded) == 1 and _WORD.match(folded) else None


class _Reader:
    """Walks a parsed pattern keeping, for each way through it, the first letters read so far."""

    def __init__(self) -> None:
        self.done: set[Key] = set()

    def cut(self, prefixes: Iterable[str]) -> set[str]:
        """What comes next is not known: each prefix is a key open to any word that opens with it."""
        for prefix in prefixes:
            if not prefix:
                raise _Unknown
            self.done.add(("open", prefix))
        return set()

    def char(self, prefixes: set[str], char: str) -> set[str]:
        """The prefixes after one more character."""
        if _WORD.match(char) is None and char not in _SAME_AS_NOT_WORD:  # the first word ends before it
            if "" in prefixes:
                raise _Unknown  # no match opens on it after a word start
            self.done.update(("word", prefix) for prefix in prefixes)
            return set()
        key = _key_char(char)
        if key is None:
            return self.cut(prefixes)
        longer = {prefix + key for prefix in prefixes}
        full = {prefix for prefix in longer if len(prefix) >= KEY_CHARS}
        self.done.update(("open", prefix) for prefix in full)
        return longer - full

    def sequence(self, items: list[tuple[Any, Any]], prefixes: set[str], flags: int) -> set[str]:
        """The prefixes after a parsed sequence."""
        for op, value in items:
            if not prefixes:
                break
            if len(prefixes) + len(self.done) > MAX_PREFIXES:
                raise _Unknown
            prefixes = self.item(op, value, prefixes, flags)
        return prefixes

    def item(self, op: Any, value: Any, prefixes: set[str], flags: int) -> set[str]:
        """The prefixes after one parsed item."""
        if op is sre.LITERAL:
            return self.char(prefixes, chr(value))
        if op is sre.IN:
            chars = _class_chars(value)
            if chars is None:
                return self.cut(prefixes)
            return set().union(*(self.char(set(prefixes), char) for char in chars))
        if op is sre.AT:
            if value is sre.AT_BOUNDARY:  # after a letter, the first word ends here
                self.done.update(("word", prefix) for prefix in prefixes if prefix)
                return {prefix for prefix in prefixes if not prefix}
            return prefixes
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            return prefixes  # looks, reads nothing
        if op is sre.SUBPATTERN:
            _group, added, removed, inner = value
            return self.sequence(list(inner), prefixes, (flags | added) & ~removed)
        if op is sre.BRANCH:
            return set().union(*(self.sequence(list(branch), set(prefixes), flags) for branch in value[1]))
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            return self.repeat(value, prefixes, flags)
        return self.cut(prefixes)

    def repeat(self, value: Any, prefixes: set[str], flags: int) -> set[str]:
        """The prefixes after a repeat: read once more each time, up to KEY_CHARS + 1 times."""
        low, high, inner = value
        reached = set(prefixes) if low == 0 else set()
        current = set(prefixes)
        count = 0
        while current and count < min(high, KEY_CHARS + 1):
            count += 1
            current = self.sequence(list(inner), current, flags)
            if count >= low:
                reached |= current
        if current and high > count:
            # More repeats may follow what has read fewer than one character a time: not known.
            self.cut(current)
        return reached


def _class_chars(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a parsed class, when it lists a few."""
    chars: list[str] = []
    for kind, value in items:
        if kind is sre.LITERAL:
            chars.append(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < MAX_CLASS_CHARS:
            chars.extend(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
        if len(chars) > MAX_CLASS_CHARS:
            return None
    return chars


def word_keys(pattern: str, flags: int = 0) -> frozenset[Key] | None:
    """The keys of the first word of every match of `pattern`, which opens at a word start; None when
    they are not known."""
    try:
        parsed = sre_parse.parse(pattern, flags)
        reader = _Reader()
        left = reader.sequence(list(parsed), {""}, parsed.state.flags)
        reader.cut(left)  # the match ends: its first word may go on in the text
    except (_Unknown, re.error, RecursionError):
        return None
    return frozenset(reader.done)


def folded_words(text: str) -> list[str]:
    """words_of(fold_cases(text)), read in C when the text's characters past ASCII are marks ("€", "“")."""
    if not text.isascii():
        beyond = set(_NOT_ASCII.findall(text))
        if any(char.lower() != char.upper() or _WORD.match(char) for char in beyond):
            return words_of(fold_cases(text))
    return text.encode("ascii", "replace").translate(_FOLDED_ASCII).decode("ascii").split()


# For each key length, what cuts a word's first letters: word[:length].
_FIRST_LETTERS = {length: itemgetter(slice(None, length)) for length in range(1, KEY_CHARS + 1)}


class WordGate:
    """Which of many patterns, each opening at a word start, can match in a text, by the first
    letters of its words."""

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        keys = [word_keys(pattern, flags) for pattern in patterns]
        self._always = frozenset(index for index, found in enumerate(keys) if found is None)
        # Whole words and three letters opening a longer word are looked up in one table: a word of
        # fewer letters is its own first three.
        table: dict[str, set[int]] = {}
        shorter: dict[int, dict[str, set[int]]] = {}
        for index, found in enumerate(keys):
            for kind, prefix in found or ():
                if kind == "word" or len(prefix) == KEY_CHARS:
                    table.setdefault(prefix, set()).add(index)
                else:
                    shorter.setdefault(len(prefix), {}).setdefault(prefix, set()).add(index)
        self._table = {key: frozenset(value) for key, value in table.items()}
        self._shorter = {
            length: {key: frozenset(value) for key, value in keys_of.items()}
            for length, keys_of in sorted(shorter.items())
        }

    def viable(self, text: str) -> frozenset[int]:
        """The patterns (by index) that can match somewhere in `text`."""
        words = folded_words(text)
        # The words' first letters are cut and looked up in C (map, itemgetter, a set's intersection): a
        # comprehension per key length cost the dense bench comment's cue scan as much as the scan itself.
        table = self._table
        found = [table[key] for key in table.keys() & map(_FIRST_LETTERS[KEY_CHARS], words)]
        for length, keys_of in self._shorter.items():
            found += (keys_of[key] for key in keys_of.keys() & map(_FIRST_LETTERS[length], words))
        return self._always.union(*found)
