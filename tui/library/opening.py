"""Opening the library at startup: a quick integrity check, and a damaged file moved aside, not lost."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tui.library.store import Clock, Library, default_library_path, utc_now

# SQLite's primary result codes for a file that is no (longer a) sound database.
DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
# Files SQLite keeps beside the database; they belong with it when it is moved aside.
COMPANION_SUFFIXES = ("-wal", "-journal")


@dataclass(frozen=True, slots=True)
class OpenedLibrary:
    """The library, or None when it could not be opened at all, and one sentence for the reader."""

    library: Library | None
    message: str | None = None


def _damage(path: Path) -> str | None:
    """What is wrong with the file, in SQLite's words; None when it is sound or absent."""
    if not path.exists():
        return None
    connection = sqlite3.connect(path, timeout=10)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "").startswith(DAMAGE_CODES):
            return str(error)
        raise
    finally:
        connection.close()
    first = str(rows[0][0]) if rows else "ok"
    return None if first == "ok" else first


def move_aside(path: Path, clock: Clock = utc_now) -> Path:
    """Rename a damaged file (and its write-ahead log) to `<name>.damaged-<time>`; return the new path."""
    stamp = clock().strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    os.replace(path, aside)
    for suffix in COMPANION_SUFFIXES:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    shared_memory = path.with_name(path.name + "-shm")
    shared_memory.unlink(missing_ok=True)  # an index of the log, rebuilt from it on open
    return aside


def open_library(path: Path | None = None, clock: Clock = utc_now) -> OpenedLibrary:
    """Check and open the library; a damaged file is moved aside and a new one started."""
    path = path or default_library_path()
    message = None
    try:
        damage = _damage(path)
        if damage is not None:
            aside = move_aside(path, clock)
            message = (
                f"The library file was damaged ({' '.join(damage.split())[:120]}), so it was moved to {aside}"
                " and a new, empty library was started."
            )
        return OpenedLibrary(Library(path, clock), message)
    except (sqlite3.Error, OSError) as error:
        reason = " ".join(str(error).split())[:160] or type(error).__name__
        return OpenedLibrary(
            None, f"The library at {path} could not be opened ({reason}), so nothing is saved this time."
        )
