"""ToS quotes on English forum, Q&A and tech-news pages, session 44 (tosen44): rows in our own words after real pages.

An excerpt that ends inside a quotation of the terms ("… a TOS that states "We may cancel accounts at any ti") is
the quotation to the text's end; the writer's paragraph that holds it is no passage of the terms, though "we" and
"may" stand in it: they stand inside the quotation (news.ycombinator.com on why sites have terms).
"""

from __future__ import annotations

import pytest

from annotations.detectors.tos_left_open import before_left_open
from tests.tos_support import page_units, quotes_found

HN_TITLE = "Ask: why do sites bother with terms of service?"
HN_ASIDE = "The terms are there to shield the site, not its users. Users have to look out for themselves."
HN_CUT = (
    "Picture a free tool that goes down for a day, and a user who sues over it. Lucky you if your terms of service "
    'say "The tool is offered as-is, with no warranty. We may end the service or close accounts at any ti'
)
HN_CUT_QUOTE = (
    "The tool is offered as-is, with no warranty. We may end the service or close accounts at any ti"
)

LEFT_OPEN_PAGES = [
    # The writer's paragraph under an aside, ending inside the terms' quotation: only the quotation.
    ((HN_ASIDE, HN_CUT), [HN_CUT_QUOTE]),
    # The same paragraph first on the page.
    ((HN_CUT,), [HN_CUT_QUOTE]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), LEFT_OPEN_PAGES)
def test_quotation_left_open_at_the_end(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=HN_TITLE)) == expected


LEFT_OPEN_TEXTS = [
    # Words after a double mark nothing closes are the quotation's.
    ('It is lucky your terms say "We may end the service at any ti', "It is lucky your terms say "),
    ("Your terms say “We may end the service at any ti", "Your terms say "),
    # An inch sign after a digit, an apostrophe and a mark with one word after it open nothing.
    ('We may show ads on the 12" screen in your car.', 'We may show ads on the 12" screen in your car.'),
    ("Let's say we may close it.", "Let's say we may close it."),
    ('We may close it "now', 'We may close it "now'),
]


@pytest.mark.parametrize(("text", "expected"), LEFT_OPEN_TEXTS)
def test_before_left_open(text: str, expected: str) -> None:
    assert before_left_open(text) == expected
