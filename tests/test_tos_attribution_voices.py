"""Whose words a quotation is, by who or what introduces it on pages about one company's terms: the
app's users bound by them ("Borrowers must now agree that KudiPay can “…”"), and the people a company's
statement, a spokesperson or a critic speaks for, who stay theirs. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from parsers.model import BlockKind

TITLE = "What the new terms of service say"

# (paragraphs, block kinds, the quotes that are the terms')
ROWS: list[tuple[tuple[str, ...], tuple[BlockKind, ...], list[str]]] = [
    # An app's users by the name its page gives them, bound in the present tense: the terms' words.
    (
        ("Borrowers must now agree that KudiPay can “text your saved contacts about late payments”.",),
        (),
        ["text your saved contacts about late payments"],
    ),
    (
        ("Riders now agree that Zipa may “show drivers your last three trip areas”.",),
        (),
        ["show drivers your last three trip areas"],
    ),
    (
        ("Writers now grant Fable “a lasting right to resell their stories”.",),
        (),
        ["a lasting right to resell their stories"],
    ),
    # Someone who says so first keeps the words: a critic, a campaigner.
    (("A campaigner said borrowers must agree that KudiPay can “do anything it likes”.",), (), []),
    (("Critics say writers now grant Fable “everything but their names”.",), (), []),
]


@pytest.mark.parametrize(("paragraphs", "kinds", "expected"), ROWS)
def test_who_introduces_a_quotation_decides_whose_it_is(
    paragraphs: tuple[str, ...], kinds: tuple[BlockKind, ...], expected: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE, kinds=kinds)) == expected
