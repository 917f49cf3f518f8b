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


@pytest.mark.parametrize(
    "under",
    ["\nBy Mira Castell | March 3, 2025", "\nMarch 3, 2025", ""],
    ids=["byline", "date", "nothing"],
)
def test_a_short_title_case_headline_over_its_standfirst_stays_the_title(under: str) -> None:
    """'Council Approves New Budget' over a sentence-case standfirst has a masthead's shape but no masthead
    word and stands nowhere else on the page: it is the headline, and the line under it no title."""
    top = "Council Approves New Budget\nCity leaders back spending plan after long debate"
    article = parse_text(top + under + "\n\nThe council voted seven to two for the plan on Monday night.\n")
    assert article.metadata.title == "Council Approves New Budget"
    assert not any(block.text == "Council Approves New Budget" for block in article.blocks)


@pytest.mark.parametrize(
    "footer",
    ["© 2025 The Harbour Front Voice. All rights reserved.", "The Harbour Front Voice"],
    ids=["copyright", "alone"],
)
def test_a_site_name_repeated_in_the_footer_is_a_block(footer: str) -> None:
    """A name with no masthead word ('The Harbour Front Voice') is still the site's when the footer names it."""
    article = parse_text("The Harbour Front Voice\n" + HEADLINE + BODY + "\nAbout us\n" + footer + "\n")
    assert article.metadata.title == HEADLINE
    assert article.blocks[0].text == "The Harbour Front Voice"


STANDFIRST = "A columnist asks where the paper's readers went and why they left"
COLUMN_BODY = "\n\nThe paper lost half of its readers in ten years, its owner said on Monday.\n"


@pytest.mark.parametrize("headline", ["Why Nobody Reads The Times", "Nobody Trusts Local News"])
@pytest.mark.parametrize(
    ("under", "description"),
    [("\nBy Mira Castell | March 3, 2025", STANDFIRST), ("\nMarch 3, 2025", STANDFIRST), ("", None)],
    ids=["byline", "date", "nothing"],
)
def test_a_title_case_headline_ending_in_a_masthead_word_over_its_standfirst_stays_the_title(
    headline: str, under: str, description: str | None
) -> None:
    """'Nobody Trusts Local News' ends as mastheads do, but the line under it is running prose, articles
    and all, as a standfirst is and a headline seldom is: the first line is the title, the second its
    standfirst (a paragraph of the body when no byline or date marks the header)."""
    article = parse_text(f"{headline}\n{STANDFIRST}{under}{COLUMN_BODY}")
    assert (article.metadata.title, article.metadata.description) == (headline, description)
    assert [block.text for block in article.blocks][: 2 if description is None else 1] == (
        [STANDFIRST] if description is None else []
    ) + ["The paper lost half of its readers in ten years, its owner said on Monday."]


@pytest.mark.parametrize(
    "lower",
    [
        "\n\nMore from this section\nCouncil Approves New Budget\nSchools Reopen After Long Storm\n",
        "\n\nYou are reading\nCouncil Approves New Budget\nCity leaders back spending plan after long debate\n",
        "\n\nThe council meets again in May to set the rates.\nCouncil Approves New Budget\n"
        "Schools Reopen After Long Storm\n",
    ],
    ids=["list-of-headlines", "headline-with-its-standfirst", "after-the-body"],
)
def test_a_headline_repeated_lower_on_the_page_stays_the_title(lower: str) -> None:
    """A headline standing again among other headlines or over its standfirst is a teaser or a repeat,
    not a site's name in a footer: the line at the top is still the title, the line under it the standfirst."""
    top = "Council Approves New Budget\nCity leaders back spending plan after long debate"
    article = parse_text(
        top + "\nBy Ann Lee | March 3, 2025\n\nThe council voted seven to two on Monday night." + lower
    )
    assert article.metadata.title == "Council Approves New Budget"
    assert article.metadata.description == "City leaders back spending plan after long debate"


def test_a_masthead_over_a_headline_stays_in_the_text_when_a_footer_names_it_among_links() -> None:
    """The footer's short links around the name ('About us', 'Contact') leave it the site's name."""
    page = "The Harbour Front Voice\n" + HEADLINE + BODY + "\nAbout us\nThe Harbour Front Voice\nContact\n"
    article = parse_text(page)
    assert article.metadata.title == HEADLINE
    assert article.blocks[0].text == "The Harbour Front Voice"


def test_a_page_repeating_its_first_line_thousands_of_times_is_read_once_through() -> None:
    """Hostile: the top line stands again on 20,000 lines below, each among others of its kind; each
    repeat is weighed once, by its two neighbours, and the line at the top stays the title."""
    top = (
        "Council Approves New Budget\nCity leaders back spending plan after long debate\n\nThe council voted."
    )
    article = parse_text(top + "\n\nCouncil Approves New Budget\nSchools Reopen After Long Storm" * 20_000)
    assert article.metadata.title == "Council Approves New Budget"
