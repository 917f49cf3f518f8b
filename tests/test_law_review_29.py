"""Review of the session's law and money commits: what a new rule reads that it must not, what a family it
claims leaves out, and facts the knowledge base cannot stand behind."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[tuple[str, float | None, str | None]]:
    found = PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))
    return [(finding.text, finding.amount, finding.currency) for finding in found]


# Spanish papers write the fine with the verb in the past or the future: "la procuraduría multó a dos
# cadenas" (idconline.mx on Profeco's fines), "la agencia multará"; the amount follows with "con".
FINED_IN_SPANISH = [
    ("Profeco multó a la cadena con 46 millones 849 mil 777 pesos.", "46 millones 849 mil 777 pesos"),
    ("La AEPD multó a la aseguradora con 50.000 euros por llamar sin permiso.", "50.000 euros"),
    ("Los inspectores multaron a tres gasolineras con 450 mil pesos cada una.", "450 mil pesos"),
    (
        "La procuraduría multará con hasta 3 millones de pesos a quien suba los precios.",
        "3 millones de pesos",
    ),
]


@pytest.mark.parametrize(("text", "span"), FINED_IN_SPANISH, ids=[row[1] for row in FINED_IN_SPANISH])
def test_a_spanish_fine_in_the_past_or_future_is_a_penalty(text: str, span: str) -> None:
    """'multó', 'multaron' and 'multará' fine as 'multa' and 'multada' do."""
    assert [row[0] for row in _penalties(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "La AEPD multó a la empresa, que facturó 84 millones de euros en 2023.",
        "Multaron a la tienda; su nuevo local costó 2 millones de pesos.",
    ],
)
def test_other_money_beside_the_verb_stays_no_penalty(text: str) -> None:
    """What the fined company turned over, or what its shop cost, is no fine."""
    assert _penalties(text) == []
