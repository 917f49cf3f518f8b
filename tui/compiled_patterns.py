"""Compiled regular expressions kept in the user cache directory, so a command's start does not compile
them again.

A fresh `fineprint annotate` spent about 1.1 s of its 2.6 s of CPU in `re`'s parser and code generator,
building the same 900 patterns as every run before it. The engine's program for a pattern is a list of
integers that depends only on the pattern, its flags and the interpreter; kept, it is handed to the engine
as `re` itself hands it (`_sre.compile`), in a small fraction of the time, and the pattern made is equal
to the one `re` makes. A pattern not kept is parsed and generated as before. The file is keyed by the
interpreter's version and the engine's, written atomically, and safe to delete; a missing or unreadable
file only costs the start its compilation.
"""

from __future__ import annotations

import _sre
import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

CACHE_NAME = "patterns-{key}.bin"
MAX_KEPT = 4000
"""At most this many programs stay in the file (a run makes about 900): patterns a page's own text built
(an escaped name) must not grow it without end; past this, only the last run's programs are kept."""
_CODE = "I" if array("I").itemsize == 4 else "L"  # the engine's code words are 4 bytes (_sre.CODESIZE)

# A program: the pattern's flags as parsed, its code (as bytes of code words), the number of groups, the
# group names to numbers and the numbers to names: the arguments `re` gives `_sre.compile`.
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str | bytes, int]


class _Kept:
    """The programs read from the file, and those made since, by pattern and flags."""

    def __init__(self, path: Path, programs: dict[Key, Program]) -> None:
        self.path = path
        self.programs = programs
        self.made: dict[Key, Program] = {}
        self.used: set[Key] = set()


_kept: _Kept | None = None


def cache_dir() -> Path:
    """The knowledge base's cache folder (annotations.knowledge.store.cache_dir), found without importing
    the annotation core: importing it compiles the core's module patterns, before these are read."""
    home = os.environ.get("FINEPRINT_HOME")
    if home:
        return Path(home) / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("fineprint"))


def file_key() -> str:
    """The interpreter's version and the engine's: a program holds for these alone."""
    versions = f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{sys.maxunicode}\0{_CODE}"
    return hashlib.sha256(versions.encode()).hexdigest()[:32]


def _program(pattern: str | bytes, flags: int) -> Program:
    """The engine's program for a pattern, made as `re._compiler.compile` makes it."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    names: dict[str, int] = dict(parsed.state.groupdict)
    numbered: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        numbered[index] = name
    return (
        flags | parsed.state.flags,
        array(_CODE, code).tobytes(),
        parsed.state.groups - 1,
        names,
        tuple(numbered),
    )


def _made(pattern: str | bytes, program: Program) -> re.Pattern[Any]:
    flags, code, groups, names, numbered = program
    return _sre.compile(pattern, flags, array(_CODE, code).tolist(), groups, names, numbered)  # type: ignore[no-any-return]


_plain_compile = re._compiler.compile  # type: ignore[attr-defined]


def _compile(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
    """`re._compiler.compile`, taking a kept program where one is kept."""
    kept = _kept
    if kept is None or not isinstance(pattern, str | bytes) or flags & re.DEBUG:
        return _plain_compile(pattern, flags)  # type: ignore[no-any-return]
    key = (pattern, int(flags))
    program = kept.programs.get(key)
    if program is None:
        program = kept.made[key] = kept.programs[key] = _program(pattern, key[1])
    kept.used.add(key)
    return _made(pattern, program)


def _read(path: Path) -> dict[Key, Program]:
    """The programs the file holds; none when it is missing or unreadable."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


_PROBE = r"(?P<word>\w+)(?<=s)\s*(?:\d{1,3}|[^\W\d])?"


def _engine_agrees() -> bool:
    """Whether a program made here gives the pattern `re` compiles (an interpreter whose `re` works
    otherwise compiles every pattern as before)."""
    try:
        return bool(_made(_PROBE, _program(_PROBE, 0)) == _plain_compile(_PROBE, 0))
    except Exception:
        return False


def use_kept() -> None:
    """From now on, compile each pattern from its kept program where the cache file holds one."""
    global _kept
    if _kept is not None or not _engine_agrees():
        return
    path = cache_dir() / CACHE_NAME.format(key=file_key())
    _kept = _Kept(path, _read(path))
    re._compiler.compile = _compile  # type: ignore[attr-defined]


def keep() -> None:
    """Write the programs made since `use_kept` to the cache file (with those it held), when there are any."""
    kept = _kept
    if kept is None or not kept.made:
        return
    programs = kept.programs
    if len(programs) > MAX_KEPT:
        programs = {key: programs[key] for key in kept.used}
    try:
        kept.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=kept.path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(programs))
            os.replace(temporary, kept.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return  # a read-only or full disk only costs the next start its compilation
    kept.made = {}
