"""The library file: saving, versions and their differences, positions, history, removal, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from library_support import COPPA_ARTICLE, GDPR_ARTICLE, open_test_library, save_text

from annotations.jsonio import article_to_json
from parsers import parse
from tui.library.diff import diff_annotations, normalise
from tui.library.schema import MIGRATIONS, SchemaTooNew, migrate
from tui.library.store import Library


def test_a_saved_article_keeps_raw_bytes_parse_and_where_it_came_from(isolated_home: Path) -> None:
    """The raw document, final URL, content type, fetch time, parse, annotations and parser version are kept."""
    library = open_test_library(isolated_home)
    result = save_text(library, "http://site.test/a", GDPR_ARTICLE, final_url="http://site.test/a-final")
    assert result.new_version and result.diff is None
    for address in (
        "http://site.test/a",
        "http://site.test/a-final",
        "http://site.test/a#comments",
        result.article_id,
    ):
        saved = library.latest(address)
        assert saved is not None and saved.article_id == result.article_id
    saved = library.latest("http://site.test/a")
    assert saved is not None
    assert saved.raw == GDPR_ARTICLE.encode("utf-8")
    assert (saved.final_url, saved.content_type) == ("http://site.test/a-final", "text/plain; charset=utf-8")
    assert saved.fetched_at == "2024-06-01T09:01:00+00:00"
    assert saved.parser_version == "test-parser"
    assert saved.article_json == article_to_json(parse(saved.raw, saved.content_type, saved.final_url))
    kinds = [a["kind"] for a in saved.annotations_json["annotations"]]
    assert kinds.count("law") == 3 and kinds.count("penalty") == 3
    assert library.latest("http://site.test/other") is None


def test_an_unchanged_page_adds_no_version_and_a_changed_one_keeps_the_old(isolated_home: Path) -> None:
    """Fetching the same page again keeps one version; a changed page adds one and says what changed."""
    library = open_test_library(isolated_home)
    first = save_text(library, "http://site.test/a", GDPR_ARTICLE)
    again = save_text(library, "http://site.test/a", GDPR_ARTICLE)
    assert not again.new_version and again.version_id == first.version_id
    revised = GDPR_ARTICLE.replace("€5 million", "€7 million").replace("under the GDPR as well", "as well")
    revised += "\nThe FTC also looked at the case under COPPA.\n"
    changed = save_text(library, "http://site.test/a", revised)
    assert changed.new_version and changed.article_id == first.article_id
    versions = library.versions(first.article_id)
    assert [v.raw.decode() for v in versions] == [GDPR_ARTICLE, revised]
    assert changed.diff is not None
    assert [fact.describe() for fact in changed.diff.appeared] == ["law: COPPA"]
    assert [(old.describe(), new.describe()) for old, new in changed.diff.changed] == [
        ("penalty: €5M", "penalty: €7M")
    ]
    assert changed.diff.vanished == ()  # the GDPR is still cited in the title and first paragraph
    assert changed.diff.older_saved_at == versions[0].fetched_at


def test_diff_matches_by_kind_and_normalised_text() -> None:
    """Case, spacing and edge punctuation do not make a quote new; a reworded clause is "changed"."""
    old = [
        {"kind": "tos_quote", "text": "We may use your content to train our models."},
        {"kind": "tos_quote", "text": "You waive any class action."},
        {"kind": "law", "ref": "gdpr", "text": "GDPR"},
        {"kind": "penalty", "text": "$5M", "amount": 5e6, "currency": "USD", "penalty_type": "fine"},
        {"kind": "penalty", "text": "(€4.6M)", "amount": 4.6e6, "currency": "EUR", "conversion_of": "a3"},
    ]
    new = [
        {"kind": "tos_quote", "text": "we may use  your content to train our models"},
        {"kind": "tos_quote", "text": "You waive any class action or jury trial."},
        {"kind": "law", "ref": "gdpr", "text": "General Data Protection Regulation"},
        {
            "kind": "penalty",
            "text": "five million dollars",
            "amount": 5e6,
            "currency": "USD",
            "penalty_type": "fine",
        },
        {"kind": "law", "ref": "coppa", "text": "COPPA"},
    ]
    diff = diff_annotations(old, new, "2024-01-01T00:00:00+00:00")
    assert [fact.text for fact in diff.appeared] == ["COPPA"]
    assert [(a.text, b.text) for a, b in diff.changed] == [
        ("You waive any class action.", "You waive any class action or jury trial.")
    ]
    assert diff.vanished == ()  # the conversion repeats an amount and is not a fact of its own
    assert diff.counts() == "1 appeared, 1 changed"
    assert normalise("  “Hello,  World!” ") == "hello, world"


def test_diff_reports_vanished_clauses() -> None:
    """A clause removed without a similar one in its place vanished."""
    old = [{"kind": "tos_quote", "text": "We sell your data to advertisers."}]
    diff = diff_annotations(old, [], "2024-01-01T00:00:00+00:00")
    assert diff.lines() == ["− terms quote: We sell your data to advertisers."]


def test_positions_and_history_follow_stored_articles(isolated_home: Path) -> None:
    """The reading position and annotation cursor are kept per article; history lists the last opened first."""
    library = open_test_library(isolated_home)
    save_text(library, "http://site.test/a", GDPR_ARTICLE)
    save_text(library, "http://site.test/b", COPPA_ARTICLE)
    assert library.position("http://site.test/a") is None
    assert library.save_position("http://site.test/a", 42.0, "a3")
    assert library.save_position("http://site.test/a", 57.5, "a4")
    position = library.position("http://site.test/a")
    assert position is not None and (position.scroll_y, position.annotation_id) == (57.5, "a4")
    assert not library.save_position("http://site.test/unknown", 1, None)
    for url in ("http://site.test/a", "http://site.test/b", "http://site.test/a"):
        assert library.record_opened(url)
    assert not library.record_opened("http://site.test/unknown")
    history = library.history()
    assert [entry.url for entry in history] == ["http://site.test/a", "http://site.test/b"]
    assert history[0].title == "Regulator fines Acme €20 million under the GDPR"


def test_removing_an_article_removes_its_versions_text_position_and_history(isolated_home: Path) -> None:
    """After remove, no table holds a trace of the article."""
    library = open_test_library(isolated_home)
    saved = save_text(library, "http://site.test/a", GDPR_ARTICLE)
    save_text(library, "http://site.test/a", GDPR_ARTICLE + "\nA late correction.\n")
    library.save_position("http://site.test/a", 3, None)
    library.record_opened("http://site.test/a")
    assert library.remove(saved.article_id)
    assert not library.remove(saved.article_id)
    with library.read() as db:
        for table in (
            "articles",
            "article_urls",
            "versions",
            "annotations",
            "positions",
            "history",
            "article_text",
        ):
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert library.latest("http://site.test/a") is None


def test_the_file_uses_wal_and_records_its_schema_version(isolated_home: Path) -> None:
    """WAL journal, foreign keys, a busy timeout, and every migration recorded once."""
    library = open_test_library(isolated_home)
    with library.read() as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        versions = [row[0] for row in db.execute("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, len(MIGRATIONS) + 1))
    library.close()
    reopened = Library(isolated_home / "library.sqlite3")  # a second open migrates nothing again
    with reopened.read() as db:
        assert db.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)


def test_a_library_from_a_newer_fineprint_is_refused(isolated_home: Path) -> None:
    """A schema version beyond the known migrations is an error, not a silent downgrade."""
    connection = sqlite3.connect(isolated_home / "library.sqlite3", isolation_level=None)
    migrate(connection)
    connection.execute("INSERT INTO schema_version (version) VALUES (?)", (len(MIGRATIONS) + 1,))
    with pytest.raises(SchemaTooNew, match="newer fineprint"):
        migrate(connection)
