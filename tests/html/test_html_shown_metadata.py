"""Metadata the page only shows: dates and bylines next to the headline, graph references, site names."""

from __future__ import annotations

import json
from datetime import date

from parsers.html.extract import Progress, extract_article
from parsers.model import Article

TEXT = "<p>" + "The regulator asked how long the company keeps location data, and why it does. " * 6 + "</p>"


def parse(body: str, head: str = "", url: str | None = "https://news.example.org/story") -> Article:
    """Parse a page made of `head` and `body`, without the safety net."""
    html = f"<html><head><title>Fines for data brokers</title>{head}</head><body>{body}</body></html>"
    return extract_article(html, url, Progress())


def test_date_line_under_the_headline() -> None:
    """A date standing on its own line under the headline is the publication date."""
    body = "<h1>Fines for data brokers</h1><div>Politik • 02.02.2022</div>" + TEXT
    assert parse(body).metadata.published == date(2022, 2, 2)


def test_short_date_line_beats_a_date_in_the_text() -> None:
    """A day named inside a sentence gives way to a dateline before the headline."""
    body = "<div>08. Februar 2022</div><h1>Fines for data brokers</h1><p>The office that answers questions about the new rules closes on 28. Februar 2022.</p>"
    assert parse(body + TEXT).metadata.published == date(2022, 2, 8)


def test_update_line_is_not_the_publication_date() -> None:
    """ "Updated on" dates are skipped; the written date before them counts."""
    body = "<h1>Fines for data brokers</h1><p>Written: 2023-11-07 / Updated: 2023-11-09</p>" + TEXT
    assert parse(body).metadata.published == date(2023, 11, 7)
    body = "<h1>Fines for data brokers</h1><p>Article mis à jour le 7 janvier 2020.</p>" + TEXT
    assert parse(body, url="https://news.example.org/2018/09/30/story").metadata.published == date(
        2018, 9, 30
    )


def test_headline_matching_the_title_wins_over_a_site_h1() -> None:
    """An <h1> holding the site's name is not the headline; the heading matching the title is."""
    body = "<h1>Ministry portal</h1><nav>Home</nav><h2>Fines for data brokers</h2><p>18.10.2021</p>" + TEXT
    assert parse(body).metadata.published == date(2021, 10, 18)


def test_byline_line_under_the_headline() -> None:
    """A "Von NAME" line under the headline names the author; the headline itself never does."""
    body = "<h1>Fines for data brokers</h1><p>Von Claudia Lindner</p>" + TEXT
    assert parse(body).metadata.authors == ("Claudia Lindner",)
    body = "<h1>Von Daten und Bussen</h1>" + TEXT
    assert parse(body).metadata.authors == ()


def test_author_reference_in_graph_is_resolved() -> None:
    """An author given as {"@id": …} takes the name of the Person node with that id."""
    graph = {
        "@graph": [
            {"@type": "Article", "headline": "Fines for data brokers", "author": {"@id": "#ann"}},
            {"@type": "Person", "@id": "#ann", "name": "Ann Lee"},
        ]
    }
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert parse(TEXT, head).metadata.authors == ("Ann Lee",)


def test_site_name_and_credentials_are_not_authors() -> None:
    """The site's own name is no author; a degree after a name is dropped."""
    head = '<meta name="author" content="example.org"><meta property="og:site_name" content="Example">'
    body = '<h1>Fines for data brokers</h1><p class="byline">By Grant Tinsley, PhD</p>' + TEXT
    assert parse(body, head).metadata.authors == ("Grant Tinsley",)


def test_article_inside_noscript_is_read() -> None:
    """A page drawn by script that keeps its article in <noscript> still has a body."""
    article = parse(f"<h1>Fines for data brokers</h1><noscript>{TEXT}{TEXT}{TEXT}</noscript>")
    assert article.blocks and "location data" in article.blocks[0].text


def test_boilerplate_word_inside_a_post_wrapper_keeps_the_article() -> None:
    """A wrapper named "date-outer" that holds the article's paragraphs is not removed."""
    article = parse(f'<div class="date-outer"><h1>Fines for data brokers</h1>{TEXT}{TEXT}{TEXT}</div>')
    assert article.blocks and "location data" in article.blocks[0].text


def test_comment_text_is_not_a_layout_text_class() -> None:
    """A "text-right" layout cell is not a comment's text; the paragraph is."""
    comment = (
        '<div class="comment" id="comment-1"><div class="small text-right"><a class="reply">Reply</a></div>'
        "<div><p>I asked my bank the same question last week.</p></div></div>"
    )
    article = parse(f'<h1>Fines for data brokers</h1>{TEXT}<div class="comments">{comment}</div>')
    assert [c.text for c in article.comments] == ["I asked my bank the same question last week."]
