"""A site's name standing right over the headline, with no blank line between, is not taken for the title.

The pages are written for the test after the opening of news sites saved as text (the masthead
line, then the headline, then the byline or the body), in our own words.
"""

from __future__ import annotations

import pytest

from parsers import parse_text

HEADLINE = "Port authority fined over leaked crew passport scans"
BODY = "\n\nThe port authority must pay a fine after scans of crew passports sat on an open server.\n"


@pytest.mark.parametrize(
    "under",
    ["\nBy Mira Castell | March 3, 2025", "\nMarch 3, 2025", ""],
    ids=["byline", "date", "nothing"],
)
def test_a_capitalised_site_name_over_a_sentence_case_headline_is_a_block(under: str) -> None:
    """'The Harbour Ledger Weekly News' over the headline: the headline is the title, the name stays in the text."""
    article = parse_text("The Harbour Ledger Weekly News\n" + HEADLINE + under + BODY)
    assert article.metadata.title == HEADLINE
    assert article.metadata.description is None
    assert article.blocks[0].text == "The Harbour Ledger Weekly News"


@pytest.mark.parametrize(
    ("top", "title", "description"),
    [
        # A headline over its standfirst, both in sentence case: the first is the title.
        (
            HEADLINE + "\nScans sat open for months, the regulator found\nBy Mira Castell | March 3, 2025",
            HEADLINE,
            "Scans sat open for months, the regulator found",
        ),
        # A long capitalised line is a headline in title case, not a site's name.
        (
            "Port Authority Fined Over Leaked Crew Passport Scans\nScans sat open for months, the regulator found"
            "\nBy Mira Castell | March 3, 2025",
            "Port Authority Fined Over Leaked Crew Passport Scans",
            "Scans sat open for months, the regulator found",
        ),
        # A short title-case headline with a figure is news, not a site's name, even over a sentence-case line.
        (
            "Harbour Agency Fined €4m\nScans sat open for months, the regulator found\nBy Mira Castell | March 3, 2025",
            "Harbour Agency Fined €4m",
            "Scans sat open for months, the regulator found",
        ),
    ],
    ids=["standfirst", "title-case-headline", "short-headline-with-a-figure"],
)
def test_what_is_no_masthead_over_a_headline_keeps_its_fields(top: str, title: str, description: str) -> None:
    """A headline over its standfirst, a long title-case headline, and a short one with a figure keep their fields."""
    metadata = parse_text(top + BODY).metadata
    assert (metadata.title, metadata.description) == (title, description)
