"""Review of session 38's penalty words (revlaw38): an Italian amount in groups is one amount only when its groups
descend ("1 miliardo e 200 milioni"), not a range ("tra 10 milioni e 20 milioni"); a weekly penalty and a fine "a
week after" an event stay fines beside a price by the week; "a small fortune" said of a fine is no one's wealth."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit

_DETECTOR = PenaltyDetector()

Row = tuple[str, float | None, str | None]


def _penalties(text: str) -> list[Row]:
    return [
        (f.text, f.amount, f.currency) for f in _DETECTOR.detect((Unit("b0", "block", text, "paragraph"),))
    ]


CASES = [
    # Two ends of a range joined by "e" are two amounts, not their sum.
    (
        "Per le violazioni più gravi il Garante può applicare sanzioni tra 10 milioni e 20 milioni di euro.",
        [("10 milioni", 1e7, "EUR"), ("20 milioni di euro", 2e7, "EUR")],
    ),
    (
        "La sanzione stimata per la piattaforma oscilla tra 200 milioni e 300 milioni di euro.",
        [("200 milioni", 2e8, "EUR"), ("300 milioni di euro", 3e8, "EUR")],
    ),
    # Descending groups are one amount.
    (
        "Il Garante ha inflitto alla compagnia una sanzione da 2 miliardi e 500 milioni di euro.",
        [("2 miliardi e 500 milioni di euro", 2.5e9, "EUR")],
    ),
    # A periodic penalty by the week, and a fine a week after an event, are penalties.
    (
        "The watchdog ordered the app to pay a penalty of €25,000 per week until it stops, capped at €2 million.",
        [("€25,000", 2.5e4, "EUR"), ("€2 million", 2e6, "EUR")],
    ),
    (
        "De toezichthouder legde de gemeente een last onder dwangsom op van 20.000 euro per week.",
        [("20.000 euro", 2e4, "EUR")],
    ),
    (
        "The agency fined the retailer $3 million a week after the leak was reported.",
        [("$3 million", 3e6, "USD")],
    ),
    # A price by the week stays no penalty.
    (
        "The regulator fined the tracker firm $4 million; it rented out each device's history for $90 a week.",
        [("$4 million", 4e6, "USD")],
    ),
    # "A small fortune" is how much a fine is to the one fined; a founder's fortune is wealth.
    (
        "The data office fined the bakery chain £80,000, a small fortune for a business of nine shops.",
        [("£80,000", 8e4, "GBP")],
    ),
    (
        "The shop was fined $60,000, and the founder's fortune of $3 billion was never at stake.",
        [("$60,000", 6e4, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_revlaw38_penalties(text: str, expected: list[Row]) -> None:
    assert _penalties(text) == expected
