"""A word-start alternation searched fast: `\\b(?:A|B|…)`, its alternatives kept in their order.

re tries every alternative of such a pattern at every word boundary, even those that cannot start
with the character there: a vocabulary role of 150 words, ignoring case, then costs a few
microseconds a position. Here a class of every character some alternative can start with finds the
positions worth trying, and each tries only the alternatives its character can start, in the
order written. An alternative left out could not have matched there, so each attempt ends where
the whole pattern's would, and the scan finds the spans `pattern.finditer` finds (dispatched.py
groups alternatives by their first characters, which may change their order; this does not).
The matches are the smaller pattern's: their `.re`, group numbers and `lastindex` are its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotations.detectors.char_scan import escaped, scan
from annotations.detectors.first_chars import first_chars, split_alternatives

HEAD = r"\b(?:"
# What may follow the alternatives: only the group's end and a word boundary. A tail that repeats
# the group (")+"), adds an alternative (")|c") or reads its groups again (")\2") would see only the
# alternatives kept at a position, so its matches there would not be the whole pattern's.
TAILS = (")", r")\b")
# What would make leaving an alternative out change another one: a scoped flag that turns case
# folding on, a backreference, a conditional group (their numbers would shift).
_UNSAFE = re.compile(r"\(\?[a-zA-Z]*i|\\[1-9]|\(\?P=|\(\?\(")


class OrderedScan:
    """The spans of `pattern.finditer` for a pattern `\\b(?:SOURCE)` or `\\b(?:SOURCE)\\b`, trying at
    each word boundary only the alternatives of SOURCE that can start with its character. Any other
    pattern is searched plainly, as is one that is not `\\b(?:` then SOURCE (a cue of a script
    written without spaces is its words alone)."""

    def __init__(self, pattern: re.Pattern[str], source: str) -> None:
        opens = pattern.pattern.startswith(HEAD + source)
        self.pattern, self.source = pattern, source
        self._flags = pattern.flags
        self._tail = pattern.pattern[len(HEAD) + len(source) :] if opens else ""
        self._alternatives = split_alternatives(source)
        # None where the characters are not known, which is also where an alternative may match
        # nothing (first_chars knows them only when a character must be read): such a pattern is
        # searched plainly, as an empty match would change where the scan goes on.
        self._firsts = [first_chars(alternative, self._flags) for alternative in self._alternatives]
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._exact = (
            opens
            and self._tail in TAILS
            and not _UNSAFE.search(source)
            and all(chars is not None for chars in self._firsts)
        )
        every = set().union(*(chars for chars in self._firsts if chars is not None))
        self._candidate = re.compile(r"\b(?=[" + escaped(every) + "])", self._flags) if every else None

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """Every match in text[pos:endpos], at the spans `self.pattern.finditer(text, pos, endpos)` finds."""
        if not self._exact or self._candidate is None:
            return self.pattern.finditer(text, pos, endpos)
        return scan(self._candidate.search, self._sub_pattern, text, pos, endpos)

    def _sub_pattern(self, char: str) -> re.Pattern[str] | None:
        """The alternatives that can start with `char`, in their order, as the whole pattern would read them."""
        if char in self._by_char:
            return self._by_char[char]
        kept = [
            alternative
            for alternative, chars in zip(self._alternatives, self._firsts, strict=True)
            if chars is not None and re.fullmatch(f"[{escaped(chars)}]", char, self._flags)
        ]
        found = re.compile(HEAD + "|".join(kept) + self._tail, self._flags) if kept else None
        self._by_char[char] = found
        return found


# The scans made, by the id of their pattern and their source: re hashes a pattern by its whole
# compiled code, each time (a cache keyed by a cue pattern of 150 words cost more than the scan saved).
_SCANS: dict[tuple[int, str], OrderedScan] = {}


def ordered_scan(pattern: re.Pattern[str], source: str) -> OrderedScan:
    """The scan of one pattern read as `\\b(?:` then `source`, made once (it holds the pattern, so the
    id stays the pattern's)."""
    scan = _SCANS.get((id(pattern), source))
    if scan is None or scan.pattern is not pattern:
        scan = _SCANS[id(pattern), source] = OrderedScan(pattern, source)
    return scan
