"""Headlines that open on a word a byline opens on, and headlines under a line of running text."""

from __future__ import annotations

import pytest
from tests_support import unit_offsets_hold

from parsers import parse_text

BODY = "The regulator fined the company €5 million under the GDPR, it said on Monday.\n"

# Headlines whose first word is a bare byline word ("Von", "Por", "Di", "Door", "Par", "By") but which
# name nobody: a name, a question word, an adverb or a title-case phrase follows.
PREPOSITION_HEADLINES = [
    "Von der Leyen mahnt Netzwerke",
    "Por qué Spotify cobra más",
    "Di nuovo sanzioni privacy",
    "Door storing betalingen vertraagd",
    "Par souci du détail",
    "Von Amts wegen gesperrt",
    "By Any Means Necessary: Reviewed",
]


@pytest.mark.parametrize("headline", PREPOSITION_HEADLINES)
def test_a_headline_opening_on_a_byline_word_is_the_title(headline: str) -> None:
    """With no date on it, the line is a byline only when what follows the word is a person's name."""
    page = f"{headline}\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.title == headline
    assert article.metadata.authors == ()
    assert unit_offsets_hold(article, page)


@pytest.mark.parametrize("headline", PREPOSITION_HEADLINES)
def test_the_byline_under_such_a_headline_names_the_writer_alone(headline: str) -> None:
    page = f"{headline}\n\nVon Jana Kessler | 14.03.2025\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.title == headline
    assert article.metadata.authors == ("Jana Kessler",)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Ursula Brandt", ("Ursula Brandt",)),
        ("Par Ana de la Vega", ("Ana de la Vega",)),
        ("Door Pieter van den Berg", ("Pieter van den Berg",)),
        ("By J. Ek and Mira Osei", ("J. Ek", "Mira Osei")),
        ("by dustyowl", ("dustyowl",)),
    ],
)
def test_a_dateless_byline_with_a_persons_name_still_names_them(line: str, authors: tuple[str, ...]) -> None:
    page = f"Regulator fines delivery app over tracking\n{line}\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.title == "Regulator fines delivery app over tracking"
    assert article.metadata.authors == authors


HEADLINE = "Regulator fines delivery app over rider tracking"
STANDFIRST = "A watchdog says the app kept following couriers for months after their shifts had ended, and kept every trace."
LONG_BODY = (
    "The regulator fined the company €5 million under the GDPR on Monday, after a complaint from a courier.\n"
)


@pytest.mark.parametrize(
    "above",
    [
        "JavaScript is disabled in this browser, so the comments and the charts on this page will not load.",
        "This article is more than 4 years old, and the rules it describes may have changed since it ran.",
        "Subscribe to our newsletter to get the sharpest privacy reporting delivered every single week.",
    ],
)
def test_a_notice_or_prompt_above_the_headline_does_not_hide_it(above: str) -> None:
    """A notice about the page or a newsletter prompt over the headline is no start of the body."""
    page = f"{above}\n\n{HEADLINE}\n\n{LONG_BODY}"
    article = parse_text(page)
    assert article.metadata.title == HEADLINE
    assert unit_offsets_hold(article, page)


def test_a_notice_about_the_page_stays_in_the_text() -> None:
    above = "This article is more than 4 years old, and the rules it describes may have changed since it ran."
    page = f"{above}\n\n{HEADLINE}\n\n{LONG_BODY}"
    assert [block.text for block in parse_text(page).blocks] == [above, LONG_BODY.strip()]


def test_a_standfirst_printed_above_the_headline_and_again_under_it() -> None:
    """The standfirst over the headline is the same paragraph as under it: the headline is the title, and
    both copies stay."""
    page = f"{STANDFIRST}\n\n{HEADLINE}\n\n{STANDFIRST}\n\n{LONG_BODY}"
    article = parse_text(page)
    assert article.metadata.title == HEADLINE
    assert [block.text for block in article.blocks].count(STANDFIRST) == 2
    assert unit_offsets_hold(article, page)


def test_a_paragraph_over_a_short_line_still_gives_no_title() -> None:
    """A first paragraph not repeated under the line below it is the body: that line is no title."""
    page = f"{STANDFIRST}\n\n{HEADLINE}\n\n{LONG_BODY}"
    assert parse_text(page).metadata.title is None


# A board's first page: the thread's poster, then a reply with its own byline further down.
THREAD = (
    "Example Board home | new | ask\n\nby quietfern 12 days ago\n\nMine too?\n\n"
    "by dustyowl 11 days ago\n\nNo idea, ask the mods.\n"
)
# A byline under two paragraphs of running text: a listing of other threads, or a quoted article's.
LATE_BYLINE = (
    BODY + "\n" + BODY.replace("Monday", "Tuesday") + "\nBy Gaston Ferrand | 6 January 2020\n\n"
    "A later part of the page, a listing of other threads on the board with more words than a title.\n"
)


def test_only_the_first_byline_of_an_untitled_page_names_its_author() -> None:
    """With no title, the poster's byline at the top is the page's; a reply's byline under a line of
    text is not, and both lines stay."""
    article = parse_text(THREAD)
    assert article.metadata.title is None
    assert article.metadata.authors == ("quietfern",)
    assert "by dustyowl 11 days ago" in [block.text for block in article.blocks]


def test_a_byline_under_the_running_text_of_an_untitled_page_names_no_author() -> None:
    """A byline under the body's first paragraphs (a listing, a quoted article) is no header of the page."""
    article = parse_text(LATE_BYLINE)
    assert article.metadata.authors == ()
    assert article.metadata.published is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("posted by quietfern 5 days ago", "quietfern"),
        ("submitted by kx_9 7 hours ago", "kx_9"),
        ("by Jan Ek 3 hours ago", "Jan Ek"),
        ("by J. Ek 2 days ago", "J. Ek"),
        ("Posted by Mira van Dijk 1 year ago", "Mira van Dijk"),
    ],
)
def test_a_poster_and_a_time_counted_back_give_the_name_alone(line: str, author: str) -> None:
    """ "posted by NAME 5 days ago": the name (a handle or one to three words) is the author, and the
    line, whose time is no date, stays in the text."""
    page = f"Example Board home | new | ask\n{line}\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.authors == (author,)
    assert line in " ".join(block.text for block in article.blocks)


def test_a_sentence_with_a_time_counted_back_names_nobody() -> None:
    page = f"Example Board home | new | ask\nby the way 3 days ago it broke\n\n{BODY}"
    assert parse_text(page).metadata.authors == ()
