"""Subscriptions and their entries, in the library file: add, list, store a refresh, read and unread."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from parsers.feed import Feed, FeedEntry
from parsers.model import DateValue
from parsers.sanitize import clean_inline, safe_address
from tui.library.store import Library, identity


@dataclass(frozen=True, slots=True)
class FeedSummary:
    """A subscription as listed: where it is, what it is called, how many entries and how many unread."""

    id: int
    url: str
    title: str | None
    entries: int
    unread: int
    site_url: str | None = None
    refreshed_at: str | None = None
    last_error: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The fields `feed list --format json` prints."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "entries": self.entries,
            "unread": self.unread,
        }


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """One entry of a feed as the library keeps it."""

    id: int
    feed_id: int
    title: str | None
    link: str | None
    published: str | None
    read: bool
    feed_title: str | None = None
    authors: tuple[str, ...] = ()
    updated: str | None = None
    language: str | None = None
    content_html: str = ""


def sort_time(value: DateValue) -> str:
    """An entry's place in time for ordering: its date in UTC (a date alone at midnight)."""
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)  # only for ordering: the shown date keeps what the feed said
    return value.astimezone(UTC).isoformat(timespec="seconds")


def _iso(value: DateValue | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else None


_SUMMARY = (
    "SELECT f.id, f.url, f.title, (SELECT count(*) FROM entries e WHERE e.feed_id = f.id),"
    " (SELECT count(*) FROM entries e WHERE e.feed_id = f.id AND e.read_at IS NULL),"
    " f.site_url, f.refreshed_at, f.last_error FROM feeds f"
)
_ENTRY = (
    "SELECT e.id, e.feed_id, e.title, e.link, e.published, e.read_at IS NOT NULL, f.title, e.authors,"
    " e.updated, e.language, e.content_html FROM entries e JOIN feeds f ON f.id = e.feed_id"
)


def _entry(row: tuple[Any, ...]) -> StoredEntry:
    return StoredEntry(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6], tuple(json.loads(row[7])),
                       row[8], row[9], row[10])  # fmt: skip


class FeedStore:
    """The feeds tables of a library."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def add(self, url: str, title: str | None = None) -> tuple[int, bool]:
        """Subscribe to a feed URL; returns its id and whether it is new (an existing one is kept)."""
        url = identity(safe_address(url))
        with self.library.write() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO feeds (url, title, added_at) VALUES (?, ?, ?)",
                (url, clean_inline(title), self.library.now()),
            )
            row = db.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
        return int(row[0]), cursor.rowcount > 0

    def remove(self, feed_id: int) -> bool:
        """Unsubscribe, forgetting the feed's entries; False when there was no such feed."""
        with self.library.write() as db:
            return db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,)).rowcount > 0

    def feeds(self) -> list[FeedSummary]:
        """Every subscription, by title."""
        with self.library.read() as db:
            rows = db.execute(f"{_SUMMARY} ORDER BY lower(coalesce(f.title, f.url)), f.id").fetchall()
        return [FeedSummary(*row) for row in rows]

    def feed(self, feed_id: int) -> FeedSummary | None:
        """One subscription, or None."""
        with self.library.read() as db:
            row = db.execute(f"{_SUMMARY} WHERE f.id = ?", (feed_id,)).fetchone()
        return FeedSummary(*row) if row else None

    def store(self, feed_id: int, feed: Feed) -> int:
        """Store what a refresh read, in one transaction; returns how many entries are new."""
        now = self.library.now()
        with self.library.write() as db:
            db.execute(
                "UPDATE feeds SET title = coalesce(?, title), site_url = ?, format = ?, refreshed_at = ?,"
                " last_error = NULL WHERE id = ?",
                (clean_inline(feed.title), feed.site_url, feed.format, now, feed_id),
            )
            known = {row[0] for row in db.execute("SELECT key FROM entries WHERE feed_id = ?", (feed_id,))}
            for order, entry in enumerate(feed.entries):
                _upsert_entry(db, feed_id, entry, order, now)
        return len({entry.key for entry in feed.entries} - known)

    def record_error(self, feed_id: int, message: str) -> None:
        """Remember why the last refresh of a feed failed."""
        with self.library.write() as db:
            db.execute("UPDATE feeds SET last_error = ? WHERE id = ?", (message, feed_id))

    def entries(self, feed_id: int) -> list[StoredEntry]:
        """A feed's entries, newest first (feed order among entries of the same time)."""
        with self.library.read() as db:
            rows = db.execute(
                f"{_ENTRY} WHERE e.feed_id = ? ORDER BY e.sort_at DESC, e.feed_order, e.id", (feed_id,)
            ).fetchall()
        return [_entry(row) for row in rows]

    def entry(self, entry_id: int) -> StoredEntry | None:
        """One entry with its content, or None."""
        with self.library.read() as db:
            row = db.execute(f"{_ENTRY} WHERE e.id = ?", (entry_id,)).fetchone()
        return _entry(row) if row else None

    def mark_read(self, entry_id: int, read: bool = True) -> None:
        """Mark an entry read (now) or unread."""
        with self.library.write() as db:
            db.execute(
                "UPDATE entries SET read_at = ? WHERE id = ?",
                (self.library.now() if read else None, entry_id),
            )


def _upsert_entry(db: sqlite3.Connection, feed_id: int, entry: FeedEntry, order: int, now: str) -> None:
    """Insert a new entry, or bring a known one up to date (its read mark and first sighting stay).

    An undated entry is placed in time when first seen, and stays there on later refreshes.
    """
    authors = [name for name in (clean_inline(author) for author in entry.authors) if name]
    dated = entry.published or entry.updated
    db.execute(
        "INSERT INTO entries (feed_id, key, title, link, authors, published, updated, language, content_html,"
        " sort_at, feed_order, first_seen_at) VALUES (:feed, :key, :title, :link, :authors, :published, :updated,"
        " :language, :content, coalesce(:sort_at, :now), :order, :now)"
        " ON CONFLICT (feed_id, key) DO UPDATE SET title = excluded.title, link = excluded.link,"
        " authors = excluded.authors, published = excluded.published, updated = excluded.updated,"
        " language = excluded.language, content_html = excluded.content_html,"
        " sort_at = coalesce(:sort_at, entries.sort_at), feed_order = excluded.feed_order",
        {"feed": feed_id, "key": entry.key, "title": clean_inline(entry.title), "link": entry.link,
         "authors": json.dumps(authors, ensure_ascii=False), "published": _iso(entry.published),
         "updated": _iso(entry.updated), "language": clean_inline(entry.language), "content": entry.content_html,
         "sort_at": sort_time(dated) if dated else None, "order": order, "now": now},
    )  # fmt: skip
