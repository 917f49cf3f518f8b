"""Reader comments in plain text: who answers whom, in the thread shapes pages use."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from parsers import parse_text

HEAD = "A title about a settlement here\n\nBy Ann Lee | 4 March 2024\n\nThe body text of the article.\n\n3 Comments\n\n"


def _thread(*comments: tuple[int, str]) -> str:
    """A page whose comments are (indent, header) pairs, each with one line of text under it."""
    parts = [HEAD]
    for number, (indent, header) in enumerate(comments):
        pad = " " * indent
        parts.append(f"{pad}{header}\n\n{pad}Comment number {number} says something.\n\n")
    return "".join(parts)


def _parents(text: str) -> list[str | None]:
    return [comment.parent_id for comment in parse_text(text).comments]


def _said(name: str, day: int = 5) -> str:
    return f"{name} said on March {day}, 2024 at 9:12 am"


def test_flat_comments_answer_nobody() -> None:
    """Comments at one indent are all top level."""
    assert _parents(_thread((2, _said("Ann")), (2, _said("Bo")), (2, _said("Cy")))) == [None, None, None]


def test_indent_nests_and_dedent_returns_to_the_right_level() -> None:
    """A deeper comment answers the nearest shallower one above it; coming back out answers that level's parent."""
    text = _thread(
        (0, _said("Ann")),
        (4, _said("Bo")),
        (8, _said("Cy")),
        (8, _said("Di")),
        (4, _said("Ed")),
        (0, _said("Flo")),
        (4, _said("Gus")),
    )
    assert _parents(text) == [None, "c0", "c1", "c1", "c0", None, "c5"]


def test_a_deep_reply_chain_then_a_top_level_comment() -> None:
    """A chain fifty replies deep threads each under the one before; the next top-level one answers nobody."""
    chain = [(2 * depth, _said(f"Reader{depth}")) for depth in range(50)]
    parents = _parents(_thread(*chain, (0, _said("Zoe"))))
    assert parents == [None] + [f"c{depth}" for depth in range(49)] + [None]


def test_a_reply_that_names_its_target_answers_that_comment() -> None:
    """ "X replied to Y" answers Y's latest comment, whatever the indent."""
    text = _thread(
        (0, "Ann on March 5, 2024 at 9:00 am"),
        (0, "Bo on March 5, 2024 at 9:10 am"),
        (0, "Cy replied to Ann on March 5, 2024 at 9:20 am"),
        (0, "Ann replied to Cy on March 5, 2024 at 9:30 am"),
    )
    assert _parents(text) == [None, None, "c0", "c2"]


def test_a_reply_to_line_sets_the_parent_and_is_not_text() -> None:
    """A "Reply to NAME" line under a header points at NAME's comment and is not part of the text."""
    text = HEAD + (
        "Ann says:\nMarch 5, 2024 at 9:12 am\n\nFirst.\n\n"
        "Bo says:\nMarch 5, 2024 at 9:20 am\n\nSecond.\n\n"
        "Cy says:\nMarch 5, 2024 at 9:30 am\n\nReply to Ann\nThird, for Ann.\n"
    )
    comments = parse_text(text).comments
    assert [comment.parent_id for comment in comments] == [None, None, "c0"]
    assert comments[2].text == "Third, for Ann."


def test_a_reply_verb_without_indent_answers_the_comment_above() -> None:
    """ "X replied:" with no indent and no name answers the previous comment."""
    text = HEAD + "Ann wrote:\n2024-03-05 10:00\n\nFirst.\n\nBo replied:\n2024-03-05 10:05\n\nSecond.\n"
    assert _parents(text) == [None, "c0"]


def test_a_comment_with_no_text_stays_as_a_block() -> None:
    """A comment header with nothing under it is no comment, and its line stays in the article."""
    text = HEAD + _said("Ann") + "\n\nFirst words.\n\n" + _said("Bo") + "\n\nLeave a Reply\n"
    article = parse_text(text)
    assert [comment.author for comment in article.comments] == ["Ann"]
    assert any(block.text == _said("Bo") for block in article.blocks)


def test_text_after_the_comment_form_is_a_block_not_a_comment() -> None:
    """A line after the comment form that no rule names stays in the article, outside the last comment."""
    text = _thread((0, _said("Ann"))) + "Leave a Reply\n\nOur readers write in from forty countries.\n"
    article = parse_text(text)
    assert article.comments[0].text == "Comment number 0 says something."
    assert article.blocks[-1].text == "Our readers write in from forty countries."


def test_a_comments_date_is_read_from_its_header_or_the_line_under_it() -> None:
    """A date on the line under "NAME says:" is the comment's; one in the header keeps its zone."""
    text = (
        HEAD
        + "Ann says:\nMarch 5, 2024 at 9:12 am\n\nFirst.\n\nBo on Sun, 03 Mar 2024 14:05:00 +0100\n\nSecond.\n"
    )
    comments = parse_text(text).comments
    assert [comment.published for comment in comments] == [
        datetime(2024, 3, 5, 9, 12),
        datetime(2024, 3, 3, 14, 5, tzinfo=timezone(timedelta(hours=1))),
    ]
    assert [comment.text for comment in comments] == ["First.", "Second."]


# (header line, the date as the comment keeps it, whether a date could be computed from it)
DATE_TEXTS = [
    ("prax 5 hours ago", "5 hours ago", False),
    ("u/modbot · Mod · 4h", "4h", False),
    ("jens_k · vor 2 Stunden", "vor 2 Stunden", False),
    ("▲ kestrel 2 hours ago | parent | next [–]", "2 hours ago", False),
    ("Mike R. · May 13, 2011 at 10:02 am", "May 13, 2011 at 10:02 am", True),
    ("Post by quill » Sat May 04, 2024 10:12 am", "Sat May 04, 2024 10:12 am", True),
]


@pytest.mark.parametrize(("header", "date_text", "computed"), DATE_TEXTS, ids=[row[0] for row in DATE_TEXTS])
def test_a_comment_keeps_its_date_as_the_header_wrote_it(header: str, date_text: str, computed: bool) -> None:
    """The header's words on when stay on the comment, also when no date can be computed from them."""
    (comment,) = parse_text(HEAD + f"{header}\n\nThe text of the comment.\n").comments
    assert comment.date_text == date_text
    assert (comment.published is not None) == computed


def test_a_date_on_the_line_under_the_header_is_kept_as_written() -> None:
    """ "NAME says:" over a date line: the comment keeps that line's words and the date read from them."""
    (comment,) = parse_text(HEAD + "Ann says:\nMarch 5, 2024 at 9:12 am\n\nFirst.\n").comments
    assert (comment.date_text, comment.published) == ("March 5, 2024 at 9:12 am", datetime(2024, 3, 5, 9, 12))


def test_a_comment_whose_header_says_no_date_has_no_date_text() -> None:
    """ "NAME wrote:" says nothing of when: no date text is made up."""
    (comment,) = parse_text(HEAD + "Ann says:\nFirst of all, no.\n").comments
    assert comment.date_text is None and comment.published is None


def test_lines_of_a_comment_not_wrapped_by_hand_are_paragraphs() -> None:
    """A comment's lines that were not wrapped by hand are paragraphs, as in the body; a line ending in a colon
    leads into the next. Wrapped lines stay one paragraph."""
    long = "The new terms say the app may keep every route you drive for as long as it likes, and share it with partners."
    text = (
        HEAD
        + f"Ann says:\nMarch 5, 2024 at 9:12 am\nQuote\n{long}\nThey wrote:\n{long}\n\nBo says:\nshort line\nwrapped on\n"
    )
    first, second = parse_text(text).comments
    assert first.text == f"Quote\n\n{long}\n\nThey wrote: {long}"
    assert second.text == "short line wrapped on"


def test_a_comment_quoting_a_rule_keeps_its_text() -> None:
    """A commenter quoting a site's rules or a terms footer is no comment policy and no copyright line:
    the comment keeps its text, and the next comment is still read as one."""
    quoted = 'The forum rules now say "doxxing will not be tolerated" yet nothing happens to doxxers.'
    mocked = "We are told to keep it civil while the app sells our uploads."
    footer = 'Their terms end with "all rights reserved" on pictures we took.'
    page = HEAD + "".join(
        f"{name} says:\nMarch 5, 2024 at 9:0{minute} am\n{text}\nReply\n\n"
        for minute, (name, text) in enumerate((("Ann", quoted), ("Bo", mocked), ("Cy", footer)))
    )
    comments = parse_text(page).comments
    assert [(comment.author, comment.text) for comment in comments] == [
        ("Ann", quoted),
        ("Bo", mocked),
        ("Cy", footer),
    ]


def test_a_comment_policy_outside_the_comments_is_dropped() -> None:
    """Under the comment count, before any comment, the policy's sentences are the site's: they go."""
    page = (
        HEAD
        + "Comments are moderated and may not appear immediately.\n\nAnn says:\nMarch 5, 2024 at 9:00 am\nFine by me.\n"
    )
    article = parse_text(page)
    assert [comment.text for comment in article.comments] == ["Fine by me."]
    assert not any("moderated" in block.text for block in article.blocks)


def test_a_comment_that_opens_by_quoting_someone_stays_that_comment() -> None:
    """ "NAME says: text" right under a comment's header, or running on inside its paragraph, is the
    commenter quoting NAME: no new comment by NAME, and the header above keeps its text."""
    first = "Acme says: we never sell shopper data. Sure they don't."
    second = "Funny thing.\nThe FAQ says: data may be shared with partners. Same app."
    page = (
        HEAD
        + f"Ann says:\nMarch 5, 2024 at 9:00 am\n{first}\nReply\n\nBo says:\nMarch 5, 2024 at 9:30 am\n{second}\n"
    )
    comments = parse_text(page).comments
    assert [(comment.author, comment.text) for comment in comments] == [
        ("Ann", first),
        ("Bo", second.replace("\n", " ")),
    ]


def test_a_one_line_header_after_a_blank_line_still_starts_a_comment() -> None:
    """Between comments, "NAME wrote: text" is still a header with the comment's text after it."""
    page = HEAD + "Ann says:\nMarch 5, 2024 at 9:00 am\nFirst point.\n\nkestrel_9 wrote: Second point.\n"
    assert [(c.author, c.text) for c in parse_text(page).comments] == [
        ("Ann", "First point."),
        ("kestrel_9", "Second point."),
    ]


@pytest.mark.parametrize("verb", ["says:", "wrote:"])
def test_back_to_back_one_line_comments_stay_apart(verb: str) -> None:
    """A one-line header ("NAME says: text") right after a line that was one too starts a new comment:
    a thread of one-line comments with no blank lines between them is one comment per line."""
    lines = [
        ("kiri", "I think the fee is far too high for residents."),
        ("Bob", "Agreed, and the meters are broken half the time."),
        ("Carol", "Nobody asked the shop owners either."),
    ]
    page = (
        "Parking fees rise again downtown\n\nThe council voted on Tuesday to raise the fees.\n\nComments\n\n"
        + "\n".join(f"{name} {verb} {text}" for name, text in lines)
        + "\n"
    )
    assert [(c.author, c.text) for c in parse_text(page).comments] == lines


def test_a_comment_with_a_lettered_item_from_a_year_keeps_it() -> None:
    """A commenter's list item "(c) 2021 amendments …" or a sentence opening "Copyright 2019 …" is no
    footer: it stays in the comment, and the comment after it is still read."""
    item = "(c) 2021 amendments lifted the top fine to four per cent of a firm's turnover."
    sentence = "Copyright 2019 is the year the studio rewrote its licence for fan art."
    page = (
        HEAD
        + f"Ann says:\nMarch 5, 2024 at 9:00 am\nThree changes matter:\n{item}\nReply\n\n"
        + f"Bo says:\nMarch 5, 2024 at 9:05 am\n{sentence}\nReply\n"
    )
    comments = parse_text(page).comments
    assert [(comment.author, comment.text) for comment in comments] == [
        ("Ann", f"Three changes matter: {item}"),
        ("Bo", sentence),
    ]


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        # The reply under a quoted line is a paragraph of its own.
        (
            "> we may share your data\nThat is boilerplate.",
            "> we may share your data\n\nThat is boilerplate.",
        ),
        # Several quoted lines run on as one; the reply under them is apart.
        ("> we may share\n> your data\nSo?", "> we may share > your data\n\nSo?"),
        # Lines with no mark run on, and so does a marked line under the poster's own.
        ("short line\nwrapped on", "short line wrapped on"),
        ("As they put it\n> we may share", "As they put it > we may share"),
    ],
)
def test_a_reply_under_quoted_lines_is_its_own_paragraph(lines: str, text: str) -> None:
    """A commenter's reply typed right under the "> " lines it answers starts a paragraph of the comment."""
    assert parse_text(HEAD + f"Ann says:\nMarch 5, 2024 at 9:00 am\n{lines}\n").comments[0].text == text


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        ("> we may share your data with partners\nThat is boilerplate.", ["quote", "paragraph"]),
        ("> we may share your data\n> with partners", ["quote"]),
        ("short line\nwrapped on here", ["paragraph"]),
    ],
)
def test_a_reply_under_quoted_lines_in_the_body_is_a_paragraph(lines: str, kinds: list[str]) -> None:
    """In the body, a line with no mark under "> " lines is no part of the quotation."""
    blocks = parse_text(
        f"A title about a settlement here\n\nThe body text of the article.\n\n{lines}\n"
    ).blocks
    assert [block.kind for block in blocks[1:]] == kinds
