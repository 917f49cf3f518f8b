"""Review rows of session 31 (probing b87d70a, tosrec16b: forum rules under loose leads): a member's reply set off under
a French, German or Italian verb of replying ("Un membre répond :", "Ein Mitglied antwortet:", "Un utente risponde:")
was given as the terms the thread is about, where English "A member replies:" and Spanish "Un miembro contesta:" were
not (role speaker, replying-romance-german). A member who quotes the terms under such a thread, and a plural verb whose
subject is the document, keep their quotation. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

CGU = "Les conditions générales d'utilisation de Pico ont changé."


@pytest.mark.parametrize(("title", "body"), [
    ("Pico modifie ses CGU", f"{CGU} Un utilisateur répond :\n\nFranchement, ces conditions sont trop strictes."),
    ("Pico modifie ses CGU", f"{CGU} Un membre a répondu :\n\nFranchement, ces conditions sont trop strictes."),
    ("Pico modifie ses CGU", f"{CGU} Marc répond :\n\nFranchement, ces conditions sont trop strictes."),
    ("Pico ändert AGB", "Pico hat seine AGB geändert. Ein Mitglied antwortet:\n\nEhrlich gesagt sind diese Bedingungen "
     "viel zu streng."),
    ("Pico cambia i termini", "Pico ha cambiato i termini di servizio. Un utente risponde:\n\nSinceramente, queste "
     "condizioni sono troppo rigide."),
])  # fmt: skip
def test_a_member_s_reply_is_no_terms(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Pico modifie ses CGU", f"{CGU} Un membre cite les nouvelles CGU :\n\nPico peut supprimer tout compte sans préavis.",
     ["Pico peut supprimer tout compte sans préavis."]),
    ("Pico modifie ses CGU", "Pico a modifié ses conditions générales d'utilisation. Les CGU répondent à cette question : "
     "« Nous pouvons vendre vos données. »", ["Nous pouvons vendre vos données."]),
])  # fmt: skip
def test_the_terms_under_a_thread_stay(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found
