"""Lines of real page openings that looked like something else: a post's category line and a digest's
credit line read as comment headers, a lettered list's "(c)" item read as a copyright imprint. Every row
is text written for the test."""

from __future__ import annotations

import pytest
from tests_support import lost_words, word_counts

from parsers import parse_text

_BODY = (
    "Last week a reader asked whether the council may publish the names of people who comment on its "
    "planning notices, and the answer turned out to be longer than either of us expected.\n\n"
    "The council's own guidance says names stay visible for a year, after which they are removed.\n"
)


# A post's category and date, as blog themes print them under the headline: no commenter's header.
CATEGORY_LINES = [
    "In Online media on 3 Dec 2015 at 2:57 pm",
    "In Local news on 14 March 2024 at 9:05 am",
    "Under Planning on 2 May 2023",
    "Filed under Council on 2 May 2023 at 10:00",
]


@pytest.mark.parametrize("line", CATEGORY_LINES)
def test_a_posts_category_line_starts_no_comment(line: str) -> None:
    page = f"Who may see your name on a planning notice\n\n{line}\n\n{_BODY}"
    article = parse_text(page)
    assert article.comments == ()
    assert any("planning notices" in block.text for block in article.blocks)
    category = line.split(" on ")[0]
    assert not lost_words(page, article) & word_counts(category)


# A commenter's header of the same shape still opens a comment, a name with an inner hyphen included.
COMMENTER_LINES = [
    ("Inga Berg on 3 Dec 2015 at 2:57 pm", "Inga Berg"),
    ("In-ho Park on 14 March 2024 at 9:05 am", "In-ho Park"),
]


@pytest.mark.parametrize(("line", "author"), COMMENTER_LINES)
def test_a_commenters_header_of_that_shape_still_opens_a_comment(line: str, author: str) -> None:
    page = (
        f"Who may see your name on a planning notice\n\n{_BODY}\n3 Comments\n\n{line}\n"
        "I asked the same question last year and got no answer at all from the planning office.\n"
    )
    article = parse_text(page)
    assert [comment.author for comment in article.comments] == [author]


# A digest's items, each closed by a credit line: the source, a dash, the writer, a date.
CREDITS = [
    "Courier - Mina Sato | January 15, 2020",
    "ZDNet - Ola Berg | 16 January 2020",
    "HarbourLedgerNews -Security Desk | January 15, 2020",
    # an en dash or an em dash before the writer, and a desk that is no member's rank
    "Courier – Mina Sato | January 15, 2020",
    "ZDNet — Ola Berg | 16 January 2020",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_digests_credit_line_is_no_comment_header(credit: str) -> None:
    page = (
        "Breach Guide\n\nLearn the steps to take after a breach with our guides and stay current on the threats.\n\n"
        "Data Breach Digest\n\n"
        "  • Port app leaked 40,000 parking permits\n"
        "    • An exposed storage bucket held the permit holders' names and plates.\n\n"
        f"      {credit}\n"
        "  • Clinic fined for late breach report\n"
        "    • The regulator fined the clinic €12,000 for reporting three weeks late.\n\n"
        "      Coast Courier - Ola Berg | January 16, 2020\n"
    )
    article = parse_text(page)
    assert article.comments == ()
    assert any("€12,000" in block.text for block in article.blocks)
    source = credit.split("|")[0]
    assert not lost_words(page, article) & word_counts(source)


def test_a_commenters_hyphenated_name_over_a_date_still_opens_a_comment() -> None:
    page = (
        f"Who may see your name on a planning notice\n\n{_BODY}\n2 Comments\n\n"
        "Jean-Luc Moreau | January 15, 2020\n"
        "The same rule applies to licensing notices, as far as I know from my own objection.\n"
    )
    assert [comment.author for comment in parse_text(page).comments] == ["Jean-Luc Moreau"]


# A lettered list's third item under its second: "(c)" is the item's letter, not a copyright mark.
THIRD_ITEMS = [
    ("(b) 2018 Reform Doubled It", "(c) 2021 Amendments Raised The Cap"),
    ("(B) Second Reading In March", "(C) 2022 Committee Report Published"),
]


@pytest.mark.parametrize(("second", "third"), THIRD_ITEMS)
def test_a_lists_third_item_is_no_imprint(second: str, third: str) -> None:
    page = (
        f"How the Data Act's ceiling grew\n\n{_BODY}\n(a) 2015 Original Act Set The Fine\n{second}\n{third}\n"
    )
    article = parse_text(page)
    assert any(block.text == third for block in article.blocks)


def test_a_copyright_line_in_the_footer_is_still_dropped() -> None:
    page = f"How the Data Act's ceiling grew\n\n{_BODY}\n(c) 2021 Harbour Media Group\n"
    article = parse_text(page)
    assert not any("Harbour Media" in block.text for block in article.blocks)


# The second item wrapped over two lines, or leading into sub-items: "(c)" is still the third item, read
# from the nearest line of its run that opens with a list letter.
SECOND_ITEMS = [
    "(b) 2018 Reform Doubled It, after a long campaign by consumer groups in the\nstate legislature",
    "(b) 2018 Reform Doubled It:\n(i) For Controllers\n(ii) For Processors",
    "(b) 2018 Reform Doubled It:\n  (i) For Controllers\n  (ii) For Processors\n  (iii) For Brokers",
]


@pytest.mark.parametrize("second", SECOND_ITEMS)
def test_a_third_item_under_a_long_second_item_is_no_imprint(second: str) -> None:
    third = "(c) 2021 Amendments Raised The Cap"
    page = (
        f"How the Data Act's ceiling grew\n\n{_BODY}\n(a) 2015 Original Act Set The Fine\n{second}\n{third}\n"
    )
    assert any(third in block.text for block in parse_text(page).blocks)


# A "(c)" imprint whose run's nearest list letter is no "(b)", or with a blank line between, is a footer.
FOOTERS_UNDER_LISTS = [
    "(a) 2015 Original Act Set The Fine\nand amended twice since\n(c) 2021 Harbour Media Group",
    "(b) 2018 Reform Doubled It\n(C) 2021 Amendments Raised The Cap\n(c) 2021 Harbour Media Group",
    "(a) 2015 Original Act Set The Fine\n(b) 2018 Reform Doubled It\n\nMore on this story soon.\n(c) 2021 Harbour Media Group",
]


@pytest.mark.parametrize("tail", FOOTERS_UNDER_LISTS)
def test_a_copyright_line_under_a_list_is_still_dropped(tail: str) -> None:
    page = f"How the Data Act's ceiling grew\n\n{_BODY}\n{tail}\n"
    assert not any("Harbour Media" in block.text for block in parse_text(page).blocks)


# Under a comments heading, or under a comment's header, a dash in the name part sets off the commenter's
# place or role: the line opens a comment, no digest's credit.
DASHED_COMMENTERS = [
    ("Comments\n\n", "Ann Lee - Berlin | 3 May 2023", "Ann Lee - Berlin"),
    ("3 Comments\n\n", "Bob Roe -Moderator | 4 May 2023", "Bob Roe -Moderator"),
    (
        "2 Comments\n\nInga Berg | 2 May 2023\nThe office never answered my letter either.\n\n",
        "Ann Lee - Berlin | 3 May 2023",
        "Ann Lee - Berlin",
    ),
    # an en or em dash, then the commenter's role or place and its own separator before the date
    ("Comments\n\n", "Bob Roe – Moderator | 4 May 2023", "Bob Roe – Moderator"),
    ("4 Comments\n\n", "Ann Lee — Berlin · 3 May 2023", "Ann Lee — Berlin"),
    # a member's rank after the dash needs no comments heading: a rank is no digest's writer
    ("", "Bob Roe – Moderator | 4 May 2023", "Bob Roe – Moderator"),
    ("", "Mia Chen – Forum Administrator | 5 hours ago", "Mia Chen – Forum Administrator"),
    # a handle before the dash, a place after it
    ("Comments\n\n", "quietfern — Berlin · 3 May 2023", "quietfern — Berlin"),
]


@pytest.mark.parametrize(("above", "line", "author"), DASHED_COMMENTERS)
def test_a_dashed_commenters_header_in_the_thread_opens_a_comment(above: str, line: str, author: str) -> None:
    page = (
        f"Who may see your name on a planning notice\n\n{_BODY}\n{above}{line}\n"
        "I asked the same question last year and got no answer at all from the planning office.\n"
    )
    article = parse_text(page)
    assert author in [comment.author for comment in article.comments]
    assert not any(line in block.text for block in article.blocks)


# A dated line inside a comment with a dash in it: a timeline's entry, not a commenter with a role or place.
TIMELINE_ENTRIES = [
    "Terms changed – quietly | 3 May 2023",  # lower-case name part and no rank or place after the dash
    "Notice sent – by email | 2 May 2023",
    "Policy rewritten — without notice · 4 May 2023",
    "Ann Lee – quietly | 3 May 2023",  # a name, but the part after the dash is neither a rank nor a place
]


@pytest.mark.parametrize("entry", TIMELINE_ENTRIES)
def test_a_dashed_dated_line_in_a_comment_is_no_header(entry: str) -> None:
    """Inside the thread a 'X – Y | DATE' line opens a comment only when X is a name or handle and Y a
    member's rank or a place: else it is a line of the comment it stands in."""
    page = (
        f"Who may see your name on a planning notice\n\n{_BODY}\nComments\n\n"
        f"Tom Reed | 4 May 2023\nHow it went for me:\n{entry}\nNobody told us anything.\n\n"
        "Ann Lee | 5 May 2023\nThanks for writing it all down.\n"
    )
    article = parse_text(page)
    assert [comment.author for comment in article.comments] == ["Tom Reed", "Ann Lee"]
    assert entry in article.comments[0].text


_POST = (
    "Their retention notice plainly says\nwe may hold your files after you remove them\n"
    "That is not what removing something means.\n\nAnn Lee | 4 May 2023\nAgreed, it reads like an open door.\n"
)
_THREAD = "Tom Reed | 4 May 2023\n" + _POST


@pytest.mark.parametrize("poster", ["Tom Reed | 4 May 2023", "by dustyowl 11 days ago"])
def test_no_line_under_a_posters_line_is_the_title(poster: str) -> None:
    """A page opening on a poster's line ('NAME | DATE', 'by NAME 11 days ago'): the short line under it
    opens the post, never the title, and stays in the text; the next poster's line opens a comment."""
    page = f"{poster}\n{_POST}"
    article = parse_text(page)
    assert article.metadata.title is None
    assert not lost_words(page, article) - word_counts(poster + " 4 May 2023")
    assert "Ann Lee" in [comment.author for comment in article.comments]


@pytest.mark.parametrize("heading", ["Comments", "2 Comments", "Discussion"])
def test_a_thread_under_a_comments_heading_at_the_top_is_comments(heading: str) -> None:
    """A thread saved alone, under its comments heading: the heading is no title, no poster is the
    article's author, and every post is a comment."""
    article = parse_text(f"{heading}\n\n{_THREAD}")
    assert (article.metadata.title, article.metadata.authors) == (None, ())
    assert [comment.author for comment in article.comments] == ["Tom Reed", "Ann Lee"]


def test_a_date_line_at_the_top_still_leaves_the_headline_under_it_the_title() -> None:
    """A date alone names no poster: the headline under it is still the title."""
    page = f"4 May 2023\n\nCouncil keeps planning comments online for a year\n\n{_BODY}"
    assert parse_text(page).metadata.title == "Council keeps planning comments online for a year"
