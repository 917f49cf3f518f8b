"""Session 34 review (revlaw34) of lawpen20's laws and penalties.

- 4562716 refused a knowledge-base name written in lower case up to a capitalised last word, to leave out
  "the nation's data Act". A kind of law in lower case before a proper noun is how Italian, Spanish and
  English write a name too ("il codice Privacy", "the constitution of India"): only a capitalised head word
  (Act, Law, Code ...) after a lower-case description is no name.
- 285db01 made the present and the infinitive of 'sanctionner' cues of a fine; French wrote no word of a
  valuation or an investment that would keep such an amount in its sentence from being read as the fine.
"""

from __future__ import annotations

import pytest
from law_support import find_laws

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def penalties(text: str) -> list[str]:
    return [finding.text for finding in PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A kind of law in lower case, then a capitalised proper noun: the name as written.
        ("Il Garante ha sanzionato la scuola per aver violato il codice Privacy.", ["codice Privacy"]),
        ("Secondo il codice della Privacy i voti non vanno pubblicati.", ["codice della Privacy"]),
        ("Petitioners relied on the constitution of India in the privacy case.", ["constitution of India"]),
        ("La superintendencia aplicó el estatuto del Consumidor a la tienda.", ["estatuto del Consumidor"]),
        # A lower-case description before a capitalised head word stays no name.
        ("The lender was fined for breaching the nation's data Act last year.", []),
        ("Critics called the new data Act toothless.", []),
    ],
)
def test_a_lower_case_kind_of_law_before_a_proper_noun_is_a_name(text: str, expected: list[str]) -> None:
    assert [found for found, _ref in find_laws(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A valuation or an investment beside a verb of sanction is no fine.
        (
            "Le ministre veut sanctionner les plateformes, dont la valorisation dépasse 80 milliards d’euros.",
            [],
        ),
        ("Le régulateur sanctionne les opérateurs ; l’un d’eux a investi 500 millions d’euros.", []),
        # The fine beside them stays one.
        (
            "La jeune pousse, valorisée 2 milliards d’euros, a été sanctionnée d’une amende de 3 millions d’euros.",
            ["3 millions d’euros"],
        ),
        ("L’autorité sanctionne l’éditeur à hauteur de 7 millions d’euros.", ["7 millions d’euros"]),
    ],
)
def test_a_french_valuation_or_investment_is_no_fine(text: str, expected: list[str]) -> None:
    assert penalties(text) == expected
