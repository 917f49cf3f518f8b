"""Bylines and cards of real page openings that named no one: a byline with no name before its date ("By |
October 23rd, 2016"), a board member's rank over the date ("Free Member"), and a firm's suffix after its
comma ("Kronenberger Rosenfeld, LLP") read as a second author. Every row is text written for the test."""

from __future__ import annotations

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
