"""Simplified and Traditional Chinese: a phrase's, a name's and a pattern's forms in the other script.

The table is `chinese_scripts.toml`: each string a Simplified character, then the Traditional forms
written for it. Vocabulary phrases and laws' names are written once, in either script; the loader adds
the other script's forms (`with_script_variants`) and widens each Chinese character of a pattern to a
class of both (`widened_pattern`). Offsets are untouched: every form is one character for one. East Asian
text also sets Latin letters and digits full-width (ＧＤＰＲ): `full_width` writes an acronym so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotations.knowledge.errors import KnowledgeError

# A phrase with several characters of more than one Traditional form gets its usual form and, for each
# such character, one form with that character's other choice: at most this many forms besides it.
MAX_VARIANTS = 8
_CJK = range(0x4E00, 0xA000)


@dataclass(frozen=True, slots=True)
class ScriptTable:
    """Traditional forms of each Simplified character, and the Simplified one of each Traditional form."""

    traditional: Mapping[str, tuple[str, ...]]
    simplified: Mapping[str, str]

    def forms(self, char: str) -> tuple[str, ...]:
        """Every form of `char` in either script, itself first; just itself when the table has none."""
        base = self.simplified.get(char, char)
        others = self.traditional.get(base)
        if others is None:
            return (char,)
        return (char, *(form for form in (base, *others) if form != char))


def validate_script_pairs(name: str, data: Mapping[str, Any]) -> None:
    """Refuse a table whose strings are not Chinese characters, or that maps a character twice."""
    pairs = data.get("pairs")
    if not isinstance(pairs, list) or not pairs:
        raise KnowledgeError(f"{name}: a list `pairs` of strings is required")
    simplified: set[str] = set()
    back: dict[str, str] = {}
    for pair in pairs:
        if not isinstance(pair, str) or len(pair) < 2 or any(ord(char) not in _CJK for char in pair):
            raise KnowledgeError(f"{name}: {pair!r} is not a Simplified character and its Traditional forms")
        if pair[0] in simplified or pair[0] in back:
            raise KnowledgeError(f"{name}: {pair[0]!r} is given twice")
        simplified.add(pair[0])
        for form in pair[1:]:
            if form == pair[0]:
                continue
            if back.setdefault(form, pair[0]) != pair[0] or form in simplified:
                raise KnowledgeError(f"{name}: {form!r} is the Traditional form of two characters")


def script_table(data: Mapping[str, Any]) -> ScriptTable:
    """The table of a checked `chinese_scripts.toml`."""
    traditional = {pair[0]: tuple(pair[1:]) for pair in data["pairs"]}
    simplified = {form: pair[0] for pair in data["pairs"] for form in pair[1:] if form != pair[0]}
    return ScriptTable(traditional, simplified)


def _forms_of(phrase: str, table: ScriptTable) -> list[str]:
    """`phrase` wholly Simplified, then wholly Traditional (usual forms), then one choice changed at a time."""
    simple = "".join(table.simplified.get(char, char) for char in phrase)
    choices = [table.traditional.get(char, (char,)) for char in simple]
    usual = [options[0] for options in choices]
    forms = [simple, "".join(usual)]
    for position, options in enumerate(choices):
        for option in options[1:]:
            forms.append("".join((*usual[:position], option, *usual[position + 1 :])))
    return forms


def has_chinese(text: str) -> bool:
    """Whether `text` holds a Chinese character (a form the table may have another script's form of)."""
    return any(ord(char) in _CJK for char in text)


def with_script_variants(phrases: Sequence[str], table: ScriptTable) -> tuple[str, ...]:
    """`phrases`, then each Chinese phrase's forms in the other script that are not among them yet."""
    seen = set(phrases)
    added: list[str] = []
    for phrase in phrases:
        if not has_chinese(phrase):
            continue
        new = [form for form in dict.fromkeys(_forms_of(phrase, table)) if form not in seen]
        seen.update(new[:MAX_VARIANTS])
        added += new[:MAX_VARIANTS]
    return (*phrases, *added)


def widened_pattern(pattern: str, table: ScriptTable) -> str:
    """`pattern` with each Chinese character that has a form in the other script matching both: a
    character class outside a class, the added forms inside one. Escaped characters stay as written."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
            out.append(char)
            continue
        if char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        forms = table.forms(char) if ord(char) in _CJK else (char,)
        if len(forms) == 1:
            out.append(char)
        elif in_class:
            out.append("".join(forms))
        else:
            out.append(f"[{''.join(forms)}]")
    return "".join(out)


def names_in_both_scripts(
    names: Iterable[str], table: ScriptTable, owners: Mapping[str, frozenset[str]], own: str
) -> tuple[str, ...]:
    """Law `own`'s names with their forms in the other script, leaving out any form that `owners` (every law's
    names, case-folded, and the laws they name) gives another law: a Japanese title in Chinese characters must
    not come to name a Chinese law."""
    names = tuple(names)
    variants = with_script_variants(names, table)[len(names) :]
    return (*names, *(form for form in variants if owners.get(form.casefold(), frozenset({own})) <= {own}))


def full_width(name: str) -> str:
    """`name` in full-width letters and digits when it is made of ASCII letters and digits only, else as is."""
    if not name.isascii() or not name.isalnum():
        return name
    return "".join(chr(ord(char) + 0xFEE0) for char in name)
