"""A regular expression for many names at once, built as a trie so matching does not slow with their number.

Python's `re` tries the alternatives of `a|b|c` one by one at every position; sharing prefixes
("Children's Online Privacy Protection Act", "... Rule") means each position costs one branch
per distinct next character instead of one attempt per name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

_END = ""


# A hyphen of a name as a page may print it where a line was wrapped after it: "Anti- monopoly Law".
_WRAPPED_HYPHEN = r"-[ \t]?"


def longest_first(words: Iterable[str]) -> list[str]:
    """The words without repeats, longest first, words of one length in code-point order: a pattern made of
    a set of words is then the same in every run (a set's order changes with the interpreter's string hash,
    and a pattern written otherwise than the last run's misses the command's kept programs)."""
    return sorted(set(words), key=lambda word: (-len(word), word))


def _atom(char: str, wrapped: bool = False) -> str:
    """The pattern for one character of a name: any apostrophe, any run of spaces, a hyphen with the space a
    wrapped line leaves after it when `wrapped`, else itself."""
    if wrapped and char == "-":
        return _WRAPPED_HYPHEN
    if char in "'’":
        return "['’]"
    if char.isspace():
        return r"\s+"
    return re.escape(char)


def _atoms(name: str, wrapped: bool = False) -> list[str]:
    atoms: list[str] = []
    for char in name:
        atom = _atom(char, wrapped)
        if atom == r"\s+" and atoms and atoms[-1] == r"\s+":
            continue
        atoms.append(atom)
    return atoms


def _to_pattern(node: dict[str, dict]) -> str:
    """The regex for a trie node, longest continuation first: written out in one walk, each character once
    (building each node's pattern from its children's would copy a long name's tail once per character)."""
    pieces: list[str] = []
    # A pre-order walk with an explicit stack of what is still to write: text, or a node to expand.
    stack: list[str | dict[str, dict]] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        children = sorted((atom, child) for atom, child in item.items() if atom != _END)
        optional = _END in item
        if not children:
            continue
        if len(children) == 1 and not optional:
            atom, child = children[0]
            stack += (child, atom)
            continue
        todo: list[str | dict[str, dict]] = ["(?:"]
        for index, (atom, child) in enumerate(children):
            todo += ("|", atom, child) if index else (atom, child)
        todo.append(")?" if optional else ")")
        stack.extend(reversed(todo))
    return "".join(pieces)


def literal_trie(texts: Iterable[str]) -> str:
    """One pattern for literal texts, each character as written, that at a position matches the
    longest of them starting there and, backtracking, the shorter ones in turn."""
    root: dict[str, dict] = {}
    for text in texts:
        node = root
        for char in text:
            node = node.setdefault(re.escape(char), {})
        node[_END] = {}
    return _to_pattern(root)


def _trie(names: Iterable[str], fold: bool, wrapped: bool = False) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for name in names:
        node = root
        # lower(), not casefold(): re's IGNORECASE folds case one character for one, so a
        # casefolded "heisst" would never match the "heißt" of the text.
        for atom in _atoms(name.lower() if fold else name, wrapped):
            node = node.setdefault(atom, {})
        node[_END] = {}
    return root


def trie_pattern(names: Iterable[str], *, fold: bool) -> str:
    """One pattern matching any of `names`, preferring the longest at each position."""
    return _to_pattern(_trie(names, fold))


# Characters that Python's re, ignoring case, matches to an ASCII letter besides its two cases.
_FOLDED_ONTO = {"i": "İı", "k": "\u212a", "s": "ſ"}
# Ignoring case, a class of first characters that holds this many lower-case ASCII letters lets
# through most positions of a text, and the branches' lookbehinds tried at each cost more than the
# plain trie tried everywhere (the terms documents' trie, 20 letters: 69 µs against 52 µs on five
# texts; the speakers', 6 letters: 13 µs against 26 µs).
SELECTIVE_LETTERS = 13
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
# A branch of a first-character pattern: the characters it can start with, the pattern of its
# first character (for a lookbehind), and the pattern of the rest.
Branch = tuple[str, str, str]


def _first(char: str, fold: bool) -> str | None:
    """Every character a literal first character matches; None when case folding makes it unknown."""
    if not fold or not char.isalpha():
        return char
    if not char.isascii():
        return _folded_onto(char)
    return char.lower() + char.upper() + _FOLDED_ONTO.get(char.lower(), "")


@cache
def _folded_onto(char: str) -> str:
    """Every character re, ignoring case, matches to a letter outside ASCII, as re itself finds them
    among the Basic Multilingual Plane's characters (a letter's cases are all there: an Arabic or
    Devanagari letter has none but itself, "é" has "É")."""
    return "".join(re.compile(re.escape(char), re.IGNORECASE).findall(_bmp()))


@cache
def _bmp() -> str:
    return "".join(map(chr, range(0x10000)))


def first_char_pattern(
    branches: list[Branch], *, fold: bool, not_before: str, after: str, fallback: str
) -> re.Pattern[str]:
    """`(?<![not_before])(?:branches)after`, written so that Python's re skips, in C, every position
    whose character no branch starts with. Branches keep their order; `fallback` is the plain pattern,
    used when a first character is not known or, ignoring case, when most letters start a branch.

    With case, each branch opens with its first character as a literal and then checks the character
    before it: re reads the branches' first literals as the class a match opens with, and at a
    position passes over, at once, every branch whose literal differs. Ignoring case, one class of
    every first character comes first, then each branch checks the character with a lookbehind
    (one alternative per character, each with the rest written again, would take twice as long to
    compile on the first annotate)."""
    flags = re.IGNORECASE if fold else 0
    if not branches or any(not chars for chars, _first_atom, _rest in branches):
        return re.compile(fallback, flags)
    if not fold:
        # One alternative per character a branch starts with ("['’]" starts with two).
        alternatives = [
            f"{re.escape(char)}(?<![{not_before}].)(?:{rest})"
            for chars, _first_atom, rest in branches
            for char in chars
        ]
        return re.compile(f"(?:{'|'.join(alternatives)}){after}")
    every = "".join(sorted({char for chars, _first_atom, _rest in branches for char in chars}))
    if sum(char in _ASCII_LOWER for char in every) >= SELECTIVE_LETTERS:
        return re.compile(fallback, flags)  # most positions pass the class: its lookbehinds cost more
    union = "|".join(f"(?<={first_atom}){rest}" for _chars, first_atom, rest in branches)
    return re.compile(f"[{re.escape(every)}](?<![{not_before}].)(?i:{union}){after}")


def word_trie(
    names: Iterable[str],
    *,
    fold: bool,
    not_before: str,
    not_after: str,
    after: str | None = None,
    wrapped: bool = False,
) -> re.Pattern[str]:
    """Any of `names`, longest first, with no `not_before` character just before it and no
    `not_after` character just after: `(?<![not_before])(?:trie)(?![not_after])`, scanned fast; `after`,
    when given, is the lookahead written out in place of `(?![not_after])`; `wrapped`: a hyphen of a name
    may have a space after it, as a line wrapped after the hyphen leaves it ("Anti- monopoly Law")."""
    after = after or f"(?![{not_after}])"
    root = _trie(names, fold, wrapped)
    # The plain pattern (the fallback) is made of the branches' rests.
    rests = {atom: _to_pattern(child) for atom, child in root.items()}
    branches: list[Branch] = []
    for atom in sorted(root):
        char = atom[-1:]
        chars = (
            "'’" if atom == "['’]" else _first(char, fold) if atom in (char, "\\" + char) and atom else None
        )
        branches.append((chars or "", atom, rests[atom]))
    plain = f"(?<![{not_before}])(?:{_to_pattern(root) or '(?!x)x'}){after}"
    return first_char_pattern(branches, fold=fold, not_before=not_before, after=after, fallback=plain)


_SPECIAL = frozenset("\\.^$*+?{}[]|()")


def word_alternation(alternatives: Iterable[str], *, fold: bool) -> re.Pattern[str]:
    """`\\b(?:alternatives)\\b`, scanned fast when every alternative starts with a plain letter."""
    items = list(alternatives)
    plain = rf"\b(?:{'|'.join(items)})\b"
    branches: list[Branch] = []
    for item in items:
        literal = len(item) > 1 and item[0].isalpha() and item[1] not in "*+?{"
        chars = _first(item[0], fold) if literal and item[0] not in _SPECIAL else None
        branches.append((chars or "", re.escape(item[0]), item[1:]))
    return first_char_pattern(branches, fold=fold, not_before=r"\w", after=r"\b", fallback=plain)


def unwrapped(text: str) -> str:
    """A name matched with `wrapped` as its list writes it: the space after a wrapped line's hyphen left out."""
    return text.replace("- ", "-").replace("-\t", "-") if "-" in text else text
