"""A quotation that opens its paragraph under one about the terms, closed by a comma and a verb of saying with no
document after it, is someone's (tos_saying_close, toseu45, session 45). Family of real pages read: German and
Portuguese news on a court's or a network's terms whose next paragraph opens on an official's or an expert's words and
names them only after the quotation, the verb first and an adverb or nothing before the name ("„…“, sagt dazu …,
Vorstand des …", t-online.de; "“…”, afirma." after "A especialista nota que …", adrenaline.uol.com.br). The
document's own quotation closed by a pronoun, an impersonal verb, its name or one of its parts stays the
document's.

Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # Someone's words, the verb of saying first.
        (
            "Gericht kippt die AGB von Lumo",
            "Das Kammergericht hat die AGB von Lumo für unwirksam erklärt. In den AGB nimmt sich Lumo das Recht "
            "heraus, Kontakte zu durchsuchen.\n\n„AGB sind ohnehin lang und für Verbraucher schwer verständlich“, "
            "sagt dazu Klaus Berg, Vorstand des Verbands.",
            [],
        ),
        (
            "Os novos termos de uso do Lumo",
            "Os novos termos de uso do Lumo entram em vigor hoje. A especialista nota que uma cláusula incomum nas "
            "novas regras é a da arbitragem.\n\n“Com ela, o usuário concorda que disputas com a rede serão "
            "resolvidas por árbitros privados”, afirma.",
            [],
        ),
        # The document's own quotation, closed by the document.
        (
            "Die neuen AGB von Lumo",
            "Die AGB von Lumo wurden geändert.\n\n„Sie dürfen Ihr Konto nicht mit anderen teilen“, heißt es weiter.",
            ["Sie dürfen Ihr Konto nicht mit anderen teilen"],
        ),
        (
            "Les nouvelles CGU de Lumo",
            "Les CGU de Lumo ont changé en mai.\n\n« Vous ne pouvez pas partager votre compte », précisent les CGU.",
            ["Vous ne pouvez pas partager votre compte"],
        ),
        (
            "Lumo's new terms",
            "Lumo changed its terms in May. The new terms are blunt:\n\n“You may not share your account with "
            "anyone,” reads section 4.",
            ["You may not share your account with anyone,"],
        ),
        (
            "Nuevos términos de Lumo",
            "Los términos de Lumo cambiaron en mayo.\n\n“Usted no puede compartir su cuenta con nadie”, señalan los "
            "términos.",
            ["Usted no puede compartir su cuenta con nadie"],
        ),
    ],
)
def test_saying_close(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected
