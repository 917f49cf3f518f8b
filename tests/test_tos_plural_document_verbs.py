"""Terms are plural nouns in Spanish, Portuguese, French and Italian ("los términos", "os termos", "les conditions", "le
condizioni"), so the verb they quote with is plural too: "Los nuevos términos indican que la app «…»". The singulars
were in the vocabulary, several plurals were not (document-verbs-plural-romance). A plural subject that is no document
("Los expertos indican …") keeps the quotation its own. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Lumo cambia su letra pequeña"


@pytest.mark.parametrize(("body", "found"), [
    ("Los nuevos términos de Lumo indican que la app «puede grabar el sonido ambiente para sugerir música».",
     ["puede grabar el sonido ambiente para sugerir música"]),
    ("Las condiciones de uso de Lumo aclaran que la app «guarda las grabaciones durante un máximo de treinta días».",
     ["guarda las grabaciones durante un máximo de treinta días"]),
    ("Os novos termos da Lumo detalham que o aplicativo “pode gravar o som ambiente para sugerir músicas”.",
     ["pode gravar o som ambiente para sugerir músicas"]),
    ("Le nuove condizioni di Lumo indicano che l'app «può registrare il suono ambientale per suggerire musica».",
     ["può registrare il suono ambientale per suggerire musica"]),
    ("Les nouvelles conditions de Lumo énoncent que l'utilisateur « cède ses droits sur les listes qu'il crée ».",
     ["cède ses droits sur les listes qu'il crée"]),
])  # fmt: skip
def test_plural_terms_quote_with_a_plural_verb(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, body) == found


@pytest.mark.parametrize("body", [
    "Lumo cambió sus términos de uso. Los expertos indican que la app «graba mucho más de lo que necesita».",
    "Lumo mudou seus termos de uso. Os usuários explicam que o aplicativo “grava o tempo todo, até de madrugada”.",
])  # fmt: skip
def test_a_plural_subject_that_is_no_document_keeps_its_quotation(body: str) -> None:
    assert article_quotes(TITLE, body) == []
