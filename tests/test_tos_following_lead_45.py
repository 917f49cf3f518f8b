"""A passage set off below a lead-in that says only "the following", its verb of saying the document's by an
impersonal form or a pronoun (tos_following_lead, toseu45, session 45). Family of real pages read: Spanish and
Portuguese tech news on a privacy policy or on terms of use that ends a paragraph "Esto es algo que se explica de la
siguiente manera:" or "Mas vale notar que ela sempre disse o seguinte:" and sets the policy's or the terms' own
sentences off below with no quotation marks (moribundoinsurgente.noblogs.org, jornaldoempreendedor.com.br). A person,
a body or a company's statement named in that sentence, or for a pronoun between the document and the lead-in, keeps
the words theirs.

Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

ES_CLAUSE = "Podemos guardar datos sobre su uso del Servicio, como las funciones que usa y su zona horaria."
PT_CLAUSE = "Parte do Serviço é paga com publicidade, e você concorda que o Lumo pode exibir anúncios junto ao seu conteúdo."
FR_CLAUSE = "Vous ne pouvez pas utiliser le service si vous avez moins de 16 ans."
IT_CLAUSE = "Non puoi usare il servizio se hai meno di 16 anni."


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # An impersonal verb of saying: the page's document, however long the paragraph before the colon.
        (
            "Lo que dice la política de privacidad de Nubo",
            "Lo primero que sorprende de la política de privacidad de Nubo es lo breve que es.\n\n"
            "Según Nubo se guardan todos los mensajes que escribimos. El fraude también preocupa a la empresa, que "
            "dice usar estos datos para prevenir delitos y cumplir con sus obligaciones en cada país donde opera. "
            "Esto es algo que se explica de la siguiente manera:\n\n" + ES_CLAUSE,
            [ES_CLAUSE],
        ),
        (
            "Les nouvelles conditions de Lumo",
            "Les conditions d’utilisation de Lumo ont changé en mai. Il est écrit ce qui suit :\n\n"
            + FR_CLAUSE,
            [FR_CLAUSE],
        ),
        (
            "Le nuove condizioni d'uso di Lumo",
            "Le condizioni d'uso di Lumo sono cambiate a maggio. Si legge quanto segue:\n\n" + IT_CLAUSE,
            [IT_CLAUSE],
        ),
        # A pronoun standing for the terms named last, nobody named since.
        (
            "Os novos termos de uso do Lumo",
            "Os termos de uso atualizados deixam claro que “o Lumo não é dono do seu conteúdo”. E a parte sobre "
            "anúncios voltou à versão de 2010. Mas vale notar que ela sempre disse o seguinte:\n\n"
            + PT_CLAUSE,
            ["o Lumo não é dono do seu conteúdo", PT_CLAUSE],
        ),
        (
            "Les nouvelles conditions de Lumo",
            "Les conditions d’utilisation de Lumo ont changé en mai. Elle dit ce qui suit :\n\n" + FR_CLAUSE,
            [FR_CLAUSE],
        ),
        # A person named between the document and the pronoun: the pronoun is theirs.
        (
            "Os novos termos de uso do Lumo",
            "Os termos de uso do Lumo mudaram em dezembro. O ministro falou à imprensa sobre o caso. Ele disse o "
            "seguinte:\n\n" + PT_CLAUSE,
            [],
        ),
        (
            "Os novos termos de uso do Lumo",
            "Os termos de uso do Lumo mudaram em dezembro. A advogada Ana Souza analisou o texto. Ela disse o "
            "seguinte:\n\n" + PT_CLAUSE,
            [],
        ),
        (
            "Nuevas condiciones de Lumo",
            "Los términos de uso de Lumo cambiaron. El portavoz de la empresa habló con la prensa. Él dijo lo "
            "siguiente:\n\n" + ES_CLAUSE,
            [],
        ),
        # Someone named in the lead's own sentence.
        (
            "Nuevas condiciones de Lumo",
            "Los términos de uso de Lumo cambiaron. Según la empresa, se explica de la siguiente manera:\n\n"
            + ES_CLAUSE,
            [],
        ),
        # "The following" not closing the sentence: no lead-in of this shape.
        (
            "Nuevas condiciones de Lumo",
            "Los términos de uso de Lumo cambiaron. Se explica de la siguiente manera en el blog de la empresa:\n\n"
            + ES_CLAUSE,
            [],
        ),
    ],
)
def test_following_lead(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected
