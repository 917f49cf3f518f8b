"""Lines of real page openings over the headline that were read as the title: a breadcrumb with arrows,
a notice that the browser is old, a tagline of a whole sentence and more. Every row is text written for
the test."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from parsers import parse_text
from parsers.model import Article

_WORD = re.compile(r"\w+")

_BODY = (
    "Last week a reader asked whether the council may publish the names of people who comment on its "
    "planning notices, and the answer turned out to be longer than either of us expected.\n\n"
    "The council's own guidance says names stay visible for a year, after which they are removed.\n"
)


def _kept(article: Article) -> Counter[str]:
    metadata = article.metadata
    parts = [metadata.title or "", metadata.description or "", " ".join(metadata.authors)]
    parts += [block.text for block in article.blocks]
    parts += [f"{comment.text} {comment.author or ''}" for comment in article.comments]
    return Counter(word.casefold() for word in _WORD.findall(" ".join(parts)))


def _lost(page: str, article: Article) -> Counter[str]:
    return Counter(word.casefold() for word in _WORD.findall(page)) - _kept(article)


# Breadcrumbs with arrows, ASCII or not: navigation, never the title.
ARROW_CRUMBS = [
    "当前位置: 首页 -> 学术资源 -> 部门行政法学 -> 正文",
    "You are here: Home → Insights → Data Protection",
]


@pytest.mark.parametrize("crumb", ARROW_CRUMBS)
def test_an_arrow_breadcrumb_is_no_title(crumb: str) -> None:
    page = f"{crumb}\n\n{_BODY}"
    assert parse_text(page).metadata.title != crumb


def test_a_headline_with_an_arrow_is_still_the_title() -> None:
    page = f"Privacy -> Profit: Regulators Push Back on Ad Tech\n\n{_BODY}"
    assert parse_text(page).metadata.title == "Privacy -> Profit: Regulators Push Back on Ad Tech"


# A notice that the browser is old, over the headline: the headline is the title, the notice stays.
BROWSER_NOTICES = [
    "Your browser is out-of-date!",
    "Your browser is not supported!",
    "Please update your browser now",
]


@pytest.mark.parametrize("notice", BROWSER_NOTICES)
def test_a_browser_notice_is_no_title(notice: str) -> None:
    page = f"{notice}\n\nCouncil Fined Over Published Objectors' Names\n\n{_BODY}"
    article = parse_text(page)
    assert article.metadata.title == "Council Fined Over Published Objectors' Names"
    assert not _lost(page, article)


def test_a_headline_about_old_browsers_is_still_the_title() -> None:
    page = f"Your Browser Is Out of Date, and That Is a Privacy Risk\n\n{_BODY}"
    assert parse_text(page).metadata.title == "Your Browser Is Out of Date, and That Is a Privacy Risk"


# A tagline: a whole sentence of a paragraph's length, then more words after its stop.
def test_a_tagline_with_a_sentence_and_more_is_no_title() -> None:
    tagline = (
        "A weekly letter, sent every Sunday morning, that looks closely at the rulings and fines we cover "
        "and at the people behind them. See all issues"
    )
    page = f"{tagline}\n\n{_BODY}"
    article = parse_text(page)
    assert article.metadata.title != tagline
    assert not _lost(page, article)


SHORT_SENTENCE_TITLES = [
    "Meta fined €1.2bn. What it means for you",
    "Regulators fine the U.S. Postal Service unit over tracking pixels on its forms",
]


@pytest.mark.parametrize("title", SHORT_SENTENCE_TITLES)
def test_a_headline_with_a_short_sentence_or_an_abbreviation_is_still_the_title(title: str) -> None:
    assert parse_text(f"{title}\n\n{_BODY}").metadata.title == title
