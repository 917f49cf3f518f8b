"""Money a company or a body sets aside, budgets, earmarks, pays its own people or spends is no penalty, also in a
paragraph that names a fine: GUIDELINES leave out budgets and costs. The word must govern the amount (a few words
between at most), so a fine whose sentence only mentions such a word later stays a fine."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[str]:
    found = PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))
    return [finding.text for finding in found]


# Each paragraph opens with a fine (kept) and then spends money (not a penalty).
SPENT = [
    (
        "The ICO fined Harbour Council £90,000. The council has set aside £300,000 for staff training.",
        "£90,000",
    ),
    (
        "The regulator fined the ministry R3 million. The ministry had budgeted R8 million for a new portal.",
        "R3 million",
    ),
    ("Velo was fined $2 million. Its directors had paid themselves $700,000 in the same year.", "$2 million"),
    (
        "Pico was fined ₱5 million. The company says it has paid creators more than ₱60 million since launch.",
        "₱5 million",
    ),
    ("The bank was fined €4 million. It earmarked €15 million for a new fraud team.", "€4 million"),
    ("Lumen was fined £1 million, while paying dividends of £9 million to its owners.", "£1 million"),
    (
        "La autoridad multó a Datora con 600.000 euros. Las empresas del sector gastarán en promedio 2 millones de "
        "euros en adaptarse.",
        "600.000 euros",
    ),
]


@pytest.mark.parametrize(("text", "fine"), SPENT, ids=[row[1] for row in SPENT])
def test_money_spent_beside_a_fine_is_no_penalty(text: str, fine: str) -> None:
    """Only the fine is a penalty."""
    assert _penalties(text) == [fine]


# The same words where they do not govern the amount, or money set aside to compensate people.
STILL_FINES = [
    ("The court set aside the earlier ruling and imposed a civil penalty of $10 million.", ["$10 million"]),
    ("Orbis was fined €3 million; the fine equals two months of premiums.", ["€3 million"]),
    (
        "Garante fined Rido 2.6 million euros over the system that rated riders and allocated their shifts.",
        ["2.6 million euros"],
    ),
    (
        "The regulator fined Nara ¥40 million, and the company set aside ¥5 billion to compensate affected families.",
        ["¥40 million", "¥5 billion"],
    ),
    (
        "La AEPD multó a la empresa con 2 millones de euros, el gasto más alto de su historia en sanciones.",
        ["2 millones de euros"],
    ),
]


@pytest.mark.parametrize(("text", "fines"), STILL_FINES, ids=[row[1][0] for row in STILL_FINES])
def test_fines_beside_spending_words_stay(text: str, fines: list[str]) -> None:
    """A fine keeps its label where the spending word governs no amount, or the money redresses people."""
    assert _penalties(text) == fines
