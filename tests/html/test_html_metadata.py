"""Metadata: JSON-LD (@graph, arrays, broken), OpenGraph fallbacks, site names, dates with and without zones."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

from parsers.html.extract import Progress, extract_article
from parsers.model import Article

BODY = "<p>" + "Regulators asked the company how long it keeps location data, and why. " * 6 + "</p>"


def parse(
    head: str, body: str = BODY, url: str | None = "https://news.example.org/2024/03/03/story"
) -> Article:
    """Parse a page made of `head` and `body`, without the safety net."""
    html = f"<html lang='en-GB'><head>{head}</head><body><article>{body}</article></body></html>"
    return extract_article(html, url, Progress())


def ld(value: object) -> str:
    """A JSON-LD script holding `value`."""
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


def test_jsonld_graph_gives_headline_authors_dates_and_publisher() -> None:
    """An article inside @graph is found among WebPage and Organization nodes."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "Page name | Example News"},
            {"@type": "Organization", "name": "Example Org"},
            {
                "@type": "NewsArticle",
                "headline": "Watchdog opens inquiry into ad tracking",
                "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Park"}],
                "datePublished": "2024-03-03T14:05:00+01:00",
                "dateModified": "2024-03-04",
                "publisher": {"@type": "Organization", "name": "Example News"},
            },
        ],
    }
    meta = parse(ld(graph)).metadata
    assert meta.title == "Watchdog opens inquiry into ad tracking"
    assert meta.authors == ("Ann Lee", "Bo Park")
    assert meta.published == datetime(2024, 3, 3, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    assert meta.updated == date(2024, 3, 4)
    assert meta.site_name == "Example News"
    assert meta.language == "en-GB"
    assert meta.page_kind == "article"


def test_jsonld_array_of_types_and_top_level_list() -> None:
    """A top-level array and a list-valued @type still yield the article node."""
    nodes = [{"@type": "BreadcrumbList"}, {"@type": ["ReportageNews", "Article"], "headline": "Field report"}]
    assert parse(ld(nodes)).metadata.title == "Field report"


def test_broken_jsonld_falls_back_to_opengraph() -> None:
    """Unparsable JSON-LD is skipped; OpenGraph fills the fields."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<meta property="og:title" content="Open graph headline">'
        '<meta property="og:site_name" content="Example Times">'
        '<meta property="article:published_time" content="2023-11-02T08:00:00Z">'
        '<meta name="author" content="By Carla Gómez">'
        '<meta property="og:description" content="What the story says.">'
        '<meta property="og:url" content="https://news.example.org/canon">'
        '<meta property="article:tag" content="privacy"><meta property="article:tag" content="ads">'
    )
    meta = parse(head).metadata
    assert meta.title == "Open graph headline"
    assert meta.site_name == "Example Times"
    assert meta.published == datetime(2023, 11, 2, 8, 0, tzinfo=UTC)
    assert meta.authors == ("Carla Gómez",)
    assert meta.description == "What the story says."
    assert meta.canonical_url == "https://news.example.org/canon"
    assert meta.tags == ("privacy", "ads")


def test_trailing_commas_in_jsonld_are_forgiven() -> None:
    """A common authoring slip (a trailing comma) does not lose the metadata."""
    head = '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Comma post",}</script>'
    assert parse(head).metadata.title == "Comma post"


def test_site_name_is_stripped_from_title_tag() -> None:
    """ "Title - Site.com" and "Site | Title" lose the site name."""
    assert parse("<title>Data brokers fined - Example.com</title>").metadata.title == "Data brokers fined"
    head = '<title>Example Times | Data brokers fined</title><meta property="og:site_name" content="Example Times">'
    assert parse(head).metadata.title == "Data brokers fined"


def test_colon_inside_a_headline_is_kept() -> None:
    """A colon is part of the headline, not a site separator."""
    head = "<title>Lounge access: new rules for cheap tickets</title>"
    assert parse(head).metadata.title == "Lounge access: new rules for cheap tickets"


def test_h1_agrees_with_title() -> None:
    """When the <title> holds the h1 plus a suffix, the h1 wins."""
    body = "<h1>Court limits face recognition</h1>" + BODY
    assert parse("<title>Court limits face recognition :: Daily Bugle</title>", body).metadata.title == (
        "Court limits face recognition"
    )


def test_dates_keep_what_the_page_says() -> None:
    """A zone gives an aware datetime, no zone a naive one, no time a date."""
    naive = parse('<meta property="article:published_time" content="2024-01-05T09:30:00">').metadata
    assert naive.published == datetime(2024, 1, 5, 9, 30)
    assert naive.published.tzinfo is None
    day = parse('<meta name="date" content="2024-01-05">').metadata
    assert day.published == date(2024, 1, 5)
    offset = parse('<meta name="pubdate" content="2024-01-05T09:30:00-0500">').metadata
    assert offset.published.utcoffset() == timedelta(hours=-5)


def test_time_element_and_url_dates() -> None:
    """Without metadata, <time datetime> then the address give the date."""
    body = '<p class="meta"><time datetime="2022-02-02T10:00">Feb 2</time></p>' + BODY
    assert parse("", body).metadata.published == datetime(2022, 2, 2, 10, 0)
    assert parse("").metadata.published == date(2024, 3, 3)


def test_byline_in_page_and_rel_author() -> None:
    """A rel=author link names the author when metadata does not."""
    body = '<p class="byline">By <a rel="author" href="/people/dee">Dee Okafor</a></p>' + BODY
    assert parse("", body).metadata.authors == ("Dee Okafor",)


def test_language_from_og_locale_when_no_lang() -> None:
    """og:locale stands in for a missing html lang."""
    html = '<html><head><meta property="og:locale" content="fr_FR"></head><body>' + BODY + "</body></html>"
    assert extract_article(html, None, Progress()).metadata.language == "fr-FR"


def test_url_argument_is_kept_and_canonical_resolved() -> None:
    """Metadata.url is the argument; a relative canonical is resolved against it."""
    meta = parse('<link rel="canonical" href="/2024/03/03/story">').metadata
    assert meta.url == "https://news.example.org/2024/03/03/story"
    assert meta.canonical_url == "https://news.example.org/2024/03/03/story"


def test_author_after_a_label_element() -> None:
    """A name after an "Autor:" label (its tail or the next sibling) is the author, without the agency."""
    page = parse("", BODY + "<p><b>Autor:</b> Peter Maahn/SP-X</p>")
    assert page.metadata.authors == ("Peter Maahn",)
    page = parse("", BODY + "<div><span>Von:</span><br><a href='/p'>Ann Lee</a></div>")
    assert page.metadata.authors == ("Ann Lee",)


def test_byline_class_in_other_languages_and_first_plausible_one() -> None:
    """A French "auteurs" byline counts, and a byline-named element holding only a date is skipped."""
    body = (
        BODY
        + "<span class='auteurs'>juillet 2020</span><span class='auteurs'>par <a href='/auteurs/roy'>Didier Roy</a>, 21 juin 2018</span>"
    )
    assert parse("", body).metadata.authors == ("Didier Roy",)


def _dated_page(lang: str | None, dateline: str, footer: str = "") -> Article:
    """A page with a headline, a numeric dateline under it, and no date in its metadata or address."""
    lang_attribute = f" lang='{lang}'" if lang else ""
    html = (
        f"<html{lang_attribute}><head><title>Council closes the pool</title></head><body><article>"
        f"<h1>Council closes the pool</h1><p class='dateline'>{dateline}</p>{BODY}</article>"
        f"<footer>{footer}</footer></body></html>"
    )
    return extract_article(html, "https://news.example.org/story", Progress())


def test_numeric_dateline_is_read_in_the_order_the_page_settles() -> None:
    """08/09/2023 is August 9 on an American page, 8 September on a German one, and unread on a page that says nothing."""
    assert _dated_page("en-US", "08/09/2023").metadata.published == date(2023, 8, 9)
    assert _dated_page("de", "08/09/2023").metadata.published == date(2023, 9, 8)
    assert _dated_page("en", "08/09/2023").metadata.published is None
    assert _dated_page(None, "08/09/2023").metadata.published is None


def test_another_date_on_the_page_settles_a_numeric_dateline() -> None:
    """A date elsewhere on the page with a part above 12 says which way the dateline goes."""
    page = _dated_page(None, "08/09/2023", "Page last checked 25/11/2023")
    assert page.metadata.published == date(2023, 9, 8)
