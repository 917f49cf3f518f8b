"""What a company earns, stated beside a fine, is no penalty: Spanish profit nouns (beneficio, ganancias,
facturación) and a turnover whose amount follows the share of it a fine comes to ("el 1% de su facturación
de 1.000 millones de euros") in Spanish, Portuguese, French and German. The fine and its share stay."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[str]:
    return [finding.text for finding in PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La agencia impuso una multa de 2 millones de euros a la eléctrica, frente a un beneficio de 300 "
            "millones de euros el año pasado.",
            ["2 millones de euros"],
        ),
        (
            "La cadena, con unas ganancias de 45 millones de euros, recibió una sanción de 600.000 euros.",
            ["600.000 euros"],
        ),
        (
            "La sanción de 8 millones de euros equivale al 1% de su facturación de 800 millones de euros.",
            ["8 millones de euros", "1% de su facturación"],
        ),
        (
            "A multa de R$ 5 milhões equivale a 1% do faturamento de R$ 500 milhões da empresa.",
            ["R$ 5 milhões", "1% do faturamento"],
        ),
        (
            "L'amende de 50 millions d'euros représente 2 % de son chiffre d'affaires de 2,5 milliards d'euros.",
            ["50 millions d'euros", "2 % de son chiffre d'affaires"],
        ),
        # A preposition after the amount opens a new phrase: the business figure there is no noun the fine names.
        (
            "La multa de 3 millones de euros llega tras una facturación récord de 900 millones de euros.",
            ["3 millones de euros"],
        ),
        # The fine and a statutory share of turnover stay penalties, also with a benefit word nearby.
        (
            "Las multas pueden llegar a 20 millones de euros o al 4% de la facturación anual global.",
            ["20 millones de euros", "4% de la facturación anual global"],
        ),
        (
            "La sanción de 1,2 millones de euros, en beneficio de los consumidores, fue confirmada.",
            ["1,2 millones de euros"],
        ),
    ],
)
def test_a_business_figure_beside_a_fine_is_no_penalty(text: str, expected: list[str]) -> None:
    assert _penalties(text) == expected
