"""Session 34 (lawpen20): a French regulator's fine in the present tense and the Spanish text of the GDPR's caps.

Found on real pages (pages corpus, kept outside the repository): a French media blog on the CNIL's cookie fines
('La CNIL sanctionne … à hauteur de … millions d'euros': no amount was a penalty, since only the participle
'sanctionné' was a cue), and Spanish guides quoting the GDPR's caps ('una cuantía equivalente al 4 % como
máximo del volumen de negocio total anual global', 'el 2% del volumen del negocio')."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def penalties(text: str) -> list[str]:
    return [finding.text for finding in PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La CNIL sanctionne Vendorix à hauteur de 12 millions d’euros pour ses traceurs.",
            ["12 millions d’euros"],
        ),
        (
            "Les autorités sanctionnent la plateforme à hauteur de 3 millions d’euros.",
            ["3 millions d’euros"],
        ),
        # A budget or a turnover beside no fine word stays no penalty.
        ("La société annonce un budget de 12 millions d’euros pour ses traceurs.", []),
    ],
)
def test_a_french_fine_in_the_present_tense(text: str, expected: list[str]) -> None:
    assert penalties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Multa de 20 millones de euros o una cuantía equivalente al 4 % como máximo del volumen de negocio "
            "total anual global del ejercicio financiero anterior.",
            ["20 millones de euros", "4 % como máximo del volumen de negocio total anual global"],
        ),
        (
            "Multa de hasta 10 millones de euros o hasta el 2% del volumen del negocio total anual global.",
            ["10 millones de euros", "2% del volumen del negocio total anual global"],
        ),
        (
            "Une amende pouvant atteindre 4 % au maximum du chiffre d'affaires annuel mondial.",
            ["4 % au maximum du chiffre d'affaires annuel mondial"],
        ),
        # A growth rate with the same words is no share of turnover.
        ("Las ventas crecieron un 4 % como máximo del año anterior, sin multa alguna.", []),
    ],
)
def test_a_share_of_turnover_as_a_cap(text: str, expected: list[str]) -> None:
    assert penalties(text) == expected
