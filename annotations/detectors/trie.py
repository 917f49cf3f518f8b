"""A regular expression for many names at once, built as a trie so matching does not slow with their number.

Python's `re` tries the alternatives of `a|b|c` one by one at every position; sharing prefixes
("Children's Online Privacy Protection Act", "... Rule") means each position costs one branch
per distinct next character instead of one attempt per name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def _atom(char: str) -> str:
    """The pattern for one character of a name: any apostrophe, any run of spaces, else itself."""
    if char in "'’":
        return "['’]"
    if char.isspace():
        return r"\s+"
    return re.escape(char)


def _atoms(name: str) -> list[str]:
    atoms: list[str] = []
    for char in name:
        atom = _atom(char)
        if atom == r"\s+" and atoms and atoms[-1] == r"\s+":
            continue
        atoms.append(atom)
    return atoms


def _to_pattern(node: dict[str, dict]) -> str:
    """The regex for a trie node, longest continuation first, iteratively built bottom up."""
    # Post-order over the trie with an explicit stack: no recursion however long a name is.
    results: dict[int, str] = {}
    stack: list[tuple[dict[str, dict], bool]] = [(node, False)]
    while stack:
        current, expanded = stack.pop()
        children = [(atom, child) for atom, child in current.items() if atom != _END]
        if not expanded:
            stack.append((current, True))
            stack.extend((child, False) for _atom_text, child in children)
            continue
        branches = [atom + results[id(child)] for atom, child in sorted(children, key=lambda item: item[0])]
        optional = _END in current
        if not branches:
            results[id(current)] = ""
        elif len(branches) == 1 and not optional:
            results[id(current)] = branches[0]
        else:
            results[id(current)] = "(?:" + "|".join(branches) + ")" + ("?" if optional else "")
    return results[id(node)]


def trie_pattern(names: Iterable[str], *, fold: bool) -> str:
    """One pattern matching any of `names`, preferring the longest at each position."""
    root: dict[str, dict] = {}
    for name in names:
        node = root
        for atom in _atoms(name.casefold() if fold else name):
            node = node.setdefault(atom, {})
        node[_END] = {}
    return _to_pattern(root)
