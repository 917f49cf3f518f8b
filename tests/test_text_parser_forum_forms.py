"""Forum and comment-thread shapes the plain-text parser reads: whose date and name is whose.

Each page here is written for the test, after the layout of a real family of pages (named above
each), in our own words.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

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


# A Slashdot story with its comments in the long form: a subject line with the score, then
# "by NAME ( user number ) on DATE (#comment number)", the date sometimes on a line of its own
# (pattern of https://slashdot.org/story/ comment pages).
SLASHDOT = """Watchdog Fines Parcel Firm Over Driver Tracking

Posted by kdawson on Monday June 02, 2025 @09:05AM from the watched-every-mile dept.

A data protection authority fined a parcel company for tracking its drivers' phones after hours.

Re:After hours? (Score:5, Insightful)
by lintbrush ( 2293817 ) on Monday June 02, 2025 @09:40AM (#65400123)

The app kept the GPS on when the shift ended.

Re: (Score:2)
by Anonymous Coward on Monday June 02, 2025 @10:02AM (#65400188)

And nobody read the consent screen.

The fine is the floor, not the ceiling (Score:3, Interesting)
by oldmodem ( 5512 ) writes:
on Monday June 02, 2025 @10:30AM (#65400244) Homepage Journal

Regulators start low and raise it next time.
"""


def test_slashdot_long_comment_headers_give_author_date_and_keep_the_subject() -> None:
    """Each 'by NAME ( N ) on DATE (#N)' opens a comment by NAME; its subject line stays in its text."""
    article = parse_text(SLASHDOT)
    assert [c.author for c in article.comments] == ["lintbrush", "Anonymous Coward", "oldmodem"]
    assert [_day(c.published) for c in article.comments] == [date(2025, 6, 2)] * 3
    assert article.comments[0].text.startswith("Re:After hours? (Score:5, Insightful)")
    assert article.comments[2].text.startswith(
        "The fine is the floor, not the ceiling (Score:3, Interesting)"
    )
    assert article.comments[2].text.endswith("raise it next time.")
    assert article.metadata.authors == ("kdawson",)
    assert not any("lintbrush" in block.text for block in article.blocks)


def test_an_articles_by_on_date_line_opens_no_comment() -> None:
    """'By NAME on DATE' without a user or comment number is an article's byline, not a Slashdot header."""
    text = (
        "A ruling on tracking apps\n\nThe court heard the case last month.\n\nIt was a short hearing.\n\n"
        "By Ann Lee on March 3, 2024\n\nThe judge asked how long the data was kept.\n"
    )
    article = parse_text(text)
    assert article.comments == ()
    assert any(block.text.startswith("By Ann Lee") for block in article.blocks)


# An SMF thread: the first post's name stands right under "Author Topic: … (Read N times)", its
# subject repeats the topic without "Re:"; a reply has a member block (rank, "Posts: N") between
# the name and its subject (pattern of https://www.bay12forums.com/smf/index.php?topic=86726.0).
SMF = """Author Topic: Council fined over leaked rates list  (Read 812 times)
tidewatcher
Council fined over leaked rates list
« on: March 03, 2025, 07:15:40 PM »
The commissioner fined the council after a spreadsheet of ratepayers went out with a newsletter.

ferrybell
Newbie
Posts: 9

Re: Council fined over leaked rates list
« Reply #1 on: March 03, 2025, 08:02:11 PM »
Ratepayers pay that fine in the end.
"""


def test_smf_first_post_and_a_post_under_a_member_block_have_their_authors() -> None:
    """The first post under 'Author Topic:' and a reply under 'NAME / rank / Posts: N' are posts by those names."""
    article = parse_text(SMF)
    assert [c.author for c in article.comments] == ["tidewatcher", "ferrybell"]
    assert [_day(c.published) for c in article.comments] == [date(2025, 3, 3)] * 2
    first, reply = article.comments
    assert first.text.startswith("Council fined over leaked rates list")
    assert "went out with a newsletter" in first.text
    assert reply.text.startswith(
        "Newbie"
    )  # a rank and the member's statistics stay in the post, as on boards
    assert "Re: Council fined over leaked rates list" in reply.text
    assert not any("tidewatcher" in block.text for block in article.blocks)


# A Discourse topic saved as text: each post's handle, the user's title or trust level under it,
# then a short date (pattern of https://community.postcrossing.com/t/forum-user-guide/126/1).
DISCOURSE = """Marketplace app now shares buyer addresses with couriers

lena_k
Regular
Jan 5

The new notice says addresses go to delivery partners. Who are those?

obi.eze
Trust Level 3
Jan 5

They listed four couriers in the help pages, but the notice names none.
"""


def test_discourse_posts_with_a_title_or_trust_level_under_the_handle() -> None:
    """'handle' / 'Regular' / 'Jan 5' opens a post by the handle; the title line stays in its text."""
    article = parse_text(DISCOURSE)
    assert [c.author for c in article.comments] == ["lena_k", "obi.eze"]
    assert [c.date_text for c in article.comments] == ["Jan 5", "Jan 5"]
    assert article.comments[0].text.startswith("Regular")
    assert article.comments[1].text.startswith("Trust Level 3")
    assert article.comments[0].text.endswith("Who are those?")


def test_a_capitalised_word_over_a_title_and_a_date_opens_no_post() -> None:
    """Only a handle opens a post: 'Summary' / 'Key points' / 'Jan 5' in an article stays its text."""
    text = "A notice on couriers\n\nThe body starts here.\n\nSummary\nKey points\nJan 5\n\nThe rest of it.\n"
    article = parse_text(text)
    assert article.comments == ()
    assert any("Summary" in block.text for block in article.blocks)


def test_a_slashdot_story_byline_gives_its_date_and_time_and_keeps_its_department() -> None:
    """'Posted by NAME on DATE @09:05AM from the … dept.': the date and time are read, the line stays."""
    article = parse_text(SLASHDOT)
    assert article.metadata.published == datetime(2025, 6, 2, 9, 5)
    assert article.metadata.authors == ("kdawson",)
    assert article.blocks[0].text.endswith("from the watched-every-mile dept.")


def test_a_byline_time_written_with_an_at_sign_is_read() -> None:
    """Slashdot writes the time after the date as '@9:05PM'; without a department the line is all metadata."""
    text = (
        "Court orders app maker to delete voice clips\n\n"
        "Posted by samzenpus on Tuesday July 08, 2025 @9:05PM\n\n"
        "The order covers recordings kept after users left the service.\n"
    )
    article = parse_text(text)
    assert article.metadata.published == datetime(2025, 7, 8, 21, 5)
    assert article.metadata.authors == ("samzenpus",)
    assert [block.text for block in article.blocks] == [
        "The order covers recordings kept after users left the service."
    ]


# A Discourse topic whose posts show the handle and the user's full name on one line, over the
# date (pattern of https://meta.discourse.org/t/ topic pages saved as text).
DISCOURSE_FULL_NAMES = """Delivery app keeps card numbers after account deletion

hana_okafor Hana Okafor
Feb 12

Support told me the card stays on file for a year after I closed the account.

pjmurray Peter Murray
Feb 12

That is what section 9 of their policy says, yes.

hana_okafor Hana Okafor
Feb 13

Thanks. I asked them to remove it anyway.
"""


def test_a_discourse_handle_with_the_full_name_on_its_line_opens_a_post() -> None:
    """'handle Full Name' over 'Feb 12' opens a post by that user; the name is kept as the line writes it."""
    article = parse_text(DISCOURSE_FULL_NAMES)
    assert [c.author for c in article.comments] == [
        "hana_okafor Hana Okafor",
        "pjmurray Peter Murray",
        "hana_okafor Hana Okafor",
    ]
    assert [c.date_text for c in article.comments] == ["Feb 12", "Feb 12", "Feb 13"]
    assert article.comments[1].text == "That is what section 9 of their policy says, yes."
    assert not any("Hana Okafor" in block.text for block in article.blocks)


def test_a_credit_over_a_date_opens_no_post() -> None:
    """'via Reuters' over a date is a credit: its first word is no handle and does not start the name."""
    text = (
        "Regulator opens inquiry into ride app\n\n"
        "The inquiry follows complaints about location data.\n\n"
        "via Reuters\nFeb 12\n\nThe company said it would cooperate.\n"
    )
    article = parse_text(text)
    assert article.comments == ()
    assert any("via Reuters" in block.text for block in article.blocks)


HEADING_OVER_DATE = """Markets close higher on strong results

Shares rose across the board on Tuesday.

{heading}
{date}

The company reported revenue above forecasts.

Analysts had expected a weaker quarter.
"""


@pytest.mark.parametrize(
    ("heading", "day"),
    [("Q4 Earnings Call", "Feb 12"), ("G7 Summit Recap", "Feb 13"), ("COVID19 Policy Update", "Feb 14")],
)
def test_a_heading_with_a_digit_over_a_short_date_opens_no_post(heading: str, day: str) -> None:
    """A capitalised first word holding a digit ('Q4', 'G7') before capitalised words is a heading's,
    not a handle before a full name: the heading and the text under it stay in the body."""
    article = parse_text(HEADING_OVER_DATE.format(heading=heading, date=day))
    assert article.comments == ()
    assert any(heading in block.text for block in article.blocks)
    assert any("revenue above forecasts" in block.text for block in article.blocks)
