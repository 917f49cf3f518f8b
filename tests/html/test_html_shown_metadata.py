"""Metadata the page only shows: dates and bylines next to the headline, graph references, site names."""

from __future__ import annotations

import json
from datetime import date, datetime

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


def test_labelled_date_anywhere_in_the_page() -> None:
    """A date right after a publication label counts even far below the headline."""
    filler = "<p>" + "A long introduction that pushes everything else far from the headline. " * 12 + "</p>"
    body = f"<h1>Fines for data brokers</h1>{filler}<div>Mise en ligne 23 mai 2019</div>" + TEXT
    assert parse(body).metadata.published == date(2019, 5, 23)


def test_labelled_date_split_over_elements_and_no_label_no_date() -> None:
    """A label and its date in two elements are read together; a lone far date is not taken."""
    filler = "<p>" + "A long introduction that pushes everything else far from the headline. " * 12 + "</p>"
    labelled = f"<h1>Fines for data brokers</h1>{filler}<span>Veröffentlicht am:</span> <b>3. März 2021</b>"
    assert parse(labelled + TEXT).metadata.published == date(2021, 3, 3)
    unlabelled = f"<h1>Fines for data brokers</h1>{filler}<span>Stand</span> <b>3. März 2021</b>"
    assert parse(unlabelled + TEXT).metadata.published is None


def test_address_day_corrects_a_zone_shift_and_a_resave() -> None:
    """The dated address wins over a markup date a day before it or months after it, not a few days after."""
    url = "https://news.example.org/2020/02/24/story"

    def published(value: str) -> object:
        head = f'<meta property="article:published_time" content="{value}">'
        return parse(TEXT, head, url).metadata.published

    assert published("2020-02-23T23:30:00+00:00") == date(2020, 2, 24)
    assert published("2021-06-17T10:00:00+02:00") == date(2020, 2, 24)
    assert published("2020-02-27") == date(2020, 2, 27)
    assert published("2020-02-24T09:00:00") == datetime(2020, 2, 24, 9, 0)


def test_dateline_at_the_top_of_the_article_container() -> None:
    """Without a headline, a short date line opening the article's container is its date."""
    body = f"<div><p>2021-10-16 | Botschaft</p>{TEXT}{TEXT}</div>"
    assert parse(body).metadata.published == date(2021, 10, 16)
    no_dateline = f"<div><p>Botschaft</p>{TEXT}{TEXT}</div>"
    assert parse(no_dateline).metadata.published is None


def test_signature_date_closing_the_article_container() -> None:
    """Without any other date, a date line signing off the post is its date; a date inside prose is not."""
    signed = f"<div>{TEXT}{TEXT}<p>Benni</p><p>10. September 2017</p></div>"
    assert parse(signed).metadata.published == date(2017, 9, 10)
    prose = f"<div>{TEXT}{TEXT}<p>{'We will close the office for good on 10. September 2017, as planned. ' * 2}</p></div>"
    assert parse(prose).metadata.published is None


def test_bar_separated_dateline() -> None:
    """A day, month and year set apart by bars read as a dateline; a bar list of numbers does not."""
    body = "<h1>Fines for data brokers</h1><div>26 | 01 | 2022</div>" + TEXT
    assert parse(body).metadata.published == date(2022, 1, 26)
    scores = "<h1>Fines for data brokers</h1><div>Results 3 | 4 | 12 | 2022 | 7</div>" + TEXT
    assert parse(scores).metadata.published is None
