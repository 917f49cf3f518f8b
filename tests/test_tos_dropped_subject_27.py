"""A Spanish, Portuguese or Italian sentence that opens on a verb of saying with no subject ("Dice que «…»") after a
sentence that opened on the document: the document says it, as "It says" does in English (tosrec27, session 38; the
shape of elperiodicomediterraneo.com on a messaging app's terms of use). Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Zumbo y sus nuevas condiciones"
ES = "nada de lo que se comparte en Zumbo será mostrado en Vento"
PT = "nada do que é partilhado no Zumbo será mostrado no Vento"
IT = "tutto ciò che si condivide su Zumbo può essere mostrato su Vento"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"La política de privacidad de Zumbo es vaga. Dice que «{ES}».", [ES]),
        (f"A política de privacidade do Zumbo é vaga. Diz apenas que «{PT}».", [PT]),
        (f"Le condizioni d'uso di Zumbo sono vaghe. Prevedono che «{IT}».", [IT]),
        (
            "Las condiciones de uso que Zumbo publica no son claras. Aunque recalcan que Zumbo «es ahora parte de "
            f"Grupo Vento», tan solo dejan claro que «{ES}».",
            ["es ahora parte de Grupo Vento", ES],
        ),
        # The sentence before may end the paragraph before.
        (f"Las condiciones de uso de Zumbo cambiaron en mayo.\n\nAhora dicen que «{ES}».", [ES]),
        # A person or the company opening the sentence before says it, not the document.
        (f"El abogado Pérez revisó la política de privacidad de Zumbo. Dice que «{ES}».", []),
        (f"Zumbo publicó su nueva política de privacidad. Dice que «{ES}».", []),
        # A verb people say things with more often than documents do stays out.
        (f"La política de privacidad de Zumbo es vaga. Afirma que «{ES}».", []),
        # Someone else named in the sentence before.
        (
            f"La política de privacidad de Zumbo, según la asociación de consumidores, es vaga. Dice que «{ES}».",
            [],
        ),
    ],
)
def test_a_verb_of_saying_with_no_subject_after_the_document(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected
