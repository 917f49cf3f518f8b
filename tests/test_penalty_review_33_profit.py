"""Review of lawpen19's business figures beside a fine (session 33): a fine set against the company's profit
('frente a unos beneficios de …', 'a fronte di un fatturato di …') lost its amount to the profit noun after it,
the nearer word, or to a turnover read through 'a fronte di' as the fine's own noun. A profit noun right before its
own amount is that amount's (a size, as a turnover before its amount is), and Italian 'a fronte', 'contro' and
'mentre' open a new phrase after an amount."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[str]:
    return [finding.text for finding in PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))]


SET_AGAINST_PROFIT = [
    (
        "La agencia multó a la aseguradora con 600.000 euros, frente a unos beneficios de 40 millones de euros.",
        "600.000 euros",
    ),
    (
        "La AEPD sancionó a la operadora con 1,5 millones de euros, frente a unas ganancias de 300 millones de euros.",
        "1,5 millones de euros",
    ),
    (
        "L'autorità ha inflitto una multa di 5 milioni di euro a fronte di un fatturato di 1,5 miliardi di euro.",
        "5 milioni di euro",
    ),
    (
        "Il Garante ha applicato una multa di 3 milioni di euro a fronte di utili per 500 milioni di euro.",
        "3 milioni di euro",
    ),
    # Passed before: the fine's cue was the nearer word.
    (
        "Die Behörde verhängte ein Bußgeld von 4 Millionen Euro, bei einem Gewinn von 2 Milliarden Euro.",
        "4 Millionen Euro",
    ),
    (
        "A ANPD aplicou multa de R$ 3 milhões à varejista, contra um lucro líquido de R$ 1 bilhão.",
        "R$ 3 milhões",
    ),
    (
        "De AP legde een boete op van 2 miljoen euro, tegenover een winst van 400 miljoen euro.",
        "2 miljoen euro",
    ),
]


@pytest.mark.parametrize(("text", "fine"), SET_AGAINST_PROFIT, ids=[row[1] for row in SET_AGAINST_PROFIT])
def test_a_fine_set_against_a_profit_is_the_only_penalty(text: str, fine: str) -> None:
    """The fine is a penalty; the profit is none."""
    assert _penalties(text) == [fine]
