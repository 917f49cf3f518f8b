"""The library: one SQLite file with every article read by URL, its versions, positions and history.

WAL mode lets the app and the command line read while the other writes; `busy_timeout` makes a
writer wait its turn instead of failing; every save is one `BEGIN IMMEDIATE` transaction, so a
process killed half-way leaves the file as it was before that save.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parsers import Article
from parsers.web import Fetched
from tui.library.diff import VersionDiff, diff_annotations
from tui.library.schema import migrate

if TYPE_CHECKING:  # the app opens the library at start; the annotation core loads later
    from annotations import Annotated

LIBRARY_FILE = "library.sqlite3"
BUSY_TIMEOUT_MS = 10_000
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The time now, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def default_library_path() -> Path:
    """$FINEPRINT_HOME/library.sqlite3, else the file in the platform's user data directory."""
    home = os.environ.get("FINEPRINT_HOME")
    if home:
        return Path(home) / LIBRARY_FILE
    from platformdirs import user_data_dir  # imported when asked: the library opens at every start

    return Path(user_data_dir("fineprint")) / LIBRARY_FILE


def timestamp(moment: datetime) -> str:
    """A stored time: ISO 8601 in UTC, to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def show_saved_at(stamp: str) -> str:
    """A stored time as the reader sees it: "2024-05-01 09:30 UTC"."""
    try:
        return datetime.fromisoformat(stamp).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return stamp


def identity(url: str) -> str:
    """The address an article is known by: without its #fragment, which names a place in the page."""
    return url.split("#", 1)[0]


def _digest(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


@dataclass(frozen=True, slots=True)
class SavedVersion:
    """One stored version of an article: what was fetched and what the parser made of it."""

    article_id: int
    version_id: int
    url: str
    final_url: str
    content_type: str | None
    raw: bytes
    fetched_at: str
    article_json: dict[str, Any]
    annotations_json: dict[str, Any]
    parser_version: str


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did: the article's id, its newest version, and the changes when the page changed."""

    article_id: int
    version_id: int
    new_version: bool
    diff: VersionDiff | None = None


@dataclass(frozen=True, slots=True)
class Position:
    """Where the reader left an article: the scroll offset and the selected annotation."""

    scroll_y: float
    annotation_id: str | None
    updated_at: str


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """An article the reader opened, with the last time they did."""

    article_id: int
    url: str
    title: str | None
    opened_at: str


def _connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with the library's pragmas."""
    connection = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    # FULL syncs the write-ahead log at every commit: a saved article survives a crash of the machine too.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


class Library:
    """The library file, shared safely by the app's threads and by other fineprint processes."""

    def __init__(self, path: Path | None = None, clock: Clock = utc_now) -> None:
        self.path = path or default_library_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.clock = clock
        self._lock = threading.RLock()
        self._connection = _connect(self.path)
        try:
            migrate(self._connection)
        except BaseException:
            self._connection.close()
            raise

    def close(self) -> None:
        """Close the file; the library is unusable afterwards."""
        with self._lock:
            self._connection.close()

    def now(self) -> str:
        """The clock's time as stored."""
        return timestamp(self.clock())

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back when it raises."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
            self._connection.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: a consistent view while other processes write."""
        with self._lock:
            self._connection.execute("BEGIN")
            try:
                yield self._connection
            finally:
                self._connection.execute("COMMIT")

    def article_id(self, url_or_id: str | int) -> int | None:
        """The article an address (asked for or redirected to) or a numeric id names, if stored."""
        with self.read() as db:
            return _find(db, url_or_id)

    def save(
        self,
        requested_url: str,
        fetched: Fetched,
        article: Article,
        annotated: Annotated,
        parser_version: str,
    ) -> SaveResult:
        """Store a fetched article; a changed document becomes a new version, the earlier ones kept."""
        from annotations.jsonio import annotated_to_json, article_to_json

        article_data = json.dumps(article_to_json(article), ensure_ascii=False, sort_keys=True)
        annotations = annotated_to_json(annotated)
        raw_digest, article_digest = _digest(fetched.data), _digest(article_data)
        now = self.now()
        with self.write() as db:
            article_id = _find(db, requested_url) or _find(db, fetched.url)
            diff = None
            if article_id is not None:
                latest = db.execute(
                    "SELECT id, raw_digest, article_digest, fetched_at, annotations_json FROM versions"
                    " WHERE article_id = ? ORDER BY id DESC LIMIT 1",
                    (article_id,),
                ).fetchone()
                if latest and (latest[1] == raw_digest or latest[2] == article_digest):
                    # The same document (or the same text in a page whose markup moves): no new version.
                    db.execute("UPDATE articles SET checked_at = ? WHERE id = ?", (now, article_id))
                    _add_urls(db, article_id, requested_url, fetched.url)
                    return SaveResult(article_id, latest[0], False)
                if latest:
                    older = json.loads(latest[4]).get("annotations", [])
                    diff = diff_annotations(older, annotations["annotations"], latest[3])
            else:
                article_id = _insert_article(db, requested_url, fetched.url, now)
            version_id = _insert_version(
                db,
                article_id,
                fetched,
                now,
                (raw_digest, article_digest),
                (article_data, annotations),
                parser_version,
            )
            _index_newest(db, article_id, article, annotated, fetched.url, now)
            _add_urls(db, article_id, requested_url, fetched.url)
        return SaveResult(article_id, version_id, True, diff)

    def latest(self, url_or_id: str | int) -> SavedVersion | None:
        """The newest stored version of an article, by address or id."""
        with self.read() as db:
            article_id = _find(db, url_or_id)
            if article_id is None:
                return None
            row = db.execute(
                f"SELECT {_VERSION_COLUMNS} FROM versions v JOIN articles a ON a.id = v.article_id"
                " WHERE v.article_id = ? ORDER BY v.id DESC LIMIT 1",
                (article_id,),
            ).fetchone()
        return _saved_version(row) if row else None

    def versions(self, article_id: int) -> list[SavedVersion]:
        """Every stored version of an article, oldest first."""
        with self.read() as db:
            rows = db.execute(
                f"SELECT {_VERSION_COLUMNS} FROM versions v JOIN articles a ON a.id = v.article_id"
                " WHERE v.article_id = ? ORDER BY v.id",
                (article_id,),
            ).fetchall()
        return [_saved_version(row) for row in rows]

    def remove(self, article_id: int) -> bool:
        """Delete an article with its versions, position and history; False when there was none."""
        with self.write() as db:
            deleted = db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
            db.execute("DELETE FROM article_text WHERE rowid = ?", (article_id,))
        return deleted > 0

    def save_position(self, url: str, scroll_y: float, annotation_id: str | None) -> bool:
        """Remember where the reader is in a stored article; False when the library does not hold it."""
        with self.write() as db:
            article_id = _find(db, url)
            if article_id is None:
                return False
            db.execute(
                "INSERT INTO positions (article_id, scroll_y, annotation_id, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (article_id) DO UPDATE SET scroll_y = excluded.scroll_y,"
                " annotation_id = excluded.annotation_id, updated_at = excluded.updated_at",
                (article_id, float(scroll_y), annotation_id, self.now()),
            )
        return True

    def position(self, url: str) -> Position | None:
        """Where the reader left a stored article, if they did."""
        with self.read() as db:
            article_id = _find(db, url)
            row = db.execute(
                "SELECT scroll_y, annotation_id, updated_at FROM positions WHERE article_id = ?",
                (article_id,),
            ).fetchone()
        return Position(row[0], row[1], row[2]) if row else None

    def record_opened(self, url: str) -> bool:
        """Add a stored article to the reading history; False when the library does not hold it."""
        with self.write() as db:
            article_id = _find(db, url)
            if article_id is not None:
                db.execute(
                    "INSERT INTO history (article_id, opened_at) VALUES (?, ?)", (article_id, self.now())
                )
        return article_id is not None

    def history(self, limit: int = 100) -> list[HistoryEntry]:
        """Articles opened, most recent first, each once."""
        with self.read() as db:
            rows = db.execute(
                "SELECT a.id, a.url, a.title, max(h.opened_at), max(h.id) AS last FROM history h"
                " JOIN articles a ON a.id = h.article_id GROUP BY a.id ORDER BY last DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [HistoryEntry(row[0], row[1], row[2], row[3]) for row in rows]


_VERSION_COLUMNS = (
    "v.article_id, v.id, a.url, v.final_url, v.content_type, v.raw, v.fetched_at, v.article_json,"
    " v.annotations_json, v.parser_version"
)


def _saved_version(row: tuple[Any, ...]) -> SavedVersion:
    return SavedVersion(
        article_id=row[0],
        version_id=row[1],
        url=row[2],
        final_url=row[3],
        content_type=row[4],
        raw=bytes(row[5]),
        fetched_at=row[6],
        article_json=json.loads(row[7]),
        annotations_json=json.loads(row[8]),
        parser_version=row[9],
    )


def _find(db: sqlite3.Connection, url_or_id: str | int | None) -> int | None:
    """The article id for an address or an id given as a number or a string of digits."""
    if url_or_id is None:
        return None
    if isinstance(url_or_id, int) or url_or_id.isdigit():
        row = db.execute("SELECT id FROM articles WHERE id = ?", (int(url_or_id),)).fetchone()
    else:
        row = db.execute(
            "SELECT article_id FROM article_urls WHERE url = ?", (identity(url_or_id),)
        ).fetchone()
    return int(row[0]) if row else None


def _add_urls(db: sqlite3.Connection, article_id: int, *urls: str) -> None:
    for url in urls:
        db.execute(
            "INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)", (identity(url), article_id)
        )


def _insert_article(db: sqlite3.Connection, url: str, final_url: str, now: str) -> int:
    cursor = db.execute(
        "INSERT INTO articles (url, final_url, first_saved_at, saved_at, checked_at) VALUES (?, ?, ?, ?, ?)",
        (url, final_url, now, now, now),
    )
    return int(cursor.lastrowid or 0)


def _insert_version(
    db: sqlite3.Connection,
    article_id: int,
    fetched: Fetched,
    now: str,
    digests: tuple[str, str],
    data: tuple[str, dict[str, Any]],
    parser_version: str,
) -> int:
    cursor = db.execute(
        "INSERT INTO versions (article_id, fetched_at, final_url, content_type, raw, raw_digest, article_digest,"
        " article_json, annotations_json, parser_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article_id, now, fetched.url, fetched.content_type, fetched.data, *digests, data[0],
         json.dumps(data[1], ensure_ascii=False), parser_version),
    )  # fmt: skip
    return int(cursor.lastrowid or 0)


def _index_newest(
    db: sqlite3.Connection, article_id: int, article: Article, annotated: Annotated, final_url: str, now: str
) -> None:
    """The newest version's title, text and annotations, where the queries look for them."""
    from annotations.jsonio import date_to_json

    meta = article.metadata
    db.execute(
        "UPDATE articles SET final_url = ?, title = ?, published = ?, saved_at = ?, checked_at = ? WHERE id = ?",
        (final_url, meta.title, date_to_json(meta.published), now, now, article_id),
    )
    body = "\n".join(
        ([meta.description] if meta.description else []) + [block.text for block in article.blocks]
    )
    comments = "\n".join(comment.text for comment in article.comments)
    db.execute("DELETE FROM article_text WHERE rowid = ?", (article_id,))
    db.execute(
        "INSERT INTO article_text (rowid, title, body, comments) VALUES (?, ?, ?, ?)",
        (article_id, meta.title or "", body, comments),
    )
    db.execute("DELETE FROM annotations WHERE article_id = ?", (article_id,))
    distinct = set(annotated.summary.penalties)
    db.executemany(
        "INSERT INTO annotations (article_id, annotation_id, kind, text, ref, related_law, amount, currency,"
        " penalty_type, distinct_penalty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, a.id, a.kind, a.text, a.ref, a.related_law, a.amount, a.currency, a.penalty_type,
          int(a.id in distinct)) for a in annotated.annotations],
    )  # fmt: skip
