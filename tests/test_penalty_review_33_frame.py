"""German explainers of the GDPR and Austrian news name a fine's range 'Strafrahmen' and its payment 'Strafzahlung'
with no word Bußgeld ('sieht einen Strafrahmen von bis zu 20 Millionen Euro … vor', the shape of lexisnexis.at
commentaries and kronehit.at; 'Strafzahlungen bis zwanzig Millionen Euro', datenschutz-maximum.de): the cap and its
share of turnover were no penalty. Found reviewing bddf72d's German fines (session 33)."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[str]:
    return [finding.text for finding in PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))]


FRAMES = [
    (
        "Das Gesetz sieht einen Strafrahmen von bis zu 20 Millionen Euro oder vier Prozent des weltweiten "
        "Jahresumsatzes vor.",
        ["20 Millionen Euro", "vier Prozent des weltweiten Jahresumsatzes"],
    ),
    (
        "Damit werden Strafzahlungen bis zehn Millionen Euro oder bis zwei Prozent des Jahresumsatzes möglich.",
        ["zehn Millionen Euro", "zwei Prozent des Jahresumsatzes"],
    ),
    ("Die Strafzahlung von 1,5 Millionen Euro bestätigte das Gericht im Mai.", ["1,5 Millionen Euro"]),
    ("Der Sanktionsrahmen des Gesetzes reicht bis 300.000 Euro.", ["300.000 Euro"]),
    # Passed before: a fine word of its own.
    ("Die Geldbuße von 80.000 Euro ist rechtskräftig.", ["80.000 Euro"]),
]


@pytest.mark.parametrize(("text", "found"), FRAMES, ids=[row[1][0] for row in FRAMES])
def test_a_german_fine_frame_or_payment_is_a_penalty(text: str, found: list[str]) -> None:
    """The cap, its share of turnover and the payment are penalties."""
    assert _penalties(text) == found


NO_MONEY_FINE = [
    "Der Strafrahmen reicht von sechs Monaten bis zu fünf Jahren Haft.",
    "Der Verein kaufte den Spieler für 12 Millionen Euro; bei Verstößen gegen die Regeln drohen ihm Strafzahlungen.",
]


@pytest.mark.parametrize("text", NO_MONEY_FINE)
def test_a_frame_of_prison_or_a_transfer_fee_is_no_penalty(text: str) -> None:
    """A range of prison terms, or a fee paid for a player, is no fine."""
    assert _penalties(text) == []
