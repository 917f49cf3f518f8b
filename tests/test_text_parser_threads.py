"""Comment headers of forums and comment sections in several languages: what is a header, what is prose."""

from __future__ import annotations

import pytest

from parsers import parse_text
from parsers.text.comments import read_header

BODY = "A headline about a fine for a delivery app\n\nThe regulator fined the app on Monday.\n\n"

# (header line, author, whether it holds the comment's text after the header)
HEADERS = [
    ("prax 5 hours ago", "prax", False),
    ("▲ kestrel 2 hours ago | parent | next [–]", "kestrel", False),
    ("user123 12 points 3 hours ago", "user123", False),
    ("u/lanternjaw · 1d ago", "u/lanternjaw", False),
    ("u/modbot · Mod · 4h", "u/modbot", False),
    ("jens_k · vor 2 Stunden", "jens_k", False),
    ("lucia_mx · hace 3 horas", "lucia_mx", False),
    ("Claire D. · il y a 3 heures", "Claire D.", False),
    ("Renata F. · há 2 dias", "Renata F.", False),
    ("Marcos Lima · 2 horas atrás", "Marcos Lima", False),
    ("kestrel88 wrote:", "kestrel88", False),
    ("Tetsuo a écrit :", "Tetsuo", False),
    ("hanna_b schrieb:", "hanna_b", False),
    ("Post by quill » Sat May 04, 2024 10:12 am", "quill", False),
    ("Beitrag von knut_r » 4. Mai 2024, 10:12", "knut_r", False),
    ("Postby lumenfox » Mon Mar 03, 2025 9:14 am", "lumenfox", False),
    ("Beitragvon knut_r » 4. Mai 2024, 10:12", "knut_r", False),
    ("Messagepar claude_b » lun. 3 mars 2025 09:14", "claude_b", False),
    ("prax 5 hours ago They say the app keeps every route.", "prax", True),
    ("Priscilla Y. wrote: Mine is worse than that.", "Priscilla Y.", True),
    ("quokka_99 (882195) | about a year ago | (#44576667)", "quokka_99", False),
    ("Anonymous Coward | over 2 years ago | (#123)", "Anonymous Coward", False),
    ("Dana Whitfield • 3 years ago", "Dana Whitfield", False),
    ("marlo · 5 hr. ago", "marlo", False),
]


@pytest.mark.parametrize(("line", "author", "with_text"), HEADERS, ids=[row[0] for row in HEADERS])
def test_a_comment_header_names_its_author(line: str, author: str, with_text: bool) -> None:
    """Each family of header is read among comments, with its author and where its text starts."""
    header = read_header(line, None, True)
    assert header is not None and header.author == author
    assert bool(header.text_from) == with_text


# Lines that start with a name or hold an age, but are prose or furniture, never a header.
NOT_HEADERS = [
    "Sales fell 3 years ago",
    "The company said: it will appeal.",
    "It started 5 hours ago and is still going.",
    "Information Commissioner Jane Doe said:",
    "prax 5 hours ago and then again today",
    "Quote from: Forum Rules",
    "We launched 2 years ago",
    "Section 230 says:",
    "Article 17 wrote:",
    "Regulation 2016/679 says:",
]


@pytest.mark.parametrize("line", NOT_HEADERS)
def test_prose_is_no_header_in_the_body(line: str) -> None:
    """Outside the comments none of these is a header; a name that is a sentence's subject never is."""
    assert read_header(line, None, False) is None


@pytest.mark.parametrize(
    "line",
    [
        "Sales fell 3 years ago",
        "The company said: it will appeal.",
        "It said: no.",
        "My brother said: nobody reads these things anyway.",
        "Honestly 10 years ago Nobody cared about any of this.",
        "level 1 · 5 hr. ago",
        "About a year ago | we wrote to them",
        "The fine (2019) | about a year ago",
    ],
)
def test_sentence_subjects_stay_prose_among_comments(line: str) -> None:
    """Among comments too, a sentence whose subject is no name stays text."""
    assert read_header(line, None, True) is None


def test_press_release_quote_does_not_start_the_comments() -> None:
    """ "NAME said:" with a person's name (no handle) in the body stays body: press releases write it."""
    text = BODY + "Jane Doe said:\n\nWe will check every app.\n"
    article = parse_text(text)
    assert article.comments == ()
    assert any(block.text == "Jane Doe said:" for block in article.blocks)


@pytest.mark.parametrize(
    "section",
    ["Kommentare", "5 Kommentare", "Comentarios", "Comentários (3)", "Commentaires", "Leserkommentare"],
)
def test_a_section_named_in_another_language_starts_the_comments(section: str) -> None:
    """A comment section announced in German, Spanish, Portuguese or French holds the comments under it."""
    text = BODY + f"{section}\n\nnora_p · vor 3 Stunden\nDas ist zu wenig.\n\nAntworten | Melden\n"
    article = parse_text(text)
    assert [(comment.author, comment.text) for comment in article.comments] == [
        ("nora_p", "Das ist zu wenig.")
    ]
    assert all(section not in block.text for block in article.blocks)


def test_reply_note_in_another_language_answers_the_named_comment() -> None:
    """ "Antwort an NAME" after a comment starts an answer to NAME's comment, its author unnamed."""
    text = BODY + "Kommentare\n\nnora_p · vor 3 Stunden\nZu wenig.\n\nAntwort an nora_p\nSehe ich auch so.\n"
    comments = parse_text(text).comments
    assert [(c.author, c.parent_id, c.text) for c in comments] == [
        ("nora_p", None, "Zu wenig."),
        (None, "c0", "Sehe ich auch so."),
    ]


def test_same_line_header_keeps_its_text_and_threads_by_indent() -> None:
    """A header with its text on the same line gives the text to the comment; indent still threads."""
    text = (
        BODY + "ada_r 3 hours ago\nFirst point here.\n\n  prax 2 hours ago They say otherwise.\n  And more.\n"
    )
    comments = parse_text(text).comments
    assert [(c.author, c.parent_id, c.text) for c in comments] == [
        ("ada_r", None, "First point here."),
        ("prax", "c0", "They say otherwise. And more."),
    ]


def test_quote_header_answers_the_quoted_author_and_stays_in_the_text() -> None:
    """ "Quote from: NAME" after a comment starts an answer to NAME; the quote line stays in its text."""
    text = (
        BODY
        + "Comments\n\nada_r wrote:\nThe terms changed.\n\nQuote from: ada_r on 3 May 2024\nThe terms changed.\n\nOnly section 4.\n"
    )
    comments = parse_text(text).comments
    assert [(c.author, c.parent_id) for c in comments] == [("ada_r", None), (None, "c0")]
    assert comments[1].text.startswith("Quote from: ada_r on 3 May 2024")
    assert comments[1].text.endswith("Only section 4.")


def test_quoted_wrote_line_under_a_post_header_stays_in_the_post() -> None:
    """ "NAME wrote:" right under a dated post header opens a quotation inside that post."""
    text = (
        BODY
        + "Message par ada_r » 12 mars 2024, 09:40\n\nTrop peu.\n\n"
        + "Message par leo_m » 12 mars 2024, 10:15\n\nada_r a écrit :\nTrop peu.\n\nJe ne crois pas.\n"
    )
    comments = parse_text(text).comments
    assert [(c.author, c.parent_id) for c in comments] == [("ada_r", None), ("leo_m", "c0")]
    assert comments[1].text.startswith("ada_r a écrit :")


@pytest.mark.parametrize("heading", ["Antworten", "Diskussion", "Respuestas"])
def test_an_ambiguous_section_word_alone_stays_a_heading(heading: str) -> None:
    """ "Antworten" (answers) or "Diskussion" alone may head a part of the article: it stays in the body."""
    text = BODY + f"{heading}\n\nThe answers to the questions follow here.\n"
    article = parse_text(text)
    assert any(block.text == heading for block in article.blocks)
    assert article.comments == ()


def test_a_counted_section_word_starts_the_comments() -> None:
    """ "3 Antworten" is a comment count: the comments follow."""
    text = BODY + "3 Antworten\n\nnora_p · vor 3 Stunden\nZu wenig.\n"
    assert [comment.author for comment in parse_text(text).comments] == ["nora_p"]


def test_board_header_with_a_post_count_and_a_reply_arrow() -> None:
    """ "NAME · DATE · 231 Beiträge" is a header; "‣ NAME" is the same author, answering by indent."""
    text = (
        BODY
        + "ada_r · 19.11.2024 08:41 · 231 Beiträge\nZu wenig.\n\n"
        + "  ‣ leo_m · 19.11.2024 09:05 · 5.880 Beiträge\n  Genug.\n"
    )
    comments = parse_text(text).comments
    assert [(c.author, c.parent_id, c.published is not None) for c in comments] == [
        ("ada_r", None, True),
        ("leo_m", "c0", True),
    ]
