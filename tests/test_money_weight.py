"""Pounds that weigh and pounds that pay: one test (money_weight.weighed) for sentences and table headers."""

from __future__ import annotations

import pytest

from annotations.detectors.money import find_money
from annotations.detectors.money_table import table_money

MONEY = [
    # Weight words used figuratively, or a verb of weighing not right before the amount: money.
    ("Having weighed the arguments, the tribunal fined the shop 8,000 pounds.", [8_000]),
    ("A heavier fine of 40,000 pounds followed the second breach.", [40_000]),
    ("The lighter sanction, 3,000 pounds, went to the smaller firm.", [3_000]),
    # A noun of weight before a fine word speaks for no amount after it.
    ("Vans that broke the weight limit were fined 750 pounds each.", [750]),
    # A verb of weighing governs only its own amount: the fine after it is money.
    ("Lorries that weigh over 9,000 pounds were fined 400 pounds each.", [400]),
    # A sentence that ends (here with '!') ends the weight's reach.
    ("Each van weighs 9,000 pounds! The fine was 250 pounds.", [250]),
]
WEIGHT = [
    "Lorries that weigh more than 26,000 pounds must use the bypass.",
    "Buses weighing over 30,000 pounds pay the heavy toll.",
    "The payload was 4,000 pounds.",
]


@pytest.mark.parametrize(("text", "amounts"), MONEY)
def test_pounds_beside_figurative_weight_are_money(text: str, amounts: list) -> None:
    assert [(m.amount, m.currency) for m in find_money(text)] == [(a, "GBP") for a in amounts]


@pytest.mark.parametrize("text", WEIGHT)
def test_pounds_right_after_a_weighing_verb_or_a_weight_noun_are_weight(text: str) -> None:
    assert find_money(text) == []


def test_a_heavier_fine_column_in_pounds_is_money() -> None:
    """The header test is the sentence test: 'Heavier fine (pounds)' names money, 'Weight (pounds)' does not."""
    fine = "Firm | Heavier fine (pounds)\nAcme | 9,000\nBeta | 4,000"
    weight = "Firm | Weight (pounds)\nAcme | 9,000\nBeta | 4,000"
    currencies = [m.currency for m in table_money(fine, find_money(fine)) if m.currency is not None]
    assert currencies == ["GBP", "GBP"]
    assert [m for m in table_money(weight, find_money(weight)) if m.currency is not None] == []
