"""The curated knowledge base, read from TOML files in this package and validated at load."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from annotations.model import ClauseCategory, LawEntry, PenaltyCap

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_REQUIRED_LAW_FIELDS = ("id", "name", "kind", "jurisdiction", "summary")
_SEVERITIES = ("low", "medium", "high")


class KnowledgeError(ValueError):
    """A data file of the knowledge base is malformed."""


def read_toml(name: str) -> dict[str, Any]:
    """One TOML file of this package, parsed."""
    with resources.files(__package__).joinpath(name).open("rb") as handle:
        return tomllib.load(handle)


def _tuple(entry: dict[str, Any], key: str) -> tuple[str, ...]:
    value = entry.get(key, ())
    if isinstance(value, str) or not all(isinstance(item, str) for item in value):
        raise KnowledgeError(f"law {entry.get('id')!r}: {key} must be a list of strings")
    return tuple(value)


def _penalty(entry: dict[str, Any], law_id: str) -> PenaltyCap:
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


def law_from_toml(entry: dict[str, Any]) -> LawEntry:
    """A validated LawEntry from one `[[law]]` table."""
    missing = [key for key in _REQUIRED_LAW_FIELDS if not entry.get(key)]
    if missing:
        raise KnowledgeError(f"law {entry.get('id')!r} lacks {', '.join(missing)}")
    law_id = entry["id"]
    if not _ID.match(law_id):
        raise KnowledgeError(f"law id {law_id!r} is not lower-case letters, digits and hyphens")
    patterns = _tuple(entry, "citation_patterns")
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise KnowledgeError(f"law {law_id!r}: citation pattern {pattern!r}: {error}") from error
    return LawEntry(
        id=law_id,
        name=entry["name"],
        kind=entry["kind"],
        jurisdiction=entry["jurisdiction"],
        summary=entry["summary"],
        short_names=_tuple(entry, "short_names"),
        aliases=_tuple(entry, "aliases"),
        citations=_tuple(entry, "citations"),
        citation_patterns=patterns,
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


@cache
def load_laws() -> tuple[LawEntry, ...]:
    """Every law of the knowledge base, validated."""
    laws = tuple(law_from_toml(entry) for entry in read_toml("laws.toml").get("law", ()))
    validate_laws(laws)
    return laws


@cache
def jurisdiction_cues() -> dict[str, tuple[str, ...]]:
    """Words that tell which jurisdiction an article is about, by jurisdiction code."""
    return {code: tuple(words) for code, words in read_toml("jurisdictions.toml").items()}


@cache
def laws_by_id() -> dict[str, LawEntry]:
    """The knowledge base keyed by law id."""
    return {law.id: law for law in load_laws()}


@cache
def load_clauses() -> tuple[tuple[ClauseCategory, re.Pattern[str]], ...]:
    """Terms-of-service clause categories, each with the pattern that finds it."""
    found = []
    for entry in read_toml("clauses.toml").get("clause", ()):
        if entry.get("severity") not in _SEVERITIES:
            raise KnowledgeError(f"clause {entry.get('id')!r}: severity must be one of {_SEVERITIES}")
        category = ClauseCategory(entry["id"], entry["label"], entry["severity"], entry["explanation"])
        found.append((category, re.compile(entry["pattern"], re.IGNORECASE)))
    return tuple(found)
