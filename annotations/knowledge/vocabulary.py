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

An entry's `regex` is its phrases, escaped, then its pattern, as one alternation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from annotations.knowledge.errors import KnowledgeError
from annotations.knowledge.linear import Backtracking, check_linear

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


def build_vocabulary(name: str, data: Mapping[str, Any]) -> Vocabulary:
    """A Vocabulary from one validated file (no checks: the loader ran them, or its cache did)."""
    entries = tuple(
        Entry(
            id=entry["id"],
            role=entry["role"],
            phrases=tuple(entry.get("phrases", ())),
            pattern=entry.get("pattern"),
            comment=entry.get("comment", ""),
            fields={key: value for key, value in entry.items() if key not in _OWN_FIELDS},
        )
        for entry in data.get("entry", ())
    )
    tables = {key: value for key, value in data.items() if key not in ("roles", "entry")}
    return Vocabulary(name, entries, dict(data["roles"]), tables)
