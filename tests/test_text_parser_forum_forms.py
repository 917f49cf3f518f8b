"""Forum and comment-thread shapes the plain-text parser reads: whose date and name is whose.

Each page here is written for the test, after the layout of a real family of pages (named above
each), in our own words.
"""

from __future__ import annotations

from datetime import date

from parsers import parse_text


def _day(value: object) -> date | None:
    """The calendar day of a parsed date value, whatever its type."""
    if value is None:
        return None
    return value.date() if hasattr(value, "date") and callable(value.date) else value  # type: ignore[return-value]


# A short blog post whose first comment's date stands within a few lines of the title
# (pattern of https://naavi.org/wp/is-rs-1-crore-fine-on-indian-bank-a-sufficient-deterrant).
SHORT_POST = """Bank regulator fines a small lender again

The central bank fined a co-operative lender for weak cyber controls, the third such order this year.

Meena R says:
April 2, 2025 at 10:15 am
Small fines, same lapses, every year.
"""


def test_a_comment_date_under_the_body_is_not_the_articles() -> None:
    """A date below the first paragraph of the body belongs to the comment under it, not to the article."""
    article = parse_text(SHORT_POST)
    assert article.metadata.published is None
    assert [comment.author for comment in article.comments] == ["Meena R"]
    assert _day(article.comments[0].published) == date(2025, 4, 2)


def test_a_date_under_a_standfirst_is_still_the_articles() -> None:
    """Title, one standfirst paragraph, then the date line: that date is the article's."""
    text = (
        "Regulator fines lender over cyber lapses\n\n"
        "A co-operative bank must pay for controls it never put in place, the regulator said.\n\n"
        "April 2, 2025\n\nThe order follows an inspection last year.\n"
    )
    assert _day(parse_text(text).metadata.published) == date(2025, 4, 2)


def test_a_byline_with_an_unread_date_still_names_the_author_under_a_standfirst() -> None:
    """'By NAME | DATE UHR | Lesezeit' under a standfirst names the author though its date does not read."""
    text = (
        "Behörde verhängt Bußgeld gegen Händler\n\n"
        "Kameras filmten zwei Jahre lang die Pausenräume. Jetzt soll der Händler zahlen.\n\n"
        "Von Petra Lange | 14.03.2025, 11:20 Uhr | Lesezeit: 4 Min.\n\n"
        "Die Aufsichtsbehörde hat am Freitag ein Bußgeld verhängt.\n"
    )
    assert parse_text(text).metadata.authors == ("Petra Lange",)
