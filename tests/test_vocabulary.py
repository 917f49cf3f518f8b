"""The one loader: vocabulary files checked (roles, unique ids, linear patterns) and cached once validated."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

import annotations.knowledge as knowledge_module
from annotations.knowledge import KnowledgeError, knowledge, read_toml, vocabulary, vocabulary_names
from annotations.knowledge.linear import Backtracking, check_linear, split_run
from annotations.knowledge.store import KEPT_CACHES, cache_dir, cache_key, cached
from annotations.knowledge.vocabulary import unique_ids, validate_vocabulary

# Nested repeats that can split one run two ways: exponential on a long almost-matching run.
CATASTROPHIC = [r"(a+)+$", r"(\w+\s?)*$", r"(x+x+)+y", r"(?:\d+\.?)+z", r"(.*a){12}", r"(?:[\w,]+ ?){0,6}x",
                r"(?:\s*\w+)*:", r"((ab)*a?)*c", r"(?:[a-z]+[A-Z]?)+!",
                r"(?:조의\d{1,2}\d항)*"]  # fmt: skip
# Nested repeats whose next character settles whether they go on: linear.
LINEAR = [r"(?:[\w,]+ ){0,6}with", r"(?:\s+[A-Z][\w&.'’-]*){0,3}", r"(?:[./]\d+[a-z]?)*", r"\d{1,3}(?:,\d{3})+",
          r"(?:\([A-Za-z0-9]{1,4}\))*", r"terms of (?:service|use)", r"(?:its|the) (?:\w+ ){0,4}turnover",
          r"\b15\s*U\.?\s?S\.?\s?C\.?\s*§?\s*45\b", r"per\s?cent",
          # A possessive inner repeat never gives back its digits: no second way to split the run.
          r"(?:조의\d{1,2}+\d항)*"]  # fmt: skip


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_backtracking_pattern_is_refused(pattern: str) -> None:
    """A nested repeat that can go on or stop at the same character is refused."""
    with pytest.raises(Backtracking):
        check_linear(pattern)


@pytest.mark.parametrize("pattern", LINEAR)
def test_linear_pattern_is_accepted(pattern: str) -> None:
    """Nested repeats with a separator between iterations, and plain words, pass."""
    check_linear(pattern, re.IGNORECASE)


def _every_pattern() -> list[tuple[str, str]]:
    patterns = [
        (f"law {law['id']}", p)
        for law in read_toml("laws.toml")["law"]
        for p in law.get("citation_patterns", ())
    ]
    patterns += [(f"clause {c['id']}", c["pattern"]) for c in read_toml("clauses.toml")["clause"]]
    for name in vocabulary_names():
        patterns += [(entry.id, entry.regex) for entry in vocabulary(name).entries]
    return patterns


# The patterns are checked in parts, so that the test workers share them (one part took half a minute).
PARTS = 8


@pytest.mark.parametrize("part", range(PARTS))
def test_every_pattern_is_linear_and_scans_adversarial_runs(part: int) -> None:
    """Every pattern of every data file passes the check, and scans long runs of its own characters."""
    for _where, pattern in _every_pattern()[part::PARTS]:
        check_linear(pattern, re.IGNORECASE)
        compiled = re.compile(pattern, re.IGNORECASE)
        for char in {c for c in pattern if not c.isspace()} | set("a1 .,'"):
            for text in (char * 400, (char + " ") * 200, (char + "a1") * 150):
                compiled.search(text + "\u2603")  # a backtracking pattern would not return for hours


def test_no_pattern_reads_one_run_two_ways_in_a_row() -> None:
    """No pattern of a data file has two runs in a row that can read the same characters ("[ \\t]*,?[ \\t]*"):
    a search over a long run of them takes cubic time (800 spaces took half a minute in two of them)."""
    found = [
        (where, reason)
        for where, pattern in _every_pattern()
        if (reason := split_run(pattern, re.IGNORECASE))
    ]
    assert found == []


@pytest.mark.parametrize(("pattern", "splits"), [
    (r"[ \t]*,?[ \t]*x", True),
    (r"\s*(?:and|or)?\s*x", True),
    (r"\d+[\w.]*", True),
    (r"[ \t]*(?:,[ \t]*)?x", False),
    (r"\d[\w.]*", False),
    (r"[a-z]+ [0-9]+", False),
])  # fmt: skip
def test_split_runs_are_told_apart(pattern: str, splits: bool) -> None:
    assert (split_run(pattern) is not None) == splits


def test_every_vocabulary_file_declares_its_roles_and_uses_them() -> None:
    """Each vocabulary file loads with [roles], and every role has entries."""
    names = vocabulary_names()
    assert {"money.toml", "penalties.toml", "tos_quotes.toml"} <= set(names)
    for name in names:
        loaded = vocabulary(name)
        assert loaded.roles and {entry.role for entry in loaded.entries} == set(loaded.roles)


def _file(**entry: Any) -> dict[str, Any]:
    return {"roles": {"word": "a word"}, "entry": [{"id": "one", "role": "word", "phrases": ["x"], **entry}]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"entry": []}, "roles"),
        (_file(role="other"), "not in \\[roles\\]"),
        (_file(id="Bad Id"), "id"),
        (_file(pattern="(unclosed", comment="c"), "pattern"),
        (_file(pattern="(a+)+", comment="c"), "nested repeat"),
        (_file(pattern="ab"), "comment"),
        (_file(phrases="not a list"), "list of non-empty strings"),
        ({"roles": {"word": "w", "unused": "u"}, "entry": [{"id": "a", "role": "word"}]}, "no entry"),
    ],
)
def test_malformed_vocabulary_is_refused(data: dict[str, Any], message: str) -> None:
    """Unknown roles, bad ids, broken or backtracking patterns, patterns without comment are refused."""
    with pytest.raises(KnowledgeError, match=message):
        validate_vocabulary("test.toml", data)


def test_entry_ids_are_unique_across_files() -> None:
    """Two files may not use one id."""
    with pytest.raises(KnowledgeError, match="used twice"):
        unique_ids({"a.toml": _file(), "b.toml": _file()})
    unique_ids({name: knowledge()[name] for name in vocabulary_names()})


def test_entry_regex_is_its_escaped_phrases_then_its_pattern() -> None:
    """Phrases are literal text; the pattern follows them."""
    entry = vocabulary("money.toml").entry("percent")
    assert entry.alternatives[:2] == ("%", "percent") and entry.alternatives[-1] == r"per\s?cent"
    assert entry.alternatives[2:-1] == tuple(re.escape(phrase) for phrase in entry.phrases[2:])
    assert re.fullmatch(entry.regex, "per cent")


def test_knowledge_is_cached_in_the_cache_directory(isolated_home: Path) -> None:
    """The checked files are written under $FINEPRINT_HOME/cache and read back as they were."""
    fresh = knowledge.__wrapped__()
    (path,) = (isolated_home / "cache").glob("knowledge-*.json")
    assert cache_dir() == isolated_home / "cache"
    assert json.loads(path.read_text())["files"] == json.loads(json.dumps(fresh))
    assert knowledge.__wrapped__() == fresh


def test_a_warm_start_does_not_check_again(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the cache in place, no file is parsed or checked."""
    knowledge.__wrapped__()

    def refuse(_sources: dict[str, bytes]) -> None:
        raise AssertionError("checked again")

    monkeypatch.setattr(knowledge_module, "_checked", refuse)
    assert knowledge.__wrapped__()["money.toml"]["roles"]


def test_a_changed_file_or_version_changes_the_key() -> None:
    """The key follows every source's bytes and the version."""
    sources = {"a.toml": b"x = 1", "b.py": b"pass"}
    key = cache_key("0.1.0", sources)
    assert key != cache_key("0.1.0", {**sources, "a.toml": b"x = 2"})
    assert key != cache_key("0.2.0", sources)
    assert key == cache_key("0.1.0", dict(reversed(sources.items())))


@pytest.mark.parametrize("damage", ["{not json", '{"key": "other", "files": {}}', '["a list"]', ""])
def test_a_corrupt_cache_is_ignored_and_rebuilt(isolated_home: Path, damage: str) -> None:
    """A cache that does not parse or carries another key is rebuilt from the builder."""
    built = {"money.toml": {"roles": {"a": "b"}}}
    cached("k" * 64, lambda: built)
    (path,) = (isolated_home / "cache").glob("knowledge-*.json")
    path.write_text(damage)
    assert cached("k" * 64, lambda: built) == built
    assert json.loads(path.read_text())["key"] == "k" * 64


def test_an_unwritable_cache_only_costs_a_check(isolated_home: Path) -> None:
    """Where the cache cannot be written (a file stands where the directory goes), the data still loads."""
    (isolated_home / "cache").write_text("not a directory")
    assert cached("k" * 64, lambda: {"a.toml": {"x": 1}}) == {"a.toml": {"x": 1}}


def test_new_keys_keep_the_newest_caches_and_leave_no_temporary_file(isolated_home: Path) -> None:
    """The KEPT_CACHES newest keys' files stay, older ones go; the atomic write leaves nothing behind."""
    keys = "abcdefghijkl"
    for age, key in enumerate(reversed(keys)):  # "l" written first and oldest, "a" last and newest
        cached(key * 64, lambda: {"x.toml": {}})
        written = isolated_home / "cache" / f"knowledge-{key * 32}.json"
        os.utime(written, (1_000_000 + age, 1_000_000 + age))
    cached("z" * 64, lambda: {"z.toml": {}})
    names = sorted(path.name for path in (isolated_home / "cache").iterdir())
    newest = ["z", *keys[: KEPT_CACHES - 1]]
    assert names == sorted(f"knowledge-{key * 32}.json" for key in newest)
    assert cached("a" * 64, lambda: {"never": {}}) == {"x.toml": {}}  # a kept key is read, not rebuilt
