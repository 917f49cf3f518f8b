"""Swiss German writes a fine as "Busse" (no ß): "Die Busse beträgt 250 000 Franken" states a fine's amount, as
"eine Busse von" does. "Busse" is also the plural of "Bus": with no amount after "beträgt" it is no fine."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[str]:
    return [finding.text for finding in PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Die Busse beträgt 250 000 Franken, wie das Gericht am Montag mitteilte.", "250 000 Franken"),
        ("Die Busse betrug CHF 40'000 und wurde bezahlt.", "CHF 40'000"),
    ],
)
def test_a_swiss_fine_stated_with_betragen_is_a_penalty(text: str, amount: str) -> None:
    assert amount in _penalties(text)


def test_buses_that_take_minutes_are_no_fine() -> None:
    assert _penalties("Die Wartezeit für Busse beträgt 10 Minuten, die Fahrt kostet 4 Franken.") == []
