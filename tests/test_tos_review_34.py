"""Review of session 34's ToS rules (revtos34): where a new rule read too much.

- A French lead that reads "there" ("On y lit : « … »", "« … », peut-on y lire") points to the last thing named one
  reads in: a notification, a banner, a poster, an advert, a screenshot or a regulation named between the page's
  document and the lead holds the words, not the terms (tos_there.there_elsewhere).
"""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


_TOP = (
    "Pixelo et ses conditions générales\n\nPixelo a publié mardi de nouvelles conditions générales d'utilisation. "
    "Le texte compte désormais onze pages.\n\n"
)
_SUSPEND = "la société peut suspendre tout compte sans préavis"

FRENCH_THERE = [
    (
        _TOP
        + "Mercredi, les abonnés ont reçu une notification dans l'application. On y lit : « Nous avons mis à jour "
        "nos conditions, rien ne change pour vous. »",
        [],
    ),
    (
        _TOP
        + "Les salariés ont découvert autre chose. Une affiche a été placardée dans les bureaux du siège. On peut y "
        "lire « Ici, on innove sans relâche ».",
        [],
    ),
    (
        _TOP
        + "L'entreprise a aussi mis en ligne une annonce d'emploi. On y lit que « le candidat idéal aime les "
        "défis ».",
        [],
    ),
    (
        _TOP
        + "Depuis, une capture d'écran circule sur LinkedIn.\n\nOn peut y lire « Merci de votre patience, nous "
        "revenons vite ».",
        [],
    ),
    (
        _TOP
        + "Bruxelles a adopté entre-temps un nouveau règlement sur les services numériques.\n\nOn y lit que « les "
        "fournisseurs de plateformes conçoivent leurs interfaces de manière loyale ».",
        [],
    ),
    # Nothing else one reads in named since: the terms.
    (_TOP + f"Les abonnés ne l'ont appris que mercredi. On y lit que « {_SUSPEND} ».", [_SUSPEND]),
]


@pytest.mark.parametrize(("text", "quotes"), FRENCH_THERE)
def test_a_french_there_lead_reads_in_the_last_thing_named(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes
