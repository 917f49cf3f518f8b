"""A court's words about the terms are the court's, in German, French, Spanish, Portuguese, Italian, Korean, Japanese and
Chinese as in English ("court", "judge" and "ruling" already speak there): "Die Klausel benachteilige die Nutzer „…“,
heißt es im Urteil". Pages of this shape: German news on rulings against an app's privacy policy (aufrecht.de,
itmr-legal.de). Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

_TITLE = "Gericht kippt Klauseln einer Foto-App\n\nVerbraucherschützer hatten geklagt.\n\n"


def _quotes(text: str) -> list[str]:
    return [note.text for note in annotate(parse_text(_TITLE + text)).annotations if note.kind == "tos_quote"]


@pytest.mark.parametrize("text", [
    "Das Landgericht hat einer Foto-App die Klausel in ihrer Datenschutzerklärung untersagt. Die Klausel benachteilige "
    "die Nutzer „in unangemessener Weise“, heißt es im Urteil.",
    "Plumo hat die Nutzungsbedingungen geändert. Die Bedingungen seien „für Verbraucher überraschend“, heißt es in dem "
    "Beschluss.",
])  # fmt: skip
def test_a_courts_words_are_no_terms(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("In der Datenschutzerklärung heißt es: „Wir dürfen Ihre Daten an Partner weitergeben.“",
     ["Wir dürfen Ihre Daten an Partner weitergeben."]),
    ("Laut den AGB darf Plumo „Ihre Inhalte weltweit und unentgeltlich nutzen“.",
     ["Ihre Inhalte weltweit und unentgeltlich nutzen"]),
    ("Plumo hat nach dem Urteil die AGB geändert. Dort heißt es nun: „Wir löschen Ihre Daten nach 30 Tagen.“",
     ["Wir löschen Ihre Daten nach 30 Tagen."]),
])  # fmt: skip
def test_the_terms_keep_their_clauses(text: str, found: list[str]) -> None:
    assert _quotes(text) == found
