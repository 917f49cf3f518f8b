"""A commenter's guess at what a fine is worth against a company's revenue ("that's maybe 0.03% of its revenue",
German "nicht mal 0,1 % vom Umsatz", Spanish "apenas el 0,5 % de su facturación") is a ratio computed to judge
the fine, no penalty; the fine's amount stays, and so does a share that states the fine's size."""

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
            "The regulator's fine of $40 million is nothing: that's maybe 0.02% of the group's revenue.",
            ["$40 million"],
        ),
        (
            "Die Behörde verhängte ein Bußgeld von 80.000 Euro, das ist nicht mal 0,1 % vom Umsatz.",
            ["80.000 Euro"],
        ),
        (
            "La multa de 3 millones de euros es apenas el 0,4% de su facturación anual.",
            ["3 millones de euros"],
        ),
        # A share that states the fine's size, or a cap, stays a penalty.
        ("The fine of €5 million equals 2% of its revenue.", ["€5 million", "2% of its revenue"]),
        ("Die Geldbuße von 50.000 Euro beträgt 2 % vom Umsatz.", ["50.000 Euro", "2 % vom Umsatz"]),
    ],
)
def test_a_commenters_ratio_is_no_penalty(text: str, expected: list[str]) -> None:
    assert _penalties(text) == expected
