"""Terms quoted on Dutch, German, French, Spanish, Portuguese and Italian pages (tosblock44, session 44), by family of
real pages read:

- Dutch news on a social network's new terms names them only as one compound word or by "de (nieuwe) voorwaarden"
  ("de nieuwe privacyvoorwaarden", "de ‘nieuwe’ Facebook (privacy)voorwaarden", "het algemene-voorwaardenbeleid",
  tweakers.net, elsevierweekblad.nl, legaltree.nl): the compound is the document's name, and the page then names one.
- Dutch terms address users as "je" ("een licentie om alle inhoud te gebruiken die je plaatst", "Je geeft ons
  toestemming …"), the word that is a French poster's "I": in a quotation with Dutch words it is no poster's voice.

Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

NL_LICENCE = "een niet-exclusieve, wereldwijde licentie om alle foto’s te gebruiken die op Kijkr staan"
NL_LICENCE_YOU = (
    "een niet-exclusieve, royaltyvrije licentie om alle foto’s te gebruiken die je op Kijkr plaatst"
)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A Dutch compound name of the terms lets the licence's words quoted on the page be the terms'.
        (
            "Kijkr past zijn privacyvoorwaarden aan",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE}’.",
            [NL_LICENCE],
        ),
        (
            "De ‘nieuwe’ Kijkr (privacy)voorwaarden",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE}’.",
            [NL_LICENCE],
        ),
        (
            "Kijkr wijzigt zijn gebruikersovereenkomst",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE}’.",
            [NL_LICENCE],
        ),
        (
            "Wat verandert er?",
            f"Het nieuwe algemene-voorwaardenbeleid van Kijkr gaat vrijdag in. Kijkr neemt veel rechten met ‘{NL_LICENCE}’.",
            [NL_LICENCE],
        ),
        (
            "Wat verandert er?",
            f"Het cookiebeleid van Kijkr is herschreven. Kijkr neemt veel rechten met ‘{NL_LICENCE}’.",
            [NL_LICENCE],
        ),
        # Bare "voorwaarden" (conditions) names no document: a page that says nothing else has none to quote.
        (
            "Kijkr stelt nieuwe voorwaarden aan fotografen",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE}’.",
            [],
        ),
        # Dutch "je" is the terms' "you", in the licence and in a clause set off under its lead-in.
        (
            "Kijkr past zijn privacyvoorwaarden aan",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE_YOU}’.",
            [NL_LICENCE_YOU],
        ),
        (
            "Kijkr past zijn gebruiksvoorwaarden aan",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE_YOU}’.",
            [NL_LICENCE_YOU],
        ),
        # French "je" stays a poster's first person: no Dutch word around it.
        (
            "Kijkr modifie ses conditions d'utilisation",
            "Sur le forum, beaucoup recopient « je refuse la licence mondiale et gratuite sur le contenu publié ».",
            [],
        ),
    ],
)
def test_dutch_names_and_you(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected
