"""A single change to the document as the subject of its verb of saying, in the past tense or in Portuguese, Spanish
and Indonesian: "The change stated: “…”", "A atualização que entrou em vigor em junho passou a dizer que a empresa pode
usar “…”", "La actualización dice que …", "Pembaruan itu menyebut …" (change_subject, tos_attribution, tos_bound). At
the top of a page whose title names the policy, the change is the page's document's. Pages of this shape: news of an
ad platform's and a social network's policy updates (nocariritem.com.br, lynnandbrown.com.au). Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Lumo update",
     "Lumo changed its privacy policy in May. The change stated: “We may use your photos to improve our products.”",
     ["We may use your photos to improve our products."]),
    ("ANPD suspende nova política de privacidade da Lumo",
     "A atualização que entrou em vigor em 26 de junho passou a dizer que a empresa pode usar “fotos públicas e "
     "comentários para treinar sistemas automáticos”.",
     ["fotos públicas e comentários para treinar sistemas automáticos"]),
    ("Lumo privacy policy update",
     "The update now says the company may use “public photos and comments to train automated systems”.",
     ["public photos and comments to train automated systems"]),
    ("Multa a Lumo por su nueva política de privacidad",
     "La actualización dice que la empresa puede usar “las fotos públicas para entrenar sistemas automáticos”.",
     ["las fotos públicas para entrenar sistemas automáticos"]),
    ("Lumo memperbarui kebijakan privasi",
     "Lumo memperbarui kebijakan privasi bulan lalu. Pembaruan itu menyebut Lumo dapat “membaca lokasi persis Anda "
     "setiap saat”.",
     ["membaca lokasi persis Anda setiap saat"]),
])  # fmt: skip
def test_a_change_says_what_the_document_now_holds(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body"), [
    ("Lumo privacy policy update", "The change comes after months of complaints about “hidden tracking”."),
    ("Lumo privacy policy update", "The update, a spokesperson said, adds “more clarity for users”."),
    ("Lumo app update",
     "Lumo pushed version 5 of its app on Monday. The update adds a button labelled “Share with friends”."),
    ("ANPD suspende nova política de privacidade da Lumo", "A mudança foi criticada pela ANPD, que a chamou de “abusiva”."),
    ("ANPD suspende nova política de privacidade da Lumo",
     "A atualização, segundo o diretor da ANPD, diz muito sobre “a pressa da empresa”."),
    ("Lumo privacy policy update",
     "The change stated nothing new, the regulator said: “This is the same text as before.”"),
    # A change to a law named before it is the law's: its text is no company's.
    ("Lumo's privacy policy and the GDPR",
     "Lawmakers amended the GDPR last year. The amendment stated: “Controllers shall keep a record of every "
     "transfer.”"),
])  # fmt: skip
def test_no_change_of_the_document_or_someone_else_speaks(title: str, body: str) -> None:
    assert article_quotes(title, body) == []
