"""Money a company gives to win customers is no penalty, though a fine sits in the paragraph before."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit

FINE = "In 2022 the shop's owner paid a $1.9m fine to the state after a breach."


def _penalty_texts(*paragraphs: str) -> list[str]:
    units = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    return [finding.text for finding in PenaltyDetector().detect(units)]


ROWS = [
    ("Last month the app ran a cash giveaway, offering new shoppers £50 if they signed up.", ["$1.9m"]),
    ("Its welcome bonus gave each buyer $20 in store funds.", ["$1.9m"]),
    ("Users were promised cashback of up to €30 on their first order.", ["$1.9m"]),
    # With no word of its own, an amount right after a fine is still about that fine.
    ("The state also took $200,000 more.", ["$1.9m", "$200,000"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ROWS)
def test_a_promotion_after_a_fine_is_no_penalty(paragraph: str, expected: list[str]) -> None:
    assert _penalty_texts(FINE, paragraph) == expected
