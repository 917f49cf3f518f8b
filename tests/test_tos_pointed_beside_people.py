"""Pointing words for the document on pages that also quote a regulator, a lawyer or a reader: "A política do Zapo
diz que a empresa pode “…”" after a regulator's note, "El aviso dice que Pronto “…”" after a lawyer's reading, "The
licence says “…”" in a forum post (tos_quotes.toml: pointed-policy-owned-iberian, pointed-notice-spanish,
pointed-licence). The person's words stay theirs; a state body's policy, a pop-up and a broadcaster's licence are no
company's document. Pages of this shape: cleverisia.com, privacidade.com.br, writingsitesmeta.blogspot.com. Every text
here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body", "found"), [
    ("ANPD publica nota sobre a política do Zapo",
     "Brasília — A ANPD publicou uma nota sobre a nova política de privacidade do aplicativo Zapo.\n\nNa nota, a "
     "autoridade afirma que “o envio de dados ao grupo pede mais clareza”.\n\nA política do Zapo diz que a empresa "
     "pode “enviar dados de contas comerciais para outras empresas do grupo”.",
     ["enviar dados de contas comerciais para outras empresas do grupo"]),
    ("Abogada explica el aviso de privacidad",
     "Ciudad de México — La app de entregas Pronto cambió su aviso de privacidad.\n\n“El aviso deja compartir tu "
     "ubicación, pero eso no es venderla”, explicó la abogada Ana Ruiz.\n\nEl aviso dice que Pronto “podrá ceder sus "
     "datos de ubicación a socios comerciales”.",
     ["podrá ceder sus datos de ubicación a socios comerciales"]),
    ("Does anyone read the licence terms?",
     "bookworm_77 wrote:\n\nI always read the licence terms. The licence says “you may not lend this e-book to anyone "
     "else.”\n\nfernfrond replied:\n\n“I always read the licence terms” — of course you do.",
     ["you may not lend this e-book to anyone else."]),
])  # fmt: skip
def test_pointing_words_beside_a_person(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body"), [
    # A state body's policy named after "do": the government's, whatever the page's app.
    ("Governo e aplicativos",
     "O aplicativo Zapo mudou sua política de privacidade.\n\nA política do Governo diz que os órgãos “devem publicar "
     "seus dados abertos”."),
    # The notice a pop-up shows is no document; nor a notice a public body issues.
    ("Alerta en la app",
     "La app Pronto cambió su aviso de privacidad.\n\nAl abrir la app aparece una ventana emergente. El aviso dice: "
     "“Toca ACEPTAR para seguir usando Pronto”."),
    ("Pronto avisa a sus usuarios",
     "La app Pronto cambió su aviso de privacidad.\n\nPronto envió un aviso sobre cambios en su app. “Nada cambia para "
     "usted”, afirma el aviso."),
    ("Aviso oficial",
     "La app Pronto cambió su aviso de privacidad.\n\nEl aviso del Gobierno dice que los usuarios “deben actualizar la "
     "app cuanto antes”."),
    # A broadcaster's licence for a city, on a page that names a document too.
    ("Radio station keeps its slot",
     "Listeners of Onda FM read the station's privacy policy last year.\n\nThe regulator renewed the station's licence "
     "in May. Its licence for the capital says the station must “air local news every evening”."),
])  # fmt: skip
def test_no_company_document(title: str, body: str) -> None:
    assert article_quotes(title, body) == []
