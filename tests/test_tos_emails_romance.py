"""A company's email, in Italian, French, Spanish and Portuguese, speaks its own words as "the email" does in English:
"Ecco il messaggio arrivato per posta elettronica:" sets off the emailed notice, not the terms (GUIDELINES). Pages of
this shape: Italian news printing Google's email on its 2020 terms (investireoggi.it). Every text here is written for
the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


def _quotes(text: str) -> list[str]:
    return article_quotes("Plumo", text + "\n\nAltro presto.")


@pytest.mark.parametrize("text", [
    "Cambiano i termini di utilizzo di Plumo dal 31 marzo. Ecco il messaggio arrivato per posta elettronica agli "
    "utenti in questi giorni:\n\nStiamo aggiornando i nostri Termini di servizio per renderli più chiari. Le modifiche "
    "entreranno in vigore il 31 marzo.",
    "Plumo modifie ses conditions d’utilisation. Voici le courriel reçu par les utilisateurs :\n\nNous mettons à jour "
    "nos Conditions d’utilisation pour les rendre plus claires. Les changements entrent en vigueur le 31 mars.",
    "Plumo cambia sus términos de uso. Este es el mensaje enviado a los usuarios:\n\nEstamos actualizando nuestros "
    "Términos de servicio para que sean más claros. Los cambios entran en vigor el 31 de marzo.",
    "A Plumo mudou os seus termos de uso. Esta é a mensagem recebida pelos usuários:\n\nEstamos atualizando os nossos "
    "Termos de serviço para que fiquem mais claros. As mudanças entram em vigor em 31 de março.",
])  # fmt: skip
def test_an_emailed_notice_is_no_terms(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Cambiano i termini di utilizzo di Plumo dal 31 marzo. La clausola chiave è questa:\n\nPotremo sospendere il tuo "
     "account in qualsiasi momento e senza preavviso se violi questi termini.",
     ["Potremo sospendere il tuo account in qualsiasi momento e senza preavviso se violi questi termini."]),
    ("Plumo modifie ses conditions d’utilisation. Le message des nouvelles CGU est clair :\n\nNous pouvons suspendre "
     "votre compte à tout moment et sans préavis si vous enfreignez ces conditions.",
     ["Nous pouvons suspendre votre compte à tout moment et sans préavis si vous enfreignez ces conditions."]),
    ("Plumo cambia i suoi termini. I nuovi termini dicono che “potremo usare il tuo indirizzo email per inviarti "
     "offerte dei partner”.", ["potremo usare il tuo indirizzo email per inviarti offerte dei partner"]),
])  # fmt: skip
def test_the_terms_keep_their_clauses(text: str, found: list[str]) -> None:
    assert _quotes(text) == found
