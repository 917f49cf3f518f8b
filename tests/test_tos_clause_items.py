"""A set-off clause list whose lines the parser joined into one paragraph ("10.1 You grant … 10.2 Zoomly may
…"), one span per clause with its marker outside; and the paragraph after a set-off clause that is the
writer's, not more of the clause, when it speaks only of "users" and binds nobody (tos-real-styles-18).
Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.tos_blocks import Paragraph
from annotations.detectors.tos_items import clause_items, headed_items
from annotations.detectors.tos_mentions import Page
from parsers.model import Unit

TITLE = "Zoomly rewrites its terms of service"


def _items(text: str) -> list[str]:
    unit = Unit("b0", "block", text, "paragraph")
    return [text[start:end] for start, end in clause_items(Paragraph(unit, 0, len(text), "body"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "10.1 You grant Zoomly a licence to your content. 10.2 Zoomly may sublicense it. 10.3 You waive moral rights.",
            [
                "You grant Zoomly a licence to your content.",
                "Zoomly may sublicense it.",
                "You waive moral rights.",
            ],
        ),
        (
            "7.1 We may suspend your account if: (a) you resell bookings; (b) you lie to us; or (c) a court orders it.",
            [
                "We may suspend your account if:",
                "you resell bookings;",
                "you lie to us; or",
                "a court orders it.",
            ],
        ),
        (
            "1. You must be 16.\n2. You must use your real name.",
            ["You must be 16.", "You must use your real name."],
        ),
        # Japanese and Korean markers right before the clause, after a full stop with or without a space.
        (
            "1.当社は投稿を保存できます。 2.会員は編集を承諾します。",
            ["当社は投稿を保存できます。", "会員は編集を承諾します。"],
        ),
        (
            "① 회사는 사진을 쓸 수 있습니다. ② 회원은 이에 동의합니다.",
            ["회사는 사진을 쓸 수 있습니다.", "회원은 이에 동의합니다."],
        ),
        # One clause only; no marker at the start; a bare number after a full stop is no marker.
        ("4.2 We may close accounts that stay unused for two years.", []),
        ("We may close accounts. 2. Nothing else changes.", []),
        ("1. Users must be 13. 18 year olds need no consent from a parent.", []),
    ],
)
def test_a_joined_clause_list_is_one_span_per_clause(text: str, expected: list[str]) -> None:
    assert _items(text) == expected


def test_the_clauses_under_a_lead_in_are_found_one_by_one() -> None:
    units = page_units(
        "The new section 10 of the terms says:",
        "10.1 You grant Zoomly a worldwide licence to your content. 10.2 Zoomly may sublicense that licence.",
        title=TITLE,
    )
    assert quotes_found(units) == [
        "You grant Zoomly a worldwide licence to your content.",
        "Zoomly may sublicense that licence.",
    ]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("Users on the company's forum were not impressed.", []),  # the writer, speaking of users
        (
            "Users may opt out in their settings at any time.",
            ["Users may opt out in their settings at any time."],
        ),
        (
            "This includes the audio and the chat of your meetings.",
            ["This includes the audio and the chat of your meetings."],
        ),
    ],
)
def test_a_paragraph_after_a_set_off_clause_goes_on_only_in_the_terms_voice(
    after: str, expected: list[str]
) -> None:
    units = page_units(
        "Zoomly updated its terms of service. The key passage now reads:",
        "We may use recordings of your meetings to train our models, and you grant us a licence to do so.",
        after,
        title=TITLE,
    )
    clause = (
        "We may use recordings of your meetings to train our models, and you grant us a licence to do so."
    )
    assert quotes_found(units) == [clause, *expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "「ミナトーク」利用規約第9条(投稿の利用) 1.当社は投稿を保存できます。 2.会員は編集を承諾します。",
            ["当社は投稿を保存できます。", "会員は編集を承諾します。"],
        ),
        (
            "Zoomly Terms of Service, section 4 4.1 You keep your content. 4.2 We may host it.",
            ["You keep your content.", "We may host it."],
        ),
        # A heading that is a sentence; one that names no document; someone speaking in it.
        ("The terms changed in May. 1. You keep your content. 2. We may host it.", []),
        ("Meeting notes, week 4 1. Budget is fine. 2. Hiring is paused.", []),
        ("A lawyer on the terms of service 1. You keep your content. 2. We may host it.", []),
    ],
)
def test_a_heading_that_names_the_document_hands_over_to_its_numbered_clauses(
    text: str, expected: list[str]
) -> None:
    unit = Unit("b0", "block", text, "paragraph")
    found = headed_items(Paragraph(unit, 0, len(text), "body"), Page(True, None))
    assert ([text[start:end] for start, end in found[1]] if found else []) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "From the new terms of use: 1. We may share your order history. 2. We may keep your data for ten years. Not great.",
            ["We may share your order history", "We may keep your data for ten years"],
        ),
        # A numbered list after a colon that names no document, or someone else's.
        ("My plan for the week: 1. We may go hiking. 2. We may visit the coast.", []),
        ("A lawyer on the new terms of use: 1. You may lose data. 2. You may lose money.", []),
    ],
)
def test_a_numbered_list_after_a_colon_naming_the_document(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == expected


# Under a lead-in, a paragraph of quoted clauses (the parser joins their lines) goes on past a word inside another clause that would name a speaker
# outside it ("a public official", "says"): the clauses' words are the document's, not someone speaking.
@pytest.mark.parametrize(
    ("clauses", "expected"),
    [
        (
            "(a) “post threats against any person”; (b) “pretend to be a public official”; and "
            "(c) “sell accounts”.",
            ["post threats against any person", "pretend to be a public official", "sell accounts"],
        ),
        (
            "“share posts that a spokesperson says are private”; “sell accounts”.",
            ["share posts that a spokesperson says are private", "sell accounts"],
        ),
    ],
)
def test_quoted_clauses_under_a_lead_in_hold_words_that_name_speakers(
    clauses: str, expected: list[str]
) -> None:
    units = page_units("Zoomly's community guidelines list what members may not do:", clauses, title=TITLE)
    assert quotes_found(units) == expected


def test_quoted_lines_after_a_lead_in_are_left_to_a_speaker_outside_them() -> None:
    clauses = "(a) “post threats against any person”; and (b) “sell accounts”, the moderator added."
    units = page_units("Zoomly's community guidelines list what members may not do:", clauses, title=TITLE)
    assert "sell accounts" not in quotes_found(units)
