"""Bylines and cards of real page openings that named no one: a byline with no name before its date ("By |
October 23rd, 2016"), a board member's rank over the date ("Free Member"), and a firm's suffix after its
comma ("Kronenberger Rosenfeld, LLP") read as a second author. Every row is text written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from parsers import parse_text

_TEXT = (
    "The regulator said on Monday that the clinic had failed to protect the files of thousands of "
    "patients who had booked appointments online.\n"
)

NAMELESS_BYLINES = [
    "By | October 23rd, 2016",
    "By January 13, 2007June 19th, 2010Internet Lawyer",
    "By 3 March, 2021",
]


@pytest.mark.parametrize("byline", NAMELESS_BYLINES)
def test_a_byline_with_no_name_gives_no_date_for_an_author(byline: str) -> None:
    article = parse_text(f"Clinic fined over online booking leak\n\n{byline}\n\n{_TEXT}")
    assert article.metadata.authors == ()


MONTH_NAMES = [("By April Ross | 3 March 2021", ("April Ross",)), ("By June Carter", ("June Carter",))]


@pytest.mark.parametrize(("byline", "authors"), MONTH_NAMES)
def test_a_name_that_opens_with_a_months_name_is_still_an_author(
    byline: str, authors: tuple[str, ...]
) -> None:
    assert (
        parse_text(f"Clinic fined over online booking leak\n\n{byline}\n\n{_TEXT}").metadata.authors
        == authors
    )


RANKS = ["Free Member", "Well-known member", "Silver badge", "Site Admin", "Forums Administrator"]


@pytest.mark.parametrize("rank", RANKS)
def test_a_members_rank_over_the_date_is_no_author_and_no_title(rank: str) -> None:
    title = "Right to be forgotten - deleting posts that are part of a thread"
    page = f"{title}\n\nmarsh_owl\n\n{rank}\nApr 5, 2018\n{_TEXT}"
    article = parse_text(page)
    assert (article.metadata.title, article.metadata.authors) == (title, ())
    assert any(block.text.startswith(rank) for block in article.blocks)


def test_a_name_over_the_date_is_still_the_author() -> None:
    page = f"Clinic fined over online booking leak\n\nMara Lindqvist\n12 March 2025\n\n{_TEXT}"
    assert parse_text(page).metadata.authors == ("Mara Lindqvist",)


FIRMS = [
    ("By Kronenberger Rosenfeld, LLP", ("Kronenberger Rosenfeld, LLP",)),
    ("By Harbour Lane, LLC", ("Harbour Lane, LLC",)),
    ("By Ann Lee, Esq.", ("Ann Lee, Esq",)),
    ("By Ann Lee, Bob Roe", ("Ann Lee", "Bob Roe")),
]


@pytest.mark.parametrize(("byline", "authors"), FIRMS)
def test_a_firms_suffix_after_its_comma_is_part_of_its_name(byline: str, authors: tuple[str, ...]) -> None:
    assert (
        parse_text(f"Clinic fined over online booking leak\n\n{byline}\n\n{_TEXT}").metadata.authors
        == authors
    )


# A byline's label, a separator and a date, with no name: the date is the article's, no one is named.
DATED_NAMELESS_BYLINES = [
    ("By | October 23rd, 2016", date(2016, 10, 23)),
    ("By · 3 May 2023", date(2023, 5, 3)),
    ("Von | 14. März 2024", date(2024, 3, 14)),
]


@pytest.mark.parametrize(("byline", "published"), DATED_NAMELESS_BYLINES)
def test_a_nameless_bylines_date_is_the_articles(byline: str, published: date) -> None:
    article = parse_text(f"Clinic fined over online booking leak\n\n{byline}\n\n{_TEXT}")
    assert article.metadata.authors == ()
    assert article.metadata.published == published
    assert article.metadata.title == "Clinic fined over online booking leak"


# No date after the separator, or a sentence opening with "By" and a date: no date is read from the line.
NOT_NAMELESS_BYLINES = ["By | Staff Desk", "By October 23rd, 2016 the retention rule had been struck down."]


@pytest.mark.parametrize("line", NOT_NAMELESS_BYLINES)
def test_a_line_with_no_nameless_bylines_date_gives_none(line: str) -> None:
    article = parse_text(f"Clinic fined over online booking leak\n\n{line}\n\n{_TEXT}")
    assert article.metadata.published is None


# A credit of a comment header's shape, a person's name, a separator and a calendar day, under the title or
# under the title's standfirst: the article's writer and date, and the text under it the article's body.
_STANDFIRST = "Our review keeps a record of every policy change so readers do not have to.\n\n"
CREDITS = [
    ("", "Mira Osei | March 3, 2024", ("Mira Osei",), date(2024, 3, 3)),
    (_STANDFIRST, "Mira Osei | March 3, 2024", ("Mira Osei",), date(2024, 3, 3)),
    (_STANDFIRST, "Jonas van Berg · 3 May 2023", ("Jonas van Berg",), date(2023, 5, 3)),
]


@pytest.mark.parametrize(("standfirst", "credit", "authors", "published"), CREDITS)
def test_a_name_and_date_credit_under_the_title_is_the_byline(
    standfirst: str, credit: str, authors: tuple[str, ...], published: date
) -> None:
    article = parse_text(f"Clinic fined over online booking leak\n\n{standfirst}{credit}\n\n{_TEXT}")
    assert article.metadata.authors == authors
    assert article.metadata.published == published
    assert article.comments == ()
    assert article.blocks[-1].text == _TEXT.strip()


# A handle, an age or a digest's source is no writer's credit: the line opens a comment, as before, or
# stays text; and the same credit under the body's paragraphs is a comment's header.
NOT_CREDITS = [
    (_STANDFIRST, "pdxgreg | 2 May 2023"),
    (_STANDFIRST, "Mira Osei | 5 hours ago"),
    (_STANDFIRST, "Courier - Mira Osei | March 3, 2024"),
    (f"{_TEXT}\nComments\n\n", "Mira Osei | March 3, 2024"),
]


@pytest.mark.parametrize(("above", "line"), NOT_CREDITS)
def test_a_handle_an_age_or_a_thread_gives_no_byline(above: str, line: str) -> None:
    article = parse_text(
        f"Clinic fined over online booking leak\n\n{above}{line}\nI had the same letter from them.\n"
    )
    assert article.metadata.authors == ()
