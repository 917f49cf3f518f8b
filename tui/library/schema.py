"""The library's tables, as numbered migrations applied in order and recorded in `schema_version`."""

from __future__ import annotations

import sqlite3

# Each migration is a tuple of statements run in one transaction; a new release appends one and
# never edits an old one, so every library file reaches the same shape whatever version made it.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        # One row an article (a page the reader opened by URL); its versions hold what was fetched.
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            final_url TEXT NOT NULL,
            title TEXT,
            published TEXT,
            first_saved_at TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            checked_at TEXT NOT NULL
        )""",
        # Every address an article is known by (the one asked for and the one redirected to).
        """CREATE TABLE article_urls (
            url TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
        )""",
        """CREATE TABLE versions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            fetched_at TEXT NOT NULL,
            final_url TEXT NOT NULL,
            content_type TEXT,
            raw BLOB NOT NULL,
            raw_digest TEXT NOT NULL,
            article_digest TEXT NOT NULL,
            article_json TEXT NOT NULL,
            annotations_json TEXT NOT NULL,
            parser_version TEXT NOT NULL
        )""",
        "CREATE INDEX versions_by_article ON versions(article_id, id)",
        # The newest version's annotations, one row each, for the queries by law and by penalty.
        """CREATE TABLE annotations (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            annotation_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            ref TEXT,
            related_law TEXT,
            amount REAL,
            currency TEXT,
            penalty_type TEXT,
            distinct_penalty INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (article_id, annotation_id)
        )""",
        "CREATE INDEX annotations_by_ref ON annotations(kind, ref)",
        "CREATE INDEX annotations_by_amount ON annotations(kind, currency, amount)",
        # Full text of the newest version; rowid is the article id.
        "CREATE VIRTUAL TABLE article_text USING fts5(title, body, comments, tokenize='unicode61 remove_diacritics 2')",
        """CREATE TABLE positions (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            scroll_y REAL NOT NULL,
            annotation_id TEXT,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            opened_at TEXT NOT NULL
        )""",
        "CREATE INDEX history_by_article ON history(article_id)",
    ),
    (
        # Per-article lookups of annotations by kind (counts, penalties of one article) without
        # scanning every annotation of that kind in the library.
        "CREATE INDEX annotations_by_article ON annotations(article_id, kind)",
        # The planner took this one for per-article penalty lookups and scanned every penalty in the
        # currency for each article; every query by amount is per article, so it goes.
        "DROP INDEX IF EXISTS annotations_by_amount",
        # Subscriptions, and the entries their feeds listed (kept after they drop off the feed).
        """CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            site_url TEXT,
            format TEXT,
            added_at TEXT NOT NULL,
            refreshed_at TEXT,
            last_error TEXT
        )""",
        """CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            title TEXT,
            link TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            published TEXT,
            updated TEXT,
            language TEXT,
            content_html TEXT NOT NULL,
            sort_at TEXT NOT NULL,
            feed_order INTEGER NOT NULL,
            first_seen_at TEXT NOT NULL,
            read_at TEXT,
            UNIQUE (feed_id, key)
        )""",
        "CREATE INDEX entries_by_feed ON entries(feed_id, sort_at)",
    ),
)


class SchemaTooNew(sqlite3.DatabaseError):
    """The library file was written by a newer fineprint than this one."""


def schema_version(connection: sqlite3.Connection) -> int:
    """The last migration applied to this file; 0 for a new file."""
    connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(connection: sqlite3.Connection) -> int:
    """Apply every migration the file lacks, each in its own transaction; returns the version reached.

    The version is read again inside the write transaction, so two processes opening a new file at
    once apply each migration exactly once.
    """
    version = schema_version(connection)
    while version < len(MIGRATIONS):
        connection.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(connection)
            if version < len(MIGRATIONS):
                for statement in MIGRATIONS[version]:
                    connection.execute(statement)
                version += 1
                connection.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    if version > len(MIGRATIONS):
        raise SchemaTooNew(
            f"the library was written by a newer fineprint (schema {version}; this one knows {len(MIGRATIONS)})"
        )
    return version
