"""Board posts whose author and date stand on lines of their own: member blocks and post number lines."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from test_text_parser_words import lost_words

from parsers import parse_text
from parsers.text import read_text
from parsers.text.board_words import MEMBER_LINE, NUMBER_OVER_AUTHOR, SMF_POST_LINE
from parsers.text.posts import author_under

TOP = "Is the new roaming fee legal under the telecom rules?\n\n"

MEMBER_PAGE = (
    TOP
    + "petra_v\nSenior Member\nJoined 3 Feb 2019 · Messages 2,117\n"
    + "They added a fee of 4 euros a day and called it a service charge.\n\n"
    + "Olu Bankole\nJoined: Jan 2021 Posts: 88\n"
    + "The regulator fined another carrier for the same trick last year.\n\n"
    + "kaito.m\nModerator\nRegistriert seit: 12.03.2016 · Beiträge: 231\n12.05.2024\n"
    + "Please keep the thread on the fee itself.\n"
)


def test_a_member_block_opens_a_post_and_names_its_author() -> None:
    """The name over a member's statistics is the post's author and a date under them its date; the rank and
    the statistics say more than who and when, so they stay in the post's text, each a paragraph."""
    reading = read_text(MEMBER_PAGE)
    comments = reading.article.comments
    assert [c.author for c in comments] == ["petra_v", "Olu Bankole", "kaito.m"]
    assert comments[0].text == (
        "Senior Member\n\nJoined 3 Feb 2019 · Messages 2,117\n\n"
        "They added a fee of 4 euros a day and called it a service charge."
    )
    assert comments[2].published == date(2024, 5, 12) and comments[2].date_text == "12.05.2024"
    assert comments[2].text.endswith("Please keep the thread on the fee itself.")
    assert [reading.ledger[number].name for number in (2, 11)] == ["comment header", "comment header"]
    assert lost_words(MEMBER_PAGE) == []


SMF_PAGE = (
    TOP
    + "gearloose\nRe: Is the new roaming fee legal?\n« Reply #2 on: June 11, 2014, 09:02:17 AM »\n"
    + "Only if it is in the contract you signed.\n\n"
    + "mira\n« Reply #3 on: June 12, 2014, 10:00:00 AM »\nIt is in clause 9.\n"
)


def test_an_smf_post_keeps_its_subject_and_reads_its_number_line_as_its_date() -> None:
    """The author above the subject, the date from the number line; the subject stays the post's first words."""
    comments = parse_text(SMF_PAGE).comments
    assert [c.author for c in comments] == ["gearloose", "mira"]
    assert comments[0].published == datetime(2014, 6, 11, 9, 2, 17)
    assert comments[0].text == (
        "Re: Is the new roaming fee legal?\n\n« Reply #2 on: June 11, 2014, 09:02:17 AM »\n\n"
        "Only if it is in the contract you signed."
    )
    assert comments[1].text == "« Reply #3 on: June 12, 2014, 10:00:00 AM »\n\nIt is in clause 9."
    assert lost_words(SMF_PAGE) == []


NUMBER_PAGE = (
    TOP
    + "Reply #1 · posted 2025-Mar-4, 9:12 pm AEST\n\nkerrigan_nsw writes...\n\n"
    + "The fee is in the price list, not the contract.\n\n"
    + "Reply #2\nDEV_Halvard [developer]\nWe are taking the fee out next month.\n\n"
    + "Reply #3 · posted 2025-Mar-5, 7:51 am AEST · ref: whrl.pl/Rgx41a\n\nqldmike writes...\n\nGood.\n"
)


def test_a_post_number_takes_its_author_from_the_line_under_it() -> None:
    """ "Reply #1 · posted DATE" over "NAME writes...", and a bare "Reply #2" over the name: both posts get their author.

    The number line says more than who and when, so it stays in the post's text.
    """
    comments = parse_text(NUMBER_PAGE).comments
    assert [(c.author, c.text) for c in comments] == [
        (
            "kerrigan_nsw",
            "Reply #1 · posted 2025-Mar-4, 9:12 pm AEST\n\nThe fee is in the price list, not the contract.",
        ),
        ("DEV_Halvard", "Reply #2\n\nWe are taking the fee out next month."),
        ("qldmike", "Reply #3 · posted 2025-Mar-5, 7:51 am AEST · ref: whrl.pl/Rgx41a\n\nGood."),
    ]
    assert comments[0].date_text == "2025-Mar-4, 9:12 pm AEST"
    assert lost_words(NUMBER_PAGE) == []


QUOTE_PAGE = (
    TOP
    + "petra_v\nSenior Member\nJoined 3 Feb 2019 · Messages 2,117\nThe fee is 4 euros a day.\n\n"
    + "Olu Bankole\nMember\nJoined 5 Jan 2021 · Messages 88\n"
    + "petra_v said:\nThe fee is 4 euros a day.\nClick to expand...\n\nThat is more than the data costs.\n"
)


def test_a_quotation_with_an_expander_stays_in_the_post_that_quotes_it() -> None:
    """ "NAME said:" over a quotation that ends in "Click to expand..." is no new post: it stays in the quoting one."""
    reading = read_text(QUOTE_PAGE)
    comments = reading.article.comments
    assert [c.author for c in comments] == ["petra_v", "Olu Bankole"]
    assert "petra_v said: The fee is 4 euros a day." in comments[1].text
    assert comments[1].text.endswith("That is more than the data costs.")
    assert comments[1].parent_id == comments[0].id
    assert reading.ledger[12].name == "quote-expander"
    assert lost_words(QUOTE_PAGE) == []


MEMBER_LINES = [
    "Joined 14 Mar 2016 · Messages 3,412",
    "Joined: Jan 2016 Posts: 1,234",
    "Registriert seit: 12.03.2016 · Beiträge: 231",
    "Joined Mar 14, 2016",
]
NOT_MEMBER_LINES = [
    "Joined the company in 2016 as counsel.",
    "Registered users: 12",
    "Joined forces · 2 firms",
]


@pytest.mark.parametrize("line", MEMBER_LINES)
def test_member_statistics_lines(line: str) -> None:
    """A member's statistics line in the forms boards print."""
    assert MEMBER_LINE.match(line)


@pytest.mark.parametrize("line", NOT_MEMBER_LINES)
def test_prose_with_member_words_is_no_statistics_line(line: str) -> None:
    """A sentence that starts with "Joined" or "Registered" is no member's statistics, and opens no post."""
    page = TOP + f"olu\n{line}\nThe fee is 4 euros a day.\n"
    assert parse_text(page).comments == ()


@pytest.mark.parametrize(
    ("line", "pattern"),
    [
        ("« Reply #2 on: June 11, 2014, 09:02:17 AM »", SMF_POST_LINE),
        ("« Antwort #4 am: 11. Juni 2014, 09:02:17 »", SMF_POST_LINE),
        ("« on: June 11, 2014, 09:02:17 AM »", SMF_POST_LINE),
        ("Reply #1 · posted 2025-Mar-4, 9:12 pm AEST · ref: whrl.pl/Rgx41a", NUMBER_OVER_AUTHOR),
        ("Reply #12", NUMBER_OVER_AUTHOR),
    ],
)
def test_post_number_lines(line: str, pattern: object) -> None:
    """The post number lines of SMF, Whirlpool and Steam threads."""
    assert pattern.match(line)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "line",
    ["Reply #3 is the one to read.", "See reply #2 on the fee", "on: the fee", "Reply to the fee notice"],
)
def test_prose_naming_a_reply_is_no_post_number(line: str) -> None:
    """A sentence about a reply opens no post."""
    page = TOP + f"{line}\nThe fee is 4 euros a day.\n"
    assert parse_text(page).comments == ()


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("kerrigan_nsw writes...", "kerrigan_nsw"),
        ("DEV_Halvard [developer]", "DEV_Halvard"),
        ("Olu Bankole wrote:", "Olu Bankole"),
        ("brisket_bob", "brisket_bob"),
        ("The fee is 4 euros a day.", None),
        ("Thanks for the tip", None),
        ("It says:", None),
    ],
)
def test_the_author_under_a_post_number(line: str, author: str | None) -> None:
    """The line under a post number names its author only when it is a name, maybe with a verb or a role."""
    assert author_under(line) == author


@pytest.mark.parametrize(
    "line",
    [
        "Joined " + "1" * 5000,
        "Joined " + " ·" * 5000,
        "« Reply #1 on: " + ":" * 5000,
        "Reply #1" + " · x" * 3000,
        "-" * 20000,
    ],
)
def test_hostile_board_lines_parse(line: str) -> None:
    """Long runs of the characters the board patterns read are parsed, and their words kept."""
    page = TOP + f"olu\n{line}\nThe fee is 4 euros a day.\n"
    assert lost_words(page) == []


INVISION_PAGE = (
    TOP
    + "petra_v\nPosted 3 May 2022\nThey added a fee of 4 euros a day.\n\n"
    + "mod_ashby (Moderator)\nPosted 3 May 2022\nThe fee is in the price list.\n\n"
    + "petra_v\nPosted 4 May 2022\nThanks, found it.\n"
)


def test_a_handle_over_a_posted_line_opens_a_post() -> None:
    """An Invision board's user name (maybe with a role) over "Posted DATE" is a post's author and date."""
    article = parse_text(INVISION_PAGE)
    assert article.metadata.title == "Is the new roaming fee legal under the telecom rules?"
    assert [(c.author, c.published, c.text) for c in article.comments] == [
        ("mod_ashby (Moderator)", date(2022, 5, 3), "The fee is in the price list."),
        ("petra_v", date(2022, 5, 4), "Thanks, found it."),
    ]
    assert article.comments[1].date_text == "Posted 4 May 2022"
    assert lost_words(INVISION_PAGE) == []


def test_a_listing_of_titles_over_posted_lines_stays_blocks() -> None:
    """A title over "Posted DATE" on an archive page is no user name: the page has no comments."""
    page = (
        TOP
        + "Roaming Fees Explained\nPosted 3 May 2022\nWhat the rules say.\n\n"
        + "Privacy Update\nPosted 4 May 2022\nA new notice.\n"
    )
    assert parse_text(page).comments == ()
    assert lost_words(page) == []


# Paragraphs below the title, past the lines where a date is the article's own.
PREAMBLE = "".join(f"The carriers were told in May, point {number}.\n\n" for number in range(8))


@pytest.mark.parametrize(
    ("handle", "date_line", "published"),
    [
        ("lena_k", "Jan 5", None),
        ("kx_9", "2h", None),
        ("mira.s", "Mar '23", None),
        ("oskar", "March 5, 2024", date(2024, 3, 5)),
        ("u/lantern_jaw", "5 hr. ago", None),
    ],
)
def test_a_handle_over_a_date_line_opens_a_post(handle: str, date_line: str, published: date | None) -> None:
    """Discourse-like threads: a handle alone over its date ("Jan 5", "2h"); the date stays as written."""
    page = (
        TOP
        + f"{PREAMBLE}{handle}\n{'· ' if handle.startswith('u/') else ''}{date_line}\nThe fee is 4 euros a day.\n"
    )
    (comment,) = parse_text(page).comments
    assert (comment.author, comment.date_text, comment.published) == (handle, date_line, published)
    assert lost_words(page) == []


@pytest.mark.parametrize(
    ("name", "date_line"),
    [
        ("Photo", "March 5, 2024"),
        ("Update", "2h"),
        ("Roaming Fees", "Jan 5"),
        ("the", "Jan 5"),
        ("fee", "Jan 5 2024 onwards"),
    ],
)
def test_a_word_over_a_date_is_no_post_unless_it_is_a_handle(name: str, date_line: str) -> None:
    """A capitalised word, a sentence word or a date line that says more opens no post."""
    page = TOP + f"{PREAMBLE}{name}\n{date_line}\nThe fee is 4 euros a day.\n"
    assert parse_text(page).comments == ()


def test_a_reddit_reply_under_its_depth_line_opens_a_post() -> None:
    """ "level 2" is dropped as furniture and says how deep the reply stands; the handle under it, over
    "· 5 hr. ago", is the reply's author."""
    page = (
        TOP
        + PREAMBLE
        + "level 1\nlena_k\n· 6 hr. ago\nThe fee is new.\n\nlevel 2\nkx_9\n· 5 hr. ago\nIt is.\n"
    )
    comments = parse_text(page).comments
    assert [(c.author, c.date_text, c.text) for c in comments] == [
        ("lena_k", "6 hr. ago", "The fee is new."),
        ("kx_9", "5 hr. ago", "It is."),
    ]
    assert comments[1].parent_id == comments[0].id
    assert lost_words(page) == []


PHPBB_PAGE = (
    TOP
    + "Postby petra_v » Tue Jun 11, 2024 9:02 am\n\nOnly if it is in the contract you signed.\n\nTop\n\n"
    + "Postby mira » Tue Jun 11, 2024 10:15 am\n\nIt is in clause 9, under fees.\n\nTop\n"
)


def test_a_boards_top_link_under_each_post_is_furniture() -> None:
    """phpBB prints "Top" under every post: neither post's text ends in it, and the ledger names the rule."""
    reading = read_text(PHPBB_PAGE)
    comments = reading.article.comments
    assert [(c.author, c.text) for c in comments] == [
        ("petra_v", "Only if it is in the contract you signed."),
        ("mira", "It is in clause 9, under fees."),
    ]
    assert [entry.name for entry in reading.ledger.values() if entry.name == "board-top-link"] == [
        "board-top-link",
        "board-top-link",
    ]
