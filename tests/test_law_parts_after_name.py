"""A provision's smaller parts written after its law's name, after a comma, are part of the one reference
(Brazilian and Portuguese legal writing: "artigo 51 do CDC, incisos I, IV e XV")."""

from __future__ import annotations

import pytest

from tests.law_support import find_laws

ROWS = [
    # Parts after the name go with the provision that opens the span.
    (
        "A loja violou o artigo 51 do CDC, incisos I, IV e XV, diz o Procon.",
        "artigo 51 do CDC, incisos I, IV e XV",
    ),
    ("O juiz aplicou o art. 7º da LGPD, inciso I, ao caso.", "art. 7º da LGPD, inciso I"),
    ("Cita o artigo 6º do CDC, incisos III e IV, na decisão.", "artigo 6º do CDC, incisos III e IV"),
    # A link word is no part's value: the span ends before "e o artigo".
    ("Houve ofensa ao artigo 39 do CDC, inciso V, e o artigo 6º foi citado.", "artigo 39 do CDC, inciso V"),
    # A bare name keeps no parts: with no article before it, "LGPD, inciso II" names nothing more than the law.
    ("A multa segue a LGPD, inciso II, segundo a ANPD.", "LGPD"),
    # A comma and a word that is no part's word leave the span as it was.
    ("Segundo o artigo 52 da LGPD, a multa tem teto.", "artigo 52 da LGPD"),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_parts_after_the_name_go_with_the_provision(sentence: str, expected: str) -> None:
    assert next(text for text, _law in find_laws(sentence)) == expected
