"""Refuse vocabulary patterns that can backtrack catastrophically: nested quantifiers that split one run two ways.

`(a+)+`, `(\\w+\\s?)*` and `(x+x+)+` take exponential time on a long run that almost matches,
because the inner repeat can stop at any point and the outer repeat start again there. A
nested repeat is safe when, after one of its iterations, the next character tells at once
whether it goes on or stops: the characters that can start it again and the characters that
can follow it inside the outer repeat are disjoint. Character sets are compared on a probe
alphabet: every character the pattern names plus one of each kind (letters, digits, spaces,
punctuation, symbols, non-ASCII letters).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_REPRESENTATIVES = "aQz07 \t\n_é#¤\u00a0-.,'’("
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_CATEGORIES = {
    sre.CATEGORY_DIGIT: str.isdecimal,
    sre.CATEGORY_NOT_DIGIT: lambda char: not char.isdecimal(),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda char: not char.isspace(),
    sre.CATEGORY_WORD: lambda char: char.isalnum() or char == "_",
    sre.CATEGORY_NOT_WORD: lambda char: not (char.isalnum() or char == "_"),
}


class Backtracking(ValueError):
    """A pattern whose nested quantifiers can split one run of text two ways."""


def _probe(tree: list, flags: int) -> frozenset[str]:
    """Every literal character of the parsed pattern, its case variants, and the representatives."""
    chars = set(_REPRESENTATIVES)
    stack = [tree]
    while stack:
        for op, value in stack.pop():
            if op is sre.LITERAL:
                chars.add(chr(value))
            elif op is sre.RANGE:
                chars.update((chr(value[0]), chr(value[1])))
            elif op is sre.IN:
                stack.append(value)
            elif op in _REPEATS:
                stack.append(list(value[2]))
            elif op is sre.SUBPATTERN:
                stack.append(list(value[-1]))
            elif op is sre.BRANCH:
                stack.extend(list(branch) for branch in value[1])
    if flags & re.IGNORECASE:
        chars |= {variant for char in chars for variant in (char.lower(), char.upper()) if len(variant) == 1}
    return frozenset(chars)


def _matches(op: object, value: object, char: str, flags: int) -> bool:
    """Whether one single-character item of a parsed pattern matches `char`."""
    if op is sre.ANY:
        return char != "\n" or bool(flags & re.DOTALL)
    if op in (sre.LITERAL, sre.NOT_LITERAL):
        same = chr(value) == char or (  # type: ignore[arg-type]
            bool(flags & re.IGNORECASE) and chr(value).lower() == char.lower()  # type: ignore[arg-type]
        )
        return same if op is sre.LITERAL else not same
    if op is sre.RANGE:
        low: int = value[0]  # type: ignore[index]
        high: int = value[1]  # type: ignore[index]
        variants = (char.lower(), char.upper()) if flags & re.IGNORECASE else (char,)
        return any(len(c) == 1 and low <= ord(c) <= high for c in (char, *variants))
    if op is sre.CATEGORY:
        return _CATEGORIES.get(value, lambda _char: True)(char)  # type: ignore[call-overload]
    if op is sre.IN:
        items = list(value)  # type: ignore[call-overload]
        negate = bool(items) and items[0][0] is sre.NEGATE
        found = any(_matches(kind, item, char, flags) for kind, item in items[negate:])
        return found != negate
    return True  # anything unknown may match anything: the check errs on the side of refusing


def _first(items: list, probe: frozenset[str], flags: int) -> tuple[frozenset[str], bool]:
    """The probe characters a sequence can start with, and whether it can match the empty string."""
    found: set[str] = set()
    for op, value in items:
        chars, nullable = _first_of_item(op, value, probe, flags)
        found |= chars
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _first_of_item(
    op: object, value: object, probe: frozenset[str], flags: int
) -> tuple[frozenset[str], bool]:
    if op in _ZERO_WIDTH:
        return frozenset(), True
    if op in _REPEATS:
        chars, nullable = _first(list(value[2]), probe, flags)  # type: ignore[index]
        return chars, nullable or value[0] == 0  # type: ignore[index]
    if op is sre.SUBPATTERN:
        return _first(list(value[-1]), probe, flags)  # type: ignore[index]
    if op is sre.BRANCH:
        parts = [_first(list(branch), probe, flags) for branch in value[1]]  # type: ignore[index]
        return frozenset().union(*(chars for chars, _ in parts)), any(nullable for _, nullable in parts)
    if op is sre.GROUPREF:
        return probe, True
    return frozenset(char for char in probe if _matches(op, value, char, flags)), False


def _check_loop(body: list, probe: frozenset[str], flags: int) -> None:
    """Inside one repeated body, every inner repeat must know at once whether it goes on."""
    loop_start, _ = _first(body, probe, flags)
    # (items, what may follow them inside this loop) for each sequence nested in the body.
    stack: list[tuple[list, frozenset[str]]] = [(body, loop_start)]
    while stack:
        items, after = stack.pop()
        for index, (op, value) in enumerate(items):
            rest, rest_nullable = _first(items[index + 1 :], probe, flags)
            follow = rest | after if rest_nullable else rest
            if op in _REPEATS:
                inner = list(value[2])
                again, _ = _first(inner, probe, flags)
                # A possessive repeat never gives back what it took, so it cannot split a run two ways.
                if value[1] > 1 and op is not sre.POSSESSIVE_REPEAT and again & follow:
                    shared = "".join(sorted(again & follow))[:8]
                    raise Backtracking(f"a nested repeat can go on or stop at {shared!r}")
                stack.append((inner, follow | again))
            elif op is sre.SUBPATTERN:
                stack.append((list(value[-1]), follow))
            elif op is sre.BRANCH:
                stack.extend((list(branch), follow) for branch in value[1])


def check_linear(pattern: str, flags: int = 0) -> None:
    """Raise Backtracking when nested quantifiers in `pattern` can split one run of text two ways."""
    tree = list(sre_parse.parse(pattern, flags))
    probe = _probe(tree, flags)
    for items in _sequences(tree):
        for op, value in items:
            if op in _REPEATS and value[1] > 1:
                _check_loop(list(value[2]), probe, flags)


def _sequences(tree: list) -> Iterator[list]:
    """The parsed pattern's sequences of items: the whole, and each one nested in a repeat, a group, a branch
    or a look-around."""
    stack = [tree]
    while stack:
        items = stack.pop()
        yield items
        for op, value in items:
            if op in _REPEATS:
                stack.append(list(value[2]))
            elif op is sre.SUBPATTERN:
                stack.append(list(value[-1]))
            elif op is sre.BRANCH:
                stack.extend(list(branch) for branch in value[1])
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                stack.append(list(value[1]))


def split_run(pattern: str, flags: int = 0) -> str | None:
    """Why a pattern can split one run of text two ways in sequence, or None when it cannot.

    `[ \\t]*,?[ \\t]*` reads a run of spaces as any split between its two runs: N ways at each start, so a
    search over N spaces takes N³ steps (800 spaces: half a minute). Two unbounded runs whose characters
    overlap, with nothing between them that must match, do that; `[ \\t]*(?:,[ \\t]*)?` matches the same text
    and reads each space once.
    """
    tree = list(sre_parse.parse(pattern, flags))
    probe = _probe(tree, flags)
    for items in _sequences(tree):
        for index, (op, value) in enumerate(items):
            unbounded = op in _REPEATS and value[1] == sre.MAXREPEAT
            if unbounded and (shared := _next_run_shares(items[index + 1 :], value, probe, flags)):
                return f"two runs in a row can both read {shared!r}"
    return None


def _next_run_shares(rest: list, run: tuple, probe: frozenset[str], flags: int) -> str:
    """The characters the run `run` shares with the next unbounded run of `rest`, when only items that may
    match nothing stand between them; "" otherwise."""
    chars, _ = _first(list(run[2]), probe, flags)
    for op, value in rest:
        if op in _REPEATS and value[1] == sre.MAXREPEAT:
            other, _ = _first(list(value[2]), probe, flags)
            return "".join(sorted(chars & other))[:6]
        if not _first_of_item(op, value, probe, flags)[1]:
            return ""
    return ""


def unguarded_opening(pattern: str, flags: int = 0) -> str | None:
    """Why a searched pattern takes time quadratic in a long word, or None when it does not.

    `search` tries every start. When the pattern opens with a run (`\\w+`), or with one character and
    then a run of the same characters (`[A-Z]\\w*`), each start inside a long word reads the word to
    its end before failing: N² steps on N letters. A zero-width guard first (`\\b`, `(?<!\\w)`) lets
    every start but the word's first fail at once.
    """
    tree = list(sre_parse.parse(pattern, flags))
    return _opening(tree, _probe(tree, flags), flags, None)


def _opening(items: list, probe: frozenset[str], flags: int, start: frozenset[str] | None) -> str | None:
    for index, (op, value) in enumerate(items):
        rest = items[index + 1 :]
        if op in _ZERO_WIDTH:
            if start is None:
                return None
            continue
        if op is sre.SUBPATTERN:
            return _opening(list(value[-1]) + rest, probe, flags, start)
        if op is sre.BRANCH:
            found = (_opening(list(branch) + rest, probe, flags, start) for branch in value[1])
            return next((reason for reason in found if reason), None)
        chars, _ = _first_of_item(op, value, probe, flags)
        unbounded = op in _REPEATS and value[1] == sre.MAXREPEAT and not _never_fails(rest)
        if start is None:
            if unbounded:
                return "it opens with an unbounded run"
            start = chars
            continue
        if unbounded and chars & start:
            return f"a run after its first character goes on through {''.join(sorted(chars & start))[:6]!r}"
        if not (op in _REPEATS and value[0] == 0):
            return None
    return None


def _never_fails(items: list) -> bool:
    """Whether a sequence matches wherever it is tried (`\\w+` then nothing, or only optional parts).

    A run followed by such a rest is matched at the first start of each run, and the next search
    begins after it: each character is read once, however long the run.
    """
    for op, value in items:
        if op in _REPEATS and value[0] == 0:
            continue
        if op is sre.SUBPATTERN and _never_fails(list(value[-1])):
            continue
        if op is sre.BRANCH and any(_never_fails(list(branch)) for branch in value[1]):
            continue
        return False
    return True
