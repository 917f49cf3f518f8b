"""The library file under stress: a writer killed mid-save, two writers at once, a damaged file at start."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from library_support import GDPR_ARTICLE, open_test_library, save_text

from tui.library.opening import open_library
from tui.library.store import Library

ROOT = Path(__file__).resolve().parents[2]
# A writer that saves articles of a few megabytes in a loop, saying when each save starts and ends.
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from annotations import Annotated
    from parsers.fetch import Fetched
    from parsers.model import Article, Block, Metadata
    from tui.library.store import Library

    library = Library(Path(sys.argv[1]))
    prefix, count, size = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    if sys.stdin.readline().strip() != "go":
        sys.exit(3)
    for number in range(count):
        unit = f"{prefix} article {number} "
        body = (unit * (size // len(unit) + 1))[:size]
        article = Article(Metadata(title=f"{prefix} {number}"), (Block("b0", "paragraph", body[:5000]),))
        url = f"http://site.test/{prefix}/{number}"
        print(f"begin {number}", flush=True)
        library.save(url, Fetched(body.encode(), url, "text/plain"), article, Annotated(), "test")
        print(f"saved {number}", flush=True)
    print("done", flush=True)
    """
)


def _writer(path: Path, prefix: str, count: int, size: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), prefix, str(count), str(size)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def test_a_writer_killed_mid_save_loses_nothing_saved_before(isolated_home: Path) -> None:
    """SIGKILL during the seventh save of 1 MB articles: the file passes integrity_check, six are whole."""
    path = isolated_home / "library.sqlite3"
    Library(path).close()
    writer = _writer(path, "big", 50, 1_000_000)
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write("go\n")
    writer.stdin.flush()
    saved = []
    for line in writer.stdout:
        if line.startswith("saved"):
            saved.append(int(line.split()[1]))
        if line.startswith("begin 6"):
            writer.send_signal(signal.SIGKILL)  # in the middle of writing the seventh article
            break
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    assert saved == [0, 1, 2, 3, 4, 5]
    assert _integrity(path) == "ok"
    library = Library(path)
    for number in saved:
        version = library.latest(f"http://site.test/big/{number}")
        assert version is not None and len(version.raw) == 1_000_000
        assert version.raw.startswith(f"big article {number} ".encode())
    with library.read() as db:
        stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stored in (6, 7)  # the seventh is there whole or not at all


def test_two_processes_saving_at_once_lose_nothing(isolated_home: Path) -> None:
    """Two writers start together and save 25 articles each; all 50 are in the library afterwards."""
    path = isolated_home / "library.sqlite3"
    Library(path).close()
    writers = [_writer(path, prefix, 25, 20_000) for prefix in ("left", "right")]
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0 and out.strip().endswith("done")
    library = Library(path)
    with library.read() as db:
        urls = {row[0] for row in db.execute("SELECT url FROM articles")}
    assert urls == {f"http://site.test/{prefix}/{n}" for prefix in ("left", "right") for n in range(25)}
    assert _integrity(path) == "ok"


def _damage_a_page(path: Path, table: str) -> None:
    """Overwrite the root page of a table with garbage, as a failing disk might."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes((7 * i) % 251 for i in range(page_size)))


def test_a_damaged_file_is_moved_aside_and_a_new_library_started(isolated_home: Path) -> None:
    """A damaged page is found at start; the file is kept beside the new one and the reader told."""
    path = isolated_home / "library.sqlite3"
    library = open_test_library(isolated_home)
    for number in range(5):
        save_text(library, f"http://site.test/{number}", GDPR_ARTICLE + f"\nNote {number}.\n")
    library.close()
    _damage_a_page(path, "articles")
    opened = open_library(path)
    assert opened.library is not None and opened.message is not None
    assert opened.message.startswith("The library file was damaged")
    (aside,) = isolated_home.glob("library.sqlite3.damaged-*")
    assert str(aside) in opened.message and aside.stat().st_size > 0
    assert opened.library.latest("http://site.test/0") is None
    save_text(opened.library, "http://site.test/new", GDPR_ARTICLE)
    assert _integrity(path) == "ok"


def test_a_file_that_is_no_database_is_moved_aside(isolated_home: Path) -> None:
    """Garbage where the library should be is treated as damage, not as a crash."""
    path = isolated_home / "library.sqlite3"
    path.write_bytes(b"this is not an sqlite file at all, just text " * 200)
    opened = open_library(path)
    assert opened.library is not None and opened.message and "damaged" in opened.message
    assert len(list(isolated_home.glob("library.sqlite3.damaged-*"))) == 1


def test_a_sound_file_opens_without_a_message(isolated_home: Path) -> None:
    """The check says nothing about a healthy library."""
    library = open_test_library(isolated_home)
    save_text(library, "http://site.test/a", GDPR_ARTICLE)
    library.close()
    opened = open_library(isolated_home / "library.sqlite3")
    assert opened.message is None and opened.library is not None
    assert opened.library.latest("http://site.test/a") is not None
