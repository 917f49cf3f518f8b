"""Kept programs of compiled patterns: a pattern made from one equals the one `re` compiles, the file is read
back whole, and a missing, corrupt or overfull file costs only compilation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotations.knowledge.store import cache_dir as knowledge_cache_dir
from tui import compiled_patterns
from tui.compiled_patterns import CACHE_NAME, file_key

PLAIN = re._compiler.compile  # type: ignore[attr-defined]
TEXT = "Ann LEE paid €1.2 million\nunder Art. 83(5) GDPR; café ſtraße 12 β\n"

# (pattern, flags): named and numbered groups, flags inline and given, lookarounds, classes, bytes.
ROWS: list[tuple[Any, int]] = [
    (r"(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>million|bn)", 0),
    (r"(?i)ann\s+lee", 0),
    (r"^under\b.*$", re.MULTILINE),
    (r"(?<=Art\. )\d+(?=\()", 0),
    (r"straße|STRASSE", re.IGNORECASE),
    (r"[^\W\d_]+", 0),
    (
        r"""(?x) ( [A-Z]{2,} )   # an acronym
         \s* ;""",
        0,
    ),
    (r"(a)|(b)(?P<c>c)?", 0),
    (rb"\d+", 0),
    (r"\w+", re.ASCII),
    (r"(?s)paid.*?GDPR", 0),
    (r"no such text", 0),
]


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> Iterator[None]:
    """The hook installed for this test alone, reading and writing this test's cache folder."""
    monkeypatch.setattr(compiled_patterns, "_kept", None)
    monkeypatch.setattr(re._compiler, "compile", PLAIN)  # type: ignore[attr-defined]
    yield


def _made(pattern: Any, flags: int) -> re.Pattern[Any]:
    """The pattern as the hook makes it (never from re's own cache of compiled patterns)."""
    return compiled_patterns._compile(pattern, flags)


@pytest.mark.parametrize(("pattern", "flags"), ROWS)
def test_a_pattern_made_from_its_program_equals_the_compiled_one(
    kept: None, pattern: Any, flags: int
) -> None:
    """Equal patterns hold the same code, flags and groups; they find the same in a text."""
    compiled_patterns.use_kept()
    made, plain = _made(pattern, flags), PLAIN(pattern, flags)
    assert made == plain and made.groupindex == plain.groupindex and made.groups == plain.groups
    text: Any = TEXT.encode() if isinstance(pattern, bytes) else TEXT
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_programs_kept_are_read_back_and_used_without_compiling(
    kept: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second start reads every program the first kept and makes none again."""
    compiled_patterns.use_kept()
    first = [_made(pattern, flags) for pattern, flags in ROWS]
    compiled_patterns.keep()
    assert (compiled_patterns.cache_dir() / CACHE_NAME.format(key=file_key())).exists()
    monkeypatch.setattr(compiled_patterns, "_kept", None)
    compiled_patterns.use_kept()
    monkeypatch.setattr(compiled_patterns, "_program", _refused)
    assert [_made(pattern, flags) for pattern, flags in ROWS] == first
    assert compiled_patterns._kept is not None and compiled_patterns._kept.made == {}


def _refused(*_args: object) -> None:
    raise AssertionError("a kept program was made again")


def test_a_new_pattern_is_compiled_and_kept_beside_the_others(
    kept: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern the file lacks is made as re makes it, and the next write holds it with the rest."""
    compiled_patterns.use_kept()
    _made(*ROWS[0])
    compiled_patterns.keep()
    monkeypatch.setattr(compiled_patterns, "_kept", None)
    compiled_patterns.use_kept()
    assert _made(*ROWS[1]) == PLAIN(*ROWS[1])
    compiled_patterns.keep()
    monkeypatch.setattr(compiled_patterns, "_kept", None)
    compiled_patterns.use_kept()
    assert compiled_patterns._kept is not None and set(compiled_patterns._kept.programs) == {ROWS[0], ROWS[1]}


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xfa\x01\x02", b"N"])
def test_a_corrupt_file_is_ignored(kept: None, content: bytes) -> None:
    """Unreadable bytes or a value that is no table of programs: every pattern is compiled."""
    path = compiled_patterns.cache_dir() / CACHE_NAME.format(key=file_key())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    compiled_patterns.use_kept()
    assert compiled_patterns._kept is not None and compiled_patterns._kept.programs == {}
    assert _made(*ROWS[0]) == PLAIN(*ROWS[0])


def test_nothing_new_writes_nothing(kept: None) -> None:
    """A start that made no program leaves the folder as it was."""
    compiled_patterns.use_kept()
    compiled_patterns.keep()
    assert not list(compiled_patterns.cache_dir().glob("patterns-*"))


def test_an_overfull_file_keeps_only_the_last_runs_programs(
    kept: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past MAX_KEPT programs, the file keeps only what this run used."""
    monkeypatch.setattr(compiled_patterns, "MAX_KEPT", 2)
    compiled_patterns.use_kept()
    for row in ROWS[:3]:
        _made(*row)
    compiled_patterns.keep()
    monkeypatch.setattr(compiled_patterns, "_kept", None)
    compiled_patterns.use_kept()
    _made(*ROWS[3])
    compiled_patterns.keep()
    monkeypatch.setattr(compiled_patterns, "_kept", None)
    compiled_patterns.use_kept()
    assert compiled_patterns._kept is not None and set(compiled_patterns._kept.programs) == {ROWS[3]}


def test_the_file_lies_beside_the_knowledge_cache(isolated_home: Path) -> None:
    """One cache folder for the command, found without importing the annotation core."""
    assert compiled_patterns.cache_dir() == knowledge_cache_dir()


def test_debug_patterns_and_compiled_ones_pass_through(kept: None) -> None:
    """re.DEBUG prints as re prints; nothing of it is kept."""
    compiled_patterns.use_kept()
    assert _made(r"a+", re.DEBUG) == PLAIN(r"a+", re.DEBUG)
    assert compiled_patterns._kept is not None and compiled_patterns._kept.programs == {}


def test_an_engine_that_disagrees_leaves_re_as_it_is(kept: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where a program made here would not give re's pattern (another interpreter's internals), nothing is
    installed and every pattern is compiled as before."""
    monkeypatch.setattr(compiled_patterns, "_program", _refused)
    compiled_patterns.use_kept()
    assert compiled_patterns._kept is None
    assert re._compiler.compile is PLAIN  # type: ignore[attr-defined]
