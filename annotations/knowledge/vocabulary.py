"""Detector vocabularies: named entries (id, role, phrases or a pattern, a comment) read from TOML.

Every vocabulary file has the same shape (written again at the top of each file):

    [roles]                      # every role the file uses, with what it means
    document = "a kind of document whose words a quote may be"

    [[entry]]
    id = "terms-of-service"      # unique across every vocabulary file
    role = "document"            # one of [roles]
    phrases = ["terms of service"]   # literal text; the detector decides case and word edges
    pattern = '\\bToS\\b'        # or (and) a regular expression, linear (see linear.py)
    comment = "why the entry is there"   # required with a pattern
    name = "terms of service"    # any other field is the detector's: read with entry.get()
    one_script = true            # Chinese phrases only as written (no forms in the other script)

An entry's `regex` is its phrases, escaped, then its pattern, as one alternation. The loader adds each
Chinese phrase's form in the other script (Simplified or Traditional, chinese_scripts.toml) and widens
each Chinese character of a pattern to both, unless the entry says `one_script = true`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from annotations.knowledge.errors import KnowledgeError
from annotations.knowledge.linear import Backtracking, check_linear
from annotations.knowledge.scripts import ScriptTable, widened_pattern, with_script_variants

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_OWN_FIELDS = ("id", "role", "phrases", "pattern", "comment")


@dataclass(frozen=True, slots=True)
class Entry:
    """One named vocabulary entry."""

    id: str
    role: str
    phrases: tuple[str, ...] = ()
    pattern: str | None = None
    comment: str = ""
    fields: Mapping[str, Any] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        """A field of the entry beyond the common ones ("name", "type", ...)."""
        return self.fields.get(name, default)

    @property
    def alternatives(self) -> tuple[str, ...]:
        """The entry's phrases, escaped, then its pattern: each a regular expression."""
        return tuple(re.escape(phrase) for phrase in self.phrases) + ((self.pattern,) if self.pattern else ())

    @property
    def regex(self) -> str:
        """The entry as one regular expression: its alternatives joined."""
        return "|".join(self.alternatives)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The entries of one vocabulary file, in file order, with the file's other tables."""

    name: str
    entries: tuple[Entry, ...]
    roles: Mapping[str, str]
    tables: Mapping[str, Any] = field(default_factory=dict)

    def role(self, role: str) -> tuple[Entry, ...]:
        """The entries of one role, in file order."""
        if role not in self.roles:
            raise KnowledgeError(f"{self.name}: no role {role!r}")
        return tuple(entry for entry in self.entries if entry.role == role)

    def entry(self, entry_id: str) -> Entry:
        """One entry by its id."""
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KnowledgeError(f"{self.name}: no entry {entry_id!r}")


def _strings(name: str, entry: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = entry.get(key, ())
    if isinstance(value, str) or not all(isinstance(item, str) and item for item in value):
        raise KnowledgeError(f"{name}: entry {entry.get('id')!r}: {key} must be a list of non-empty strings")
    return tuple(value)


def check_pattern(pattern: str, where: str, flags: int = re.IGNORECASE) -> None:
    """A pattern must compile and stay linear; KnowledgeError names `where` otherwise."""
    try:
        re.compile(pattern, flags)
        check_linear(pattern, flags)
    except (re.error, Backtracking) as error:
        raise KnowledgeError(f"{where}: pattern {pattern!r}: {error}") from error


def validate_vocabulary(name: str, data: Mapping[str, Any]) -> None:
    """Refuse a vocabulary file with an unknown role, a bad id, a pattern that does not compile or backtracks."""
    roles = data.get("roles")
    if not isinstance(roles, dict) or not roles:
        raise KnowledgeError(f"{name}: a vocabulary file declares its [roles]")
    used = set()
    for entry in data.get("entry", ()):
        where = f"{name}: entry {entry.get('id')!r}"
        if not isinstance(entry.get("id"), str) or not _ID.match(entry["id"]):
            raise KnowledgeError(f"{where}: an id is lower-case letters, digits, '-' and '_'")
        if entry.get("role") not in roles:
            raise KnowledgeError(f"{where}: role {entry.get('role')!r} is not in [roles]")
        used.add(entry["role"])
        _strings(name, entry, "phrases")
        pattern = entry.get("pattern")
        if pattern is not None:
            if not isinstance(pattern, str) or not pattern:
                raise KnowledgeError(f"{where}: pattern must be a non-empty string")
            if not entry.get("comment"):
                raise KnowledgeError(f"{where}: a pattern needs a comment saying what it finds")
            check_pattern(pattern, where)
    unused = set(roles) - used
    if unused:
        raise KnowledgeError(f"{name}: roles with no entry: {sorted(unused)}")


def unique_ids(vocabularies: Mapping[str, Mapping[str, Any]]) -> None:
    """Entry ids are unique across every vocabulary file."""
    owners: dict[str, str] = {}
    for name, data in vocabularies.items():
        for entry in data.get("entry", ()):
            if entry["id"] in owners:
                raise KnowledgeError(
                    f"entry id {entry['id']!r} is used twice ({owners[entry['id']]}, {name})"
                )
            owners[entry["id"]] = name


def build_vocabulary(name: str, data: Mapping[str, Any], scripts: ScriptTable | None = None) -> Vocabulary:
    """A Vocabulary from one validated file (no checks: the loader ran them, or its cache did). With
    `scripts`, a Chinese phrase gains its forms in the other script and a pattern matches both."""
    entries = tuple(
        Entry(
            id=entry["id"],
            role=entry["role"],
            phrases=_phrases(entry, _scripts_for(entry, scripts)),
            pattern=_pattern(entry, _scripts_for(entry, scripts)),
            comment=entry.get("comment", ""),
            fields={
                key: _field(value, _scripts_for(entry, scripts))
                for key, value in entry.items()
                if key not in _OWN_FIELDS
            },
        )
        for entry in data.get("entry", ())
    )
    tables = {key: value for key, value in data.items() if key not in ("roles", "entry")}
    return Vocabulary(name, entries, dict(data["roles"]), tables)


def _phrases(entry: Mapping[str, Any], scripts: ScriptTable | None) -> tuple[str, ...]:
    phrases = tuple(entry.get("phrases", ()))
    return phrases if scripts is None else with_script_variants(phrases, scripts)


def _pattern(entry: Mapping[str, Any], scripts: ScriptTable | None) -> str | None:
    pattern = entry.get("pattern")
    return pattern if pattern is None or scripts is None else widened_pattern(pattern, scripts)


def _scripts_for(entry: Mapping[str, Any], scripts: ScriptTable | None) -> ScriptTable | None:
    """The script table, unless the entry's Chinese phrases are one script's own (`one_script`)."""
    return None if entry.get("one_script") else scripts


def _field(value: Any, scripts: ScriptTable | None) -> Any:
    """A detector's own field; a list of words ("unspaced_before") also in the other Chinese script."""
    if scripts is None or not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return value
    return list(with_script_variants(value, scripts))
