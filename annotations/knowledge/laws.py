"""Laws and clause categories of the knowledge base: checking a file's tables and building entries."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from annotations.knowledge.errors import KnowledgeError
from annotations.knowledge.vocabulary import check_pattern
from annotations.model import ClauseCategory, LawEntry, PenaltyCap

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_REQUIRED_LAW_FIELDS = ("id", "name", "kind", "jurisdiction", "summary")
_SEVERITIES = ("low", "medium", "high")
_CLAUSE_FIELDS = ("id", "label", "severity", "explanation", "pattern")


def _tuple(entry: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = entry.get(key, ())
    if isinstance(value, str) or not all(isinstance(item, str) for item in value):
        raise KnowledgeError(f"law {entry.get('id')!r}: {key} must be a list of strings")
    return tuple(value)


def _penalty(entry: Mapping[str, Any], law_id: str) -> PenaltyCap:
    if "amount" not in entry and "percent" not in entry:
        raise KnowledgeError(f"law {law_id!r}: a penalty needs an amount or a percent")
    if "amount" in entry and ("currency" not in entry or "as_of" not in entry):
        raise KnowledgeError(f"law {law_id!r}: a penalty amount needs its currency and as_of year")
    return PenaltyCap(
        description=entry.get("description", ""),
        amount=entry.get("amount"),
        currency=entry.get("currency"),
        percent=entry.get("percent"),
        basis=entry.get("basis"),
        per=entry.get("per"),
        as_of=entry.get("as_of"),
    )


def law_from_toml(entry: Mapping[str, Any]) -> LawEntry:
    """A validated LawEntry from one `[[law]]` table: required facts present, citation patterns linear."""
    missing = [key for key in _REQUIRED_LAW_FIELDS if not entry.get(key)]
    if missing:
        raise KnowledgeError(f"law {entry.get('id')!r} lacks {', '.join(missing)}")
    law_id = entry["id"]
    if not _ID.match(law_id):
        raise KnowledgeError(f"law id {law_id!r} is not lower-case letters, digits and hyphens")
    for pattern in _tuple(entry, "citation_patterns"):
        check_pattern(pattern, f"law {law_id!r}: citation pattern", flags=0)
    return law_entry(entry)


def law_entry(entry: Mapping[str, Any]) -> LawEntry:
    """A LawEntry from one `[[law]]` table already checked by law_from_toml (or read from the cache)."""
    law_id = entry["id"]
    return LawEntry(
        id=law_id,
        name=entry["name"],
        kind=entry["kind"],
        jurisdiction=entry["jurisdiction"],
        summary=entry["summary"],
        short_names=_tuple(entry, "short_names"),
        aliases=_tuple(entry, "aliases"),
        citations=_tuple(entry, "citations"),
        citation_patterns=_tuple(entry, "citation_patterns"),
        context_names=_tuple(entry, "context_names"),
        not_within=_tuple(entry, "not_within"),
        level=entry.get("level"),
        year=entry.get("year"),
        in_force=entry.get("in_force"),
        regulators=_tuple(entry, "regulators"),
        parent=entry.get("parent"),
        url=entry.get("url"),
        penalties=tuple(_penalty(item, law_id) for item in entry.get("penalties", ())),
    )


def validate_laws(laws: tuple[LawEntry, ...]) -> None:
    """Ids unique, parents known, and no name that two laws would claim."""
    ids = [law.id for law in laws]
    duplicates = {law_id for law_id in ids if ids.count(law_id) > 1}
    if duplicates:
        raise KnowledgeError(f"duplicate law ids: {sorted(duplicates)}")
    known = set(ids)
    owners: dict[str, str] = {}
    for law in laws:
        if law.parent and law.parent not in known:
            raise KnowledgeError(f"law {law.id!r}: unknown parent {law.parent!r}")
        names = [name.casefold() for name in (law.name, *law.aliases)] + list(law.short_names)
        for name in names:
            if owners.setdefault(name, law.id) != law.id:
                raise KnowledgeError(f"{name!r} names both {owners[name]!r} and {law.id!r}")
    for law in laws:
        for name in law.context_names:
            if name in owners or name.casefold() in owners:
                raise KnowledgeError(
                    f"context name {name!r} of {law.id!r} is also the name of {owners.get(name)!r}"
                )


def validate_laws_file(_name: str, data: Mapping[str, Any]) -> None:
    """Every `[[law]]` table of laws.toml checked, then the laws checked together."""
    validate_laws(tuple(law_from_toml(entry) for entry in data.get("law", ())))


def validate_clauses_file(name: str, data: Mapping[str, Any]) -> None:
    """Every `[[clause]]` of clauses.toml has its fields, a known severity and a linear pattern."""
    for entry in data.get("clause", ()):
        missing = [key for key in _CLAUSE_FIELDS if not entry.get(key)]
        if missing:
            raise KnowledgeError(f"{name}: clause {entry.get('id')!r} lacks {', '.join(missing)}")
        if entry["severity"] not in _SEVERITIES:
            raise KnowledgeError(f"clause {entry['id']!r}: severity must be one of {_SEVERITIES}")
        check_pattern(entry["pattern"], f"clause {entry['id']!r}")


def clause_category(entry: Mapping[str, Any]) -> ClauseCategory:
    """A ClauseCategory from one checked `[[clause]]` table."""
    return ClauseCategory(entry["id"], entry["label"], entry["severity"], entry["explanation"])
