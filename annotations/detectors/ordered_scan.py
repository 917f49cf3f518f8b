"""A word-start alternation searched fast: `\\b(?:A|B|…)TAIL`, its alternatives kept in their order.

re tries every alternative of such a pattern at every word boundary, even those that cannot start
with the character there: a vocabulary role of 150 words, ignoring case, then costs a few
microseconds a position. Here a class of every character some alternative can start with finds the
positions worth trying, and each tries only the alternatives its character can start, in the
order written. An alternative left out could not have matched there, so each attempt ends as the
whole pattern's would, and the scan yields the matches `pattern.finditer` yields (dispatched.py
groups alternatives by their first characters, which may change their order; this does not).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser as sre_parse  # type: ignore[attr-defined]

from annotations.detectors.first_chars import first_chars, split_alternatives

HEAD = r"\b(?:"
# What would make leaving an alternative out change another one: a scoped flag that turns case
# folding on, a backreference, a conditional group (their numbers would shift).
_UNSAFE = re.compile(r"\(\?[a-zA-Z]*i|\\[1-9]|\(\?P=|\(\?\(")


class OrderedScan:
    """`pattern.finditer` for a pattern `\\b(?:SOURCE)TAIL`, trying at each word boundary only the
    alternatives of SOURCE that can start with its character."""

    def __init__(self, pattern: re.Pattern[str], source: str) -> None:
        self.pattern = pattern
        self._flags = pattern.flags
        tail = pattern.pattern[len(HEAD) + len(source) :]
        self._alternatives = split_alternatives(source)
        self._tail = tail
        self._firsts = [first_chars(alternative, self._flags) for alternative in self._alternatives]
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._exact = (
            pattern.pattern == f"{HEAD}{source}{tail}"
            and not _UNSAFE.search(source)
            and _never_empty(pattern)
            and all(chars is not None for chars in self._firsts)
        )
        every = set().union(*(chars for chars in self._firsts if chars is not None))
        self._candidate = re.compile(r"\b(?=[" + _escaped(every) + "])", self._flags) if every else None

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """Every match in text[pos:endpos], as `self.pattern.finditer(text, pos, endpos)` finds them."""
        if not self._exact or self._candidate is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        search = self._candidate.search
        while True:
            candidate = search(text, pos, endpos)
            if candidate is None:
                return
            start = candidate.start()
            sub = self._sub_pattern(text[start])
            match = sub.match(text, start, endpos) if sub is not None else None
            if match is None:
                pos = start + 1
                continue
            yield match
            pos = match.end()

    def _sub_pattern(self, char: str) -> re.Pattern[str] | None:
        """The alternatives that can start with `char`, in their order, as the whole pattern would read them."""
        if char in self._by_char:
            return self._by_char[char]
        kept = [
            alternative
            for alternative, chars in zip(self._alternatives, self._firsts, strict=True)
            if chars is not None and re.fullmatch(f"[{_escaped(chars)}]", char, self._flags)
        ]
        found = re.compile(HEAD + "|".join(kept) + self._tail, self._flags) if kept else None
        self._by_char[char] = found
        return found


# The scans made, by the id of their pattern: re hashes a pattern by its whole compiled code, each
# time (a cache keyed by a cue pattern of 150 words cost more than the scan saved).
_SCANS: dict[int, OrderedScan] = {}


def ordered_scan(pattern: re.Pattern[str], source: str) -> OrderedScan:
    """The scan of one pattern, made once (it holds the pattern, so the id stays the pattern's)."""
    scan = _SCANS.get(id(pattern))
    if scan is None or scan.pattern is not pattern:
        scan = _SCANS[id(pattern)] = OrderedScan(pattern, source)
    return scan


def _escaped(chars: set[str]) -> str:
    return "".join(re.escape(char) for char in sorted(chars))


def _never_empty(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern cannot match the empty string (an empty match would change where a scan goes on)."""
    try:
        return bool(sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0)
    except (re.error, RecursionError):
        return False
