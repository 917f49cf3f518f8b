"""Portuguese, Spanish and French names of terms documents that a verb or "segundo" / "según" / "selon" before them
must not take for a speaker: a capitalised document after an inverted verb ("précise la Charte de confidentialité")
read as a name, and a document after "Segundo a" not in the vocabulary read as the one "according to" whom."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Photo app Lumo changes its terms"


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        # An inverted verb, then a capitalised document: the document's words.
        (
            "« Nous gardons vos photos un an », précise la Charte de confidentialité de Lumo.",
            ["Nous gardons vos photos un an"],
        ),
        (
            "“O usuário autoriza o envio de ofertas”, diz o Termo de Uso do aplicativo.",
            ["O usuário autoriza o envio de ofertas"],
        ),
        # "Segundo" / "según" then a document.
        (
            "Segundo as diretrizes da comunidade, “é proibido revender ingressos”.",
            ["é proibido revender ingressos"],
        ),
        (
            "Segundo a declaração de privacidade, “podemos guardar seu histórico de buscas”.",
            ["podemos guardar seu histórico de buscas"],
        ),
        (
            "Según las pautas de la comunidad, “no se permite revender entradas”.",
            ["no se permite revender entradas"],
        ),
        (
            "Segundo a licença de uso, “o usuário não pode copiar o aplicativo”.",
            ["o usuário não pode copiar o aplicativo"],
        ),
        # A capitalised name after the verb, or after "segundo", is still a speaker's.
        ("“Nada muda para o usuário”, diz a Lumo.", []),
        ("Sobre a declaração de privacidade, segundo Silva, “não vendemos dados”.", []),
    ],
)
def test_a_document_after_the_verb_or_segundo_keeps_its_words(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found
