"""The one loader of the knowledge base and the detectors' vocabularies: TOML files in this package.

Every file is checked once (laws, clause categories, vocabulary entries: ids unique, patterns
compile and stay linear) and the checked data cached in the user cache directory, keyed by the
package version and the files' hashes, so a later start reads it back without checking again.
Nothing here compiles a pattern for use: the detectors do that on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from annotations.knowledge.errors import KnowledgeError
from annotations.knowledge.laws import (
    clause_category,
    law_entry,
    law_from_toml,
    validate_clauses_file,
    validate_laws,
    validate_laws_file,
)
from annotations.knowledge.scripts import (
    ScriptTable,
    full_width,
    has_chinese,
    names_in_both_scripts,
    script_table,
    validate_script_pairs,
)
from annotations.knowledge.store import Files, cache_key, cached
from annotations.knowledge.vocabulary import (
    Entry,
    Vocabulary,
    build_vocabulary,
    unique_ids,
    validate_vocabulary,
)
from annotations.model import ClauseCategory, LawEntry

__all__ = [
    "Entry",
    "KnowledgeError",
    "Vocabulary",
    "knowledge",
    "law_from_toml",
    "laws_by_id",
    "load_clauses",
    "load_laws",
    "read_toml",
    "validate_laws",
    "vocabulary",
    "vocabulary_names",
]

# Files with a shape of their own, and how each is checked; every other file is a vocabulary.
_OWN_SHAPES: dict[str, Callable[[str, Mapping[str, Any]], None]] = {
    "laws.toml": validate_laws_file,
    "clauses.toml": validate_clauses_file,
    "chinese_scripts.toml": validate_script_pairs,
}
# The code that checks the files: a change to it must not let an old cache stand.
_CHECKING_CODE = ("__init__.py", "laws.py", "linear.py", "scripts.py", "vocabulary.py", "store.py")


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fineprint")
    except PackageNotFoundError:
        return "unknown"


def _sources() -> dict[str, bytes]:
    """Every data file of this package and the code that checks them, by name."""
    root = resources.files(__package__)
    names = sorted(item.name for item in root.iterdir() if item.name.endswith(".toml"))
    return {name: root.joinpath(name).read_bytes() for name in (*names, *_CHECKING_CODE)}


def _checked(sources: dict[str, bytes]) -> Files:
    """Parse and check every data file; KnowledgeError says which entry is wrong."""
    import tomllib

    files = {
        name: tomllib.loads(data.decode("utf-8")) for name, data in sources.items() if name.endswith(".toml")
    }
    for name, data in files.items():
        _OWN_SHAPES.get(name, validate_vocabulary)(name, data)
    unique_ids({name: data for name, data in files.items() if name not in _OWN_SHAPES})
    return files


@cache
def knowledge() -> Files:
    """Every data file, checked: from the cache when it holds these files, else checked now and cached."""
    sources = _sources()
    return cached(cache_key(_package_version(), sources), lambda: _checked(sources))


def vocabulary_names() -> tuple[str, ...]:
    """The data files that are vocabularies (named entries with roles)."""
    return tuple(name for name in knowledge() if name not in _OWN_SHAPES)


def read_toml(name: str) -> dict[str, Any]:
    """One checked data file of this package, as parsed from TOML."""
    return knowledge()[name]


@cache
def scripts() -> ScriptTable:
    """Simplified and Traditional Chinese forms of each character (chinese_scripts.toml)."""
    return script_table(read_toml("chinese_scripts.toml"))


@cache
def vocabulary(name: str) -> Vocabulary:
    """One vocabulary file's named entries, each Chinese phrase and pattern in both scripts."""
    return build_vocabulary(name, read_toml(name), scripts())


@cache
def load_laws() -> tuple[LawEntry, ...]:
    """Every law of the knowledge base, its Chinese names in both scripts, its acronyms also full-width."""
    laws = tuple(_full_width_acronyms(law_entry(entry)) for entry in read_toml("laws.toml").get("law", ()))
    owners: dict[str, frozenset[str]] = {}
    for law in laws:
        for name in (law.name, *law.aliases, *law.short_names, *law.context_names):
            owners[name.casefold()] = owners.get(name.casefold(), frozenset()) | {law.id}
    return tuple(_in_both_scripts(law, owners) for law in laws)


def _full_width_acronyms(law: LawEntry) -> LawEntry:
    """`law` with each acronym of Latin letters and digits also in full-width letters, as Japanese papers
    set them among their own (ＧＤＰＲ違反)."""
    wide = tuple(form for name in law.short_names if (form := full_width(name)) != name)
    return replace(law, short_names=(*law.short_names, *wide)) if wide else law


def _in_both_scripts(law: LawEntry, owners: Mapping[str, frozenset[str]]) -> LawEntry:
    """`law` with its aliases and context names also in the other Chinese script, but no form that is
    another law's own name (`owners`: every law's names, case-folded, and the laws they name)."""
    if not any(has_chinese(name) for name in (*law.aliases, *law.context_names)):
        return law
    return replace(
        law,
        aliases=names_in_both_scripts(law.aliases, scripts(), owners, law.id),
        context_names=names_in_both_scripts(law.context_names, scripts(), owners, law.id),
    )


@cache
def laws_by_id() -> dict[str, LawEntry]:
    """The knowledge base keyed by law id."""
    return {law.id: law for law in load_laws()}


@cache
def load_clauses() -> tuple[tuple[ClauseCategory, re.Pattern[str]], ...]:
    """Terms-of-service clause categories, each with the pattern that finds it (compiled on first use)."""
    return tuple(
        (clause_category(entry), re.compile(entry["pattern"], re.IGNORECASE))
        for entry in read_toml("clauses.toml").get("clause", ())
    )
