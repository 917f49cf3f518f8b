"""Which characters a regular expression can start with, so a scan can skip every other position.

A union of many citation patterns would be tried alternative by alternative at each position
of a text; prefixed by a lookahead on the characters they can start with, almost every
position is rejected by one character-class test.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple


def _first(items: list, flags: int) -> set[str] | None:
    """First characters of a parsed sequence; None when it could start with anything (or nothing)."""
    for index, (op, value) in enumerate(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the match starts with what follows
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] == 0:
            inner, rest = _first(list(value[2]), flags), _first(items[index + 1 :], flags)
            return inner | rest if inner is not None and rest is not None else None
        return _single(op, value, flags)
    return None


def _single(op: object, value: object, flags: int) -> set[str] | None:
    """First characters of one parsed item that must match at least once."""
    if op is sre.LITERAL:
        char = chr(value)  # type: ignore[arg-type]
        return {char.lower(), char.upper()} if flags & re.IGNORECASE else {char}
    if op is sre.IN:
        chars: set[str] = set()
        for kind, item in value:  # type: ignore[attr-defined]
            if kind is sre.LITERAL:
                chars.add(chr(item))
            elif kind is sre.RANGE and item[1] - item[0] < 256:
                chars.update(chr(code) for code in range(item[0], item[1] + 1))
            elif kind is sre.CATEGORY and item is sre.CATEGORY_DIGIT:
                chars.update("0123456789" if flags & re.ASCII else unicode_digits())
            else:
                return None
        return chars
    if op is sre.SUBPATTERN:
        return _first(list(value[-1]), flags)  # type: ignore[index]
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in value[1]:  # type: ignore[index]
            found = _first(list(branch), flags)
            if found is None:
                return None
            union |= found
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return _first(list(value[2]), flags)  # type: ignore[index]
    return None


@cache
def unicode_digits() -> frozenset[str]:
    """Every character `\\d` matches without re.ASCII: "３" and "٣" as well as "3". Unicode encodes its
    decimal digits in runs from 0 to 9, so each run holds one code point of every ten: only those are
    tested, then their runs taken whole (0.02 s, against 0.2 s for testing every code point)."""
    zeros = {code - int(chr(code)) for code in range(0, sys.maxunicode + 1, 10) if chr(code).isdecimal()}
    return frozenset(chr(zero + value) for zero in zeros for value in range(10))


# Characters that Python's re, ignoring case, matches to an ASCII letter besides its two cases.
FOLDED_ONTO = {"i": "İı", "k": "\u212a", "s": "ſ"}
_CASED = ("Lu", "Ll", "Lt")


def case_variants(chars: frozenset[str]) -> frozenset[str] | None:
    """Every character that `[chars]` matches ignoring case; None when a character outside ASCII has cases."""
    found: set[str] = set()
    for char in chars:
        if char.isascii() and char.isalpha():
            found.update(char.lower() + char.upper() + FOLDED_ONTO.get(char.lower(), ""))
        elif char.isascii() or (
            char.lower() == char.upper() == char and unicodedata.category(char) not in _CASED
        ):
            found.add(char)
        else:
            return None
    return frozenset(found)


def class_body(chars: Iterable[str]) -> str:
    """The inside of a character class of exactly `chars`, each escaped, in order; every decimal digit written
    `\\d` when all of them are there. Listed one by one (some lie beyond the Basic Multilingual Plane), re tests
    the digits range by range at each position: a lookahead on them took 20 µs on 120 characters, `(?=\\d)` 0.4."""
    wanted = set(chars)
    digits = unicode_digits()
    head = ""
    if digits <= wanted:
        head, wanted = r"\d", wanted - digits
    return head + "".join(re.escape(char) for char in sorted(wanted))


def _char_class(chars: frozenset[str]) -> str:
    """A lookahead for any of `chars`."""
    return "(?=[" + class_body(chars) + "])"


BOUNDARY = r"\b"


class Branch(NamedTuple):
    """Patterns that start with the same characters, as one alternative of a dispatched pattern."""

    chars: frozenset[str]
    groups: tuple[int, ...]  # the patterns, by their index in the list given
    bounded: bool  # whether every one opens with \b


def branch_pattern(branch: Branch, groups: list[str]) -> str:
    """A branch as a pattern: its characters, the boundary, then its groups (of `groups`, by index) in order."""
    return f"{_char_class(branch.chars)}{BOUNDARY if branch.bounded else ''}(?:{'|'.join(groups)})"


def dispatch_branches(patterns: list[tuple[str, str]], flags: int = 0) -> tuple[list[Branch], list[int]]:
    """The branches of `dispatch`, and the patterns (by index) that may start anywhere."""
    by_chars: dict[frozenset[str], list[int]] = {}
    bounded: dict[frozenset[str], bool] = {}
    anywhere: list[int] = []
    for index, (_name, pattern) in enumerate(patterns):
        chars = first_chars(pattern, flags)
        if chars is None:
            anywhere.append(index)
        else:
            key = frozenset(chars)
            by_chars.setdefault(key, []).append(index)
            bounded[key] = bounded.get(key, True) and pattern.startswith(r"\b")
    branches = [Branch(chars, tuple(indices), bounded[chars]) for chars, indices in by_chars.items()]
    return branches, anywhere


def dispatched_pattern(
    patterns: list[tuple[str, str]],
    branches: list[Branch],
    anywhere: list[int],
    keep: frozenset[int] | None = None,
) -> str:
    """The dispatched pattern of some branches, with only the patterns in `keep` (all when None)."""
    groups = [f"(?P<{name}>{pattern})" for name, pattern in patterns]
    kept = [(branch, [groups[i] for i in branch.groups if keep is None or i in keep]) for branch in branches]
    parts = [branch_pattern(branch, chosen) for branch, chosen in kept if chosen]
    rest = [groups[i] for i in anywhere if keep is None or i in keep]
    # When every pattern of a branch opens with \b, test it once: inside a run of digits or letters
    # the whole branch is then rejected at once instead of pattern by pattern.
    if parts and not rest:
        every = frozenset().union(*(branch.chars for branch, chosen in kept if chosen))
        return _char_class(every) + "(?:" + "|".join(parts) + ")"
    return "|".join(parts + rest) or r"(?!x)x"


def dispatch(patterns: list[tuple[str, str]], flags: int = 0) -> str:
    """One pattern for many `(group name, pattern)` pairs, dispatched on their first character.

    Positions whose character no pattern can start with are rejected by one class test; the
    others try only the patterns that can start there. Patterns are grouped by the set of
    characters they can start with, in the order each set first appears, so where patterns of two
    different sets both match at one position, the earlier set's pattern wins even when a plain
    alternation would have taken the other (list order holds within a set). The groups' callers
    read which pattern matched, so two patterns that can match the same words should share their
    first characters or must not depend on which of them wins.
    """
    branches, anywhere = dispatch_branches(patterns, flags)
    return dispatched_pattern(patterns, branches, anywhere)


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of `pattern` can begin with, or None when that is not known."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    return parsed_first_chars(parsed, flags)


def parsed_first_chars(parsed: Any, flags: int = 0) -> set[str] | None:
    """first_chars of a pattern parsed already (sre_parse.parse(pattern, flags))."""
    try:
        return _first(list(parsed), flags | parsed.state.flags & re.ASCII)  # "(?a)" makes \d ASCII
    except (re.error, RecursionError):
        return None


def lookahead(pattern: str, flags: int = 0) -> str:
    """A lookahead on the characters `pattern` can start with, so other positions fail at once."""
    chars = first_chars(pattern, flags)
    return _char_class(frozenset(chars)) if chars else ""


def parsed_lookahead(parsed: Any, flags: int = 0) -> str:
    """lookahead of a pattern parsed already."""
    chars = parsed_first_chars(parsed, flags)
    return _char_class(frozenset(chars)) if chars else ""


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(c|d)" → ["a", "b(c|d)"]), so each can be dispatched."""
    parts: list[str] = []
    depth, in_class, escaped, start = 0, False, False, 0
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts
