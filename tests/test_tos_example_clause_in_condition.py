"""An example of a clause a platform might rely on, given inside a condition with an indefinite article ("If a
platform relies on an unfair clause (e.g. “…”), you can challenge it", "si la plateforme s’appuie sur une clause
déséquilibrée (ex. « … »)"), is the writer's made-up instance of a kind of clause, no company's wording. Pages of this
shape: French consumer-law advice on deleted accounts (plaider.fr). Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_LEAD = "Vous avez accepté des conditions générales d’utilisation (CGU) en vous inscrivant. "


def _quotes(sentence: str) -> list[str]:
    return article_quotes("Comptes supprimés", _LEAD + sentence + " Voilà pour l’essentiel.")


@pytest.mark.parametrize("sentence", [
    "If a platform relies on an unfair clause (e.g. “we may close your account at our sole discretion”), you can "
    "challenge it.",
    "Si la plateforme s’appuie sur une clause déséquilibrée (ex. « fermeture du compte sans motif ni préavis »), vous "
    "pouvez la contester.",
    "Si la plateforme s’appuie sur une clause déséquilibrée, par exemple « nous pouvons fermer votre compte à tout "
    "moment », vous pouvez la contester.",
    "Wenn ein Anbieter sich auf eine Klausel wie „wir dürfen Ihr Konto jederzeit ohne Grund sperren“ beruft, können "
    "Sie widersprechen.",
])  # fmt: skip
def test_an_example_in_a_condition_is_no_quote(sentence: str) -> None:
    assert _quotes(sentence) == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("Plumo’s terms include unfair clauses (e.g. “we may close your account at our sole discretion”).",
     ["we may close your account at our sole discretion"]),
    ("Les CGU de Plumo prévoient par exemple « la fermeture du compte sans motif ni préavis ».",
     ["la fermeture du compte sans motif ni préavis"]),
])  # fmt: skip
def test_an_example_from_named_terms_is_a_quote(sentence: str, found: list[str]) -> None:
    assert _quotes(sentence) == found
