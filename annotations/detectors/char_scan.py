"""The loop the two fast scans share (dispatched.py, ordered_scan.py): a plain class of the
characters a match can start with finds the positions worth trying, and each position tries only
the pattern made of what its character can start."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from re import _parser as sre_parse  # type: ignore[attr-defined]

from annotations.detectors.first_chars import class_body

Search = Callable[[str, int, int], "re.Match[str] | None"]
SubPattern = Callable[[str], "re.Pattern[str] | None"]


def scan(search: Search, sub_pattern: SubPattern, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
    """Every match in text[pos:end]: at each position `search` finds, the match of the pattern
    `sub_pattern` gives for its character; the scan goes on after a match, or one past a miss."""
    while True:
        candidate = search(text, pos, end)
        if candidate is None:
            return
        start = candidate.start()
        sub = sub_pattern(text[start])
        match = sub.match(text, start, end) if sub is not None else None
        if match is None:
            pos = start + 1
            continue
        yield match
        pos = match.end()


def escaped(chars: Iterable[str]) -> str:
    """The characters, each escaped, in order: the inside of a class (every decimal digit as `\\d`)."""
    return class_body(chars)


def never_empty(patterns: Iterable[str], flags: int) -> bool:
    """Whether no pattern can match the empty string (an empty match would change where a scan goes on)."""
    try:
        return all(sre_parse.parse(pattern, flags).getwidth()[0] > 0 for pattern in patterns)
    except (re.error, RecursionError):
        return False
