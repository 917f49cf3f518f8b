"""Typed pages mix quotation marks: “like this", "like this” and ”like this” (a right mark where a left one
belongs) each enclose one quotation, as “like this” does. A straight mark that can open (after a space) still
opens a quotation inside a curly one, and an inch mark or a stray right mark encloses nothing."""

from __future__ import annotations

import pytest

from annotations import annotate
from annotations.detectors.quotes import find_quotes
from parsers import parse_text


def _inside(text: str) -> list[str]:
    return [text[quote.start : quote.end] for quote in find_quotes(text)]


MIXED = [
    ('The terms say “we may keep your notes" for a year.', ["we may keep your notes"]),
    ('The terms say "we may keep your notes” for a year.', ["we may keep your notes"]),
    ("The terms say ”we may keep your notes” for a year.", ["we may keep your notes"]),
    ("Dela: ”vi får dela dina uppgifter”.", ["vi får dela dina uppgifter"]),
    ('Dort steht "wir dürfen deine Daten teilen“, so die AGB.', ["wir dürfen deine Daten teilen"]),
]


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_a_quotation_with_mixed_marks_is_one_quotation(text: str, expected: list[str]) -> None:
    assert _inside(text) == expected


PLAIN = [
    ('A 6" screen and a 9" one.', []),
    ("He wrote “the app is fine ” and left.", []),
    ('“Users must "agree" to this”, it says.', ['Users must "agree" to this', "agree"]),
    ("“Users keep rights” and “we may share”.", ["Users keep rights", "we may share"]),
    ('"Users may post “drafts” here", it says.', ["Users may post “drafts” here", "drafts"]),
    ('She wrote "see the “help” page and', ["help"]),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN)
def test_marks_that_enclose_nothing_or_nest_stay_as_they_were(text: str, expected: list[str]) -> None:
    assert _inside(text) == expected


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


PAGE = "Notes App Rewrites Its Terms\n\nNotely updated its terms of service this week. {body}\n\nUsers were unhappy.\n"


@pytest.mark.parametrize(
    "body",
    [
        "According to the new terms, ”we may read your notes to improve our models.”",
        'According to the new terms, “we may read your notes to improve our models."',
        'According to the new terms, "we may read your notes to improve our models.”',
    ],
)
def test_a_terms_quotation_with_mixed_marks_is_found(body: str) -> None:
    assert _quotes(PAGE.format(body=body)) == ["we may read your notes to improve our models."]


def test_a_spokesperson_with_mixed_marks_stays_unlabelled() -> None:
    body = "A spokesperson said: ”We never read your notes and we never will.”"
    assert _quotes(PAGE.format(body=body)) == []
