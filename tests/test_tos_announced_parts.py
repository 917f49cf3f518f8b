"""Terms set off below a paragraph that counts off the document's parts with no colon ("Two clauses drew
complaints."), quotations that run on over a paragraph break, and the smaller lead-ins real pages use:
a document that "habla de" a phrase, "The changes make it clear that", "the terms of three services";
each with rows where the same shape carries someone else's words. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "What the small print now says"


_units = partial(page_units, title=TITLE)
_found = quotes_found


MATCHES = [
    # Parts counted off at the end of a paragraph that names the document; numbered clauses below.
    (
        (
            "Marrow Bank rewrote its account agreement in June. Two clauses worry savers.",
            "4.1 We may close your account with 30 days' notice for any reason.",
            "4.2 Interest stops on the day we send that notice.",
        ),
        [
            "We may close your account with 30 days' notice for any reason.",
            "Interest stops on the day we send that notice.",
        ],
    ),
    # A new paragraph added to a policy, set off with no marker, binding in the terms' voice.
    (
        (
            "Lantern Health added a new paragraph to its privacy policy last month.",
            "We may share your step counts with insurers who offer you a discount.",
        ),
        ["We may share your step counts with insurers who offer you a discount."],
    ),
    # Lettered clauses under a sentence in Spanish that counts them.
    (
        (
            "La asociación ha recurrido los términos y condiciones de Pasaje. Critica tres cláusulas.",
            "a) Pasaje no responde de los retrasos causados por terceros.",
        ),
        ["Pasaje no responde de los retrasos causados por terceros."],
    ),
    # A quotation that runs on over a paragraph break: one span per paragraph.
    (
        (
            'Cinemaxa changed its terms of use. The new section reads: "Guests may not bring food from outside into any of our cinemas.',
            '"Staff may inspect bags at the entrance."',
        ),
        [
            "Guests may not bring food from outside into any of our cinemas.",
            "Staff may inspect bags at the entrance.",
        ],
    ),
    # A document that speaks of a phrase, in Spanish and Portuguese.
    (
        ('La política de privacidad de Sendero habla de "datos de navegación agregados" sin definirlos.',),
        ["datos de navegación agregados"],
    ),
    (
        ('Os termos de uso da Rotafácil falam em "tarifa de pico" e em "taxa de serviço variável".',),
        ["tarifa de pico", "taxa de serviço variável"],
    ),
    # The changes of the document named before, as a sentence's subject.
    (
        (
            "Pollen sent members a revised user agreement. The changes make it clear that "
            '"anything you upload may appear in our advertising".',
        ),
        ["anything you upload may appear in our advertising"],
    ),
    # The terms of several services named together, each quotation under a service's name.
    (
        (
            "Here is how the terms of two popular apps word their exit clauses:",
            "Fernly",
            '"You may cancel at any time and keep access until the end of the month."',
        ),
        ["You may cancel at any time and keep access until the end of the month."],
    ),
]

NO_MATCHES = [
    # A reporter's "we" under counted-off parts binds nobody.
    (
        "Marrow Bank rewrote its account agreement in June. Two clauses worry savers.",
        "We asked the bank about them on Friday and are waiting for an answer.",
    ),
    # A law's numbered section is no document: the numbered findings below are a regulator's.
    (
        "The organisation failed to protect the data, as section 24 requires.",
        "3. The vendor that ran the server was a data intermediary under the same Act.",
    ),
    # Someone else counts off the parts and speaks last.
    (
        "A spokesperson said two clauses of the privacy policy would be rewritten.",
        "We may share your step counts with insurers who offer you a discount.",
    ),
    # A quotation left open in its paragraph but too short to be a clause.
    ('The notice on the door said "closed for.',),
    # A spokesperson who speaks of a phrase.
    ('La portavoz de Sendero habla de "un malentendido" con los usuarios.',),
    # The changes mentioned in a sentence whose subject is the company.
    (
        "Pollen sent members a revised user agreement.",
        'In its note on the changes, Pollen said "nothing about your photos has changed".',
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_terms_in_these_shapes_are_found(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert _found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCHES)
def test_the_same_shapes_with_other_voices_are_left_alone(paragraphs: tuple[str, ...]) -> None:
    assert _found(_units(*paragraphs)) == []


def test_a_japanese_clause_the_parser_took_for_a_heading_is_found_under_counted_parts() -> None:
    units = _units(
        "写真アプリ「ミモザ」が利用規約を改定した。新たに加わったのは次の一文だ。",
        "当社は、ユーザーの写真を広告に無償で利用できるものとします。",
        kinds=("heading", "heading"),
    )
    assert _found(units) == ["当社は、ユーザーの写真を広告に無償で利用できるものとします。"]
