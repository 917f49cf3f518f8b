"""revlaw37: a claim's verb speaks only for the amount in its own clause. Damages asked for before an amount "for a
wrong" make it the claim ("reclaman 500 euros por la filtración"), but not when a new clause, joined by "and", "but"
or a comma, has someone else charge the amount ("pidieron una indemnización y la autoridad cobró 2 millones de euros
por la filtración"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit

_DETECTOR = PenaltyDetector()


def _penalties(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (f.text, f.amount, f.currency) for f in _DETECTOR.detect((Unit("b0", "block", text, "paragraph"),))
    ]


CASES = [
    # Another clause charges the amount: a fine.
    (
        "Los usuarios pidieron una indemnización y la autoridad cobró 2 millones de euros por la filtración.",
        [("2 millones de euros", 2e6, "EUR")],
    ),
    (
        "Os clientes pediram indenização e a ANPD aplicou R$ 2 milhões pela violação.",
        [("R$ 2 milhões", 2e6, "BRL")],
    ),
    # The claim's own clause: still no fine.
    ("Los afectados reclaman una indemnización de 1.000 euros por la filtración.", []),
    ("Los socios reclaman 250 euros por la fuga de sus datos.", []),
    ("Os consumidores pedem R$ 5 mil pela violação dos dados.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_claim_speaks_for_its_own_clause(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _penalties(text) == expected
