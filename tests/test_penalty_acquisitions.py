"""What a company paid for another company is its price, not a settlement (penalties.toml paid-for-a-company):
privacy news often recalls a deal beside a fine. A capitalised name after 'for', ended by a stop, a year or a
joining word, makes 'paid' a price; a wrong or a law after 'for' keeps it a settlement. Sentences our own."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit

PRICES = [
    ("Plumo, which paid $19 billion for Chatterly in 2014, was fined €225 million.", ["€225 million"]),
    ("Kelvo paid $2.1 billion for Stepwise, and regulators fined it €2.4 billion.", ["€2.4 billion"]),
    ("The bank paid about £300 million for Ledger Labs.", []),
    ("Its parent paid €1.2bn for Nordic Media Group last year.", []),
]

SETTLEMENTS = [
    ("Plumo paid $148 million for the data breach it hid.", ["$148 million"]),
    ("The company paid $1,000 for BIPA violations to each worker.", ["$1,000"]),
    ("Kelvo paid $5 billion for Cambridge Analytica failures, the agency said.", ["$5 billion"]),
    ("Plumo paid $20 million to settle the claims.", ["$20 million"]),
]


def _found(sentence: str) -> list[str]:
    findings = PenaltyDetector().detect((Unit("b0", "block", sentence, "paragraph"),))
    return [finding.text for finding in findings]


@pytest.mark.parametrize(("sentence", "expected"), PRICES)
def test_a_price_paid_for_a_company_is_no_penalty(sentence: str, expected: list[str]) -> None:
    """The price is no penalty; a fine in the same sentence still is."""
    assert _found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), SETTLEMENTS)
def test_money_paid_for_a_wrong_stays_a_settlement(sentence: str, expected: list[str]) -> None:
    """Paid for a breach, for violations of a law or for a scandal's failures: a settlement."""
    assert _found(sentence) == expected
