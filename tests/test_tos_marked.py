"""Lines a page marks as quoted with no lead-in (tos-real-styles-18): a blockquote opening a forum post,
and the "> " lines a reply opens with, on a page whose title names the terms. They are the terms' words
when they bind someone as a clause does; not when they quote a reader above, ask, speak as a poster,
make a statement whose only modal is "will", or sit under someone else's lead-in. Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import quotes_found

from annotations.detectors.tos_blocks import Paragraph
from annotations.detectors.tos_marked import binds_as_clause, marked_span
from parsers.model import Unit

TITLE = "Has anyone read Carta's new terms of use?"


def _page(body: tuple[tuple[str, str], ...], comments: tuple[str, ...] = ()) -> tuple[Unit, ...]:
    """A title, body blocks given as (block kind, text), and comments."""
    blocks = tuple(Unit(f"b{index}", "block", text, kind) for index, (kind, text) in enumerate(body))  # type: ignore[arg-type]
    replies = tuple(Unit(f"c{index}", "comment", text) for index, text in enumerate(comments))
    return (Unit("title", "title", TITLE), *blocks, *replies)


MATCHES = [
    # A blockquote opening the post, then the poster's question.
    (
        _page(
            (
                ("quote", "Couriers may photograph your door to show where a parcel was left."),
                ("paragraph", "Is this normal?"),
            )
        ),
        ["Couriers may photograph your door to show where a parcel was left."],
    ),
    # A reply opening with "> " lines, the reply under them.
    (
        _page(
            (("paragraph", "The update landed on Monday."),),
            ("> You agree that Carta may keep your order history for five years.\n\nFive years is a lot.",),
        ),
        ["You agree that Carta may keep your order history for five years."],
    ),
    # Two marked lines are one quotation; a reply quoting terms wording another reply quoted before.
    (
        _page(
            (("paragraph", "The update landed on Monday."),),
            (
                "> Carta may share your order history\n> with advertising partners.\nThat is new.",
                "> Carta may share your order history\n\nYes, and nobody asked.",
            ),
        ),
        [
            "Carta may share your order history\n> with advertising partners.",
            "Carta may share your order history",
        ],
    ),
]

MATCHES.append(
    # A Japanese board's full-width mark.
    (
        _page(
            (("paragraph", "規約が変わった。"),),
            ("＞当社は、ユーザーの投稿を無償で二次利用できるものとします\nこれはひどい",),
        ),
        ["当社は、ユーザーの投稿を無償で二次利用できるものとします"],
    )
)

MATCHES.append(
    # The reply run into the quoted line by the parser: it starts where a sentence asks.
    (
        _page(
            (("paragraph", "The update landed on Monday."),),
            ("> Carta may share your history with partners. That is new, right?",),
        ),
        ["Carta may share your history with partners."],
    )
)

NO_MATCHES = [
    # A reply quoting the reader above; a poster's own voice; a question; a statement whose only modal is "will".
    _page(
        (("paragraph", "The update landed on Monday."),),
        (
            "You must be kidding me with this update.",
            "> You must be kidding me with this update.\n\nNot kidding.",
        ),
    ),
    _page(
        (("quote", "I may delete my account if this stays."),),
    ),
    _page(
        (("quote", "Can they really keep my orders for five years?"),),
    ),
    _page(
        (("quote", "We will keep working with regulators on these questions."),),
    ),
    # Under someone else's lead-in ending in a colon.
    _page(
        (
            ("paragraph", "A lawyer we asked put it this way:"),
            ("quote", "Users may not waive rights the law gives them."),
        )
    ),
]


@pytest.mark.parametrize(("units", "expected"), MATCHES)
def test_marked_lines_that_bind_are_the_terms(units: tuple[Unit, ...], expected: list[str]) -> None:
    assert quotes_found(units) == expected


@pytest.mark.parametrize("units", NO_MATCHES)
def test_a_reader_s_a_poster_s_or_someone_else_s_lines_are_not(units: tuple[Unit, ...]) -> None:
    assert quotes_found(units) == []


def test_the_span_leaves_the_first_mark_out_and_stops_at_the_reply() -> None:
    unit = Unit("c0", "comment", "> We may share it.\n> With partners.\nThat is new.")
    start, end = marked_span(Paragraph(unit, 0, len(unit.text), "c0")) or (0, 0)
    assert unit.text[start:end] == "We may share it.\n> With partners."
    assert marked_span(Paragraph(Unit("c1", "comment", "No marks here at all."), 0, 21, "c1")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drivers may photograph the delivery location.", True),
        ("We will keep working with regulators.", False),
        ("Critics say users may lose their photos.", False),
        ("Can drivers photograph my door?", False),
    ],
)
def test_binds_as_clause(text: str, expected: bool) -> None:
    assert binds_as_clause(text) is expected


# A thread whose title names no document, where a reply names it only after the marked lines: the lines are
# the document's when they bind in the terms' own wording (tos_bound), not merely with a modal.
def _untitled(*comments: str) -> tuple[Unit, ...]:
    return (
        Unit("title", "title", "Locked out after a year away"),
        Unit("b0", "block", "dana_r"),
        *(Unit(f"c{index}", "comment", text) for index, text in enumerate(comments)),
    )


def test_marked_lines_in_the_terms_own_wording_need_no_title_naming_the_document() -> None:
    units = _untitled(
        "> Nos reservamos el derecho de cerrar las cuentas sin actividad durante un año.\n\n"
        "Lo dice la sección 8 de los términos de uso."
    )
    assert quotes_found(units) == [
        "Nos reservamos el derecho de cerrar las cuentas sin actividad durante un año."
    ]


@pytest.mark.parametrize(
    "comment",
    [
        # Only a modal: with no title naming the document, not enough.
        "> Idle members may ask support to reopen them within a year.\n\nSays section 8 of the terms of use.",
        # Terms wording, but someone says it in the lines.
        "> Support said we may close idle accounts at our discretion.\n\nSo much for the terms of use.",
    ],
)
def test_marked_lines_with_only_a_modal_or_a_speaker_under_an_untitled_thread_are_left_alone(
    comment: str,
) -> None:
    assert quotes_found(_untitled(comment)) == []
