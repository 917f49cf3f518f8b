"""Rows for a policy or rules that are a public body's, not a company's document, and for question leads. Every text here
is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "What the new privacy policy changes for users"


@pytest.mark.parametrize(("paragraph", "found"), [
    # A government, a minister or a ministry speaks in its policy; a federation or a game owns its rules.
    ("Dans sa nouvelle politique, le gouvernement promet « de protéger les données des citoyens ».", []),
    ("Según su nueva política, el ministro prometió “proteger los datos de todos”.", []),
    ("Segundo a sua nova política, o governo vai “proteger os dados dos cidadãos”.", []),
    ("Dans sa nouvelle politique de santé, le ministère garantit « un accès aux soins pour tous ».", []),
    ("In den neuen Regeln des Fußballverbands heißt es: „Spieler dürfen keine Daten teilen.“", []),
    ("Les nouvelles règles du jeu précisent que « chaque joueur doit garder ses données ».", []),
    ("Las nuevas reglas de la FIFA dicen que “los jugadores no pueden compartir datos”.", []),
    # A company's policy or rules still hand over.
    ("Dans sa nouvelle politique, Zoomly promet « de ne jamais vendre vos données ».",
     ["de ne jamais vendre vos données"]),
    ("Según su nueva política, Zoomly prometió “no vender nunca tus datos”.", ["no vender nunca tus datos"]),
    ("Les nouvelles règles de la plateforme précisent que « chaque membre doit garder ses données ».",
     ["chaque membre doit garder ses données"]),
    ("In den neuen Regeln heißt es: „Nutzer dürfen keine Daten teilen.“", ["Nutzer dürfen keine Daten teilen."]),
])  # fmt: skip
def test_a_public_bodys_policy_is_not_a_companys_document(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # Someone asked about the document answers: the words are theirs.
    ("Interrogé sur sa nouvelle politique, le PDG a affirmé : « Nous protégeons vos données. »", []),
    ("Gefragt nach den neuen Nutzungsbedingungen, sagte der Chef: „Wir verkaufen keine Daten.“", []),
    ("Preguntado por su nueva política, el director dijo: “Nunca vendemos tus datos.”", []),
    # In the document, its company speaks in it.
    ("Dans sa nouvelle politique, Zoomly affirme : « Nous pouvons partager vos données avec nos partenaires. »",
     ["Nous pouvons partager vos données avec nos partenaires."]),
])  # fmt: skip
def test_the_one_asked_about_the_document_answers(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found
