"""Searching the library: full text, by law, by penalty within one currency, by date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from library_support import COPPA_ARTICLE, GDPR_ARTICLE, SMALL_GDPR_ARTICLE, open_test_library, save_text

from tui.library.listing import currencies_in_library, laws_in_library, list_articles
from tui.library.query import LibraryQuery, fts_expression, parse_query, resolve_law
from tui.library.store import Library

OFF_TOPIC = """Town library extends its opening hours

By Lee Writer | 1 February 2023

The town library will open on Sundays from next month, the council said. Readers in the comments were pleased.

Comments

Mo says:
February 2, 2023 at 9:12 am

Finally somewhere quiet to read about zeppelins on a Sunday.
"""


@pytest.fixture
def library(isolated_home: Path) -> Library:
    """A library of four articles: two GDPR fines, a COPPA settlement, and one with no annotations."""
    library = open_test_library(isolated_home)
    save_text(library, "http://site.test/gdpr-big", GDPR_ARTICLE)
    save_text(library, "http://site.test/coppa", COPPA_ARTICLE)
    save_text(library, "http://site.test/gdpr-small", SMALL_GDPR_ARTICLE)
    save_text(library, "http://site.test/library", OFF_TOPIC)
    return library


def _urls(library: Library, query: LibraryQuery) -> list[str]:
    return [summary.url.rsplit("/", 1)[1] for summary in list_articles(library, query)]


def test_all_articles_newest_first_with_counts(library: Library) -> None:
    """Without a query every article is listed, the last saved first, with its annotation counts."""
    summaries = list_articles(library)
    assert [s.url.rsplit("/", 1)[1] for s in summaries] == ["library", "gdpr-small", "coppa", "gdpr-big"]
    coppa = summaries[2]
    assert coppa.counts == {"law": 1, "penalty": 2, "tos_quote": 1}
    assert coppa.versions == 1 and coppa.title == "Streaming service settles with the FTC for $12 million"
    assert set(coppa.to_json()) == {"id", "url", "title", "saved_at", "versions", "counts"}


def test_full_text_search_covers_title_body_and_comments(library: Library) -> None:
    """Words are found in titles, bodies and comments; the last word also matches as a prefix."""
    assert _urls(library, LibraryQuery(words="tracking pixels")) == ["gdpr-big"]
    assert _urls(library, LibraryQuery(words="zeppelins")) == ["library"]  # in a comment only
    assert _urls(library, LibraryQuery(words="Streaming")) == ["coppa"]
    assert _urls(library, LibraryQuery(words="zeppel")) == ["library"]
    (hit,) = list_articles(library, LibraryQuery(words="pixels"))
    assert hit.snippet is not None and "pixels" in hit.snippet


@pytest.mark.parametrize(
    "words", ['"', "AND (", "NEAR(a b", "*", "title:x", "a OR", "-", "'; DROP TABLE articles; --"]
)
def test_search_words_are_never_read_as_query_syntax(library: Library, words: str) -> None:
    """Quotes, operators and column filters in the reader's words do not raise; the library stays whole."""
    list_articles(library, LibraryQuery(words=words))
    assert len(list_articles(library)) == 4


def test_by_law_finds_articles_citing_it(library: Library) -> None:
    """law:gdpr lists the two GDPR articles; COPPA the settlement."""
    assert sorted(_urls(library, LibraryQuery(law="gdpr"))) == ["gdpr-big", "gdpr-small"]
    assert _urls(library, LibraryQuery(law="coppa")) == ["coppa"]
    laws = {law_id: count for law_id, _, count in laws_in_library(library)}
    assert laws == {"gdpr": 2, "coppa": 1}


def test_gdpr_fines_largest_first_within_one_currency(library: Library) -> None:
    """Every GDPR fine in EUR, largest first; a USD penalty is never compared with them."""
    summaries = list_articles(library, LibraryQuery(law="gdpr", currency="EUR"))
    assert [(s.url.rsplit("/", 1)[1], s.largest, s.currency) for s in summaries] == [
        ("gdpr-big", 20_000_000, "EUR"),
        ("gdpr-small", 300_000, "EUR"),
    ]
    assert _urls(library, LibraryQuery(currency="USD")) == ["coppa"]
    assert _urls(library, LibraryQuery(law="gdpr", currency="USD")) == []
    assert sorted(_urls(library, LibraryQuery(with_penalty=True))) == ["coppa", "gdpr-big", "gdpr-small"]
    assert dict(currencies_in_library(library)) == {"EUR": 2, "USD": 1}


def test_by_date_uses_the_published_date(library: Library) -> None:
    """since/until compare the article's published day (the saved day when it has none)."""
    assert _urls(library, LibraryQuery(since=date(2024, 4, 1))) == ["gdpr-small", "coppa"]
    assert _urls(library, LibraryQuery(until=date(2023, 12, 31))) == ["library"]
    assert _urls(library, LibraryQuery(since=date(2024, 3, 4), until=date(2024, 3, 4))) == ["gdpr-big"]


def test_a_query_line_names_its_filters() -> None:
    """law:, currency:, since: and until: become filters; the rest are words; nonsense is reported."""
    query, problems = parse_query("fine law:GDPR currency:eur since:2024-01-01 until:2024-12-31 appeal")
    assert query == LibraryQuery(
        words="fine appeal", law="gdpr", currency="EUR", since=date(2024, 1, 1), until=date(2024, 12, 31)
    )
    assert problems == []
    query, problems = parse_query("law:nosuchlaw currency:euros since:yesterday")
    assert query == LibraryQuery()
    assert len(problems) == 3
    assert resolve_law("General Data Protection Regulation") == "gdpr"
    assert resolve_law("coppa") == "coppa"
    assert fts_expression('say "hi"') == '"say" """hi"""*'
    assert fts_expression("   ") is None
