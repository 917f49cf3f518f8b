"""Review of the session's law and money work (session 31): what fines are worth, as tallies of a regulator's
year write it ("issued fines worth £15 million", "€900,000 worth of GDPR fines"), is a penalty."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[str]:
    found = PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))
    return [finding.text for finding in found]


# Tallies of fines (annual reports, enforcement trackers, surveys of GDPR fines) give the total as what the fines
# are worth. 'fines worth' was in the vocabulary, but 'fines' alone was tried first and 'worth' then read as a value.
FINES_WORTH = [
    ("The watchdog issued fines worth £15 million in 2023.", "£15 million"),
    ("The FCA imposed 12 fines worth a total of £210m in the first half.", "£210m"),
    ("There were three large fines worth well over £40m this year.", "£40m"),
    ("Portugal has issued €900,000 worth of GDPR fines since 2018.", "€900,000"),
    ("Regulators across the bloc imposed $140 million worth of fines on firms last year.", "$140 million"),
    ("The agency handed out ₹3 crore worth of penalties to lenders.", "₹3 crore"),
]


@pytest.mark.parametrize(("text", "amount"), FINES_WORTH, ids=[row[1] for row in FINES_WORTH])
def test_what_fines_are_worth_is_a_penalty(text: str, amount: str) -> None:
    """The total of the fines is a penalty."""
    assert _penalties(text) == [amount]


# What a company or a thing is worth stays a value, with fines in the same sentence.
WORTH_A_VALUE = [
    "The firm, worth $5 billion before the fines, lost a third of its value.",
    "Acme bought $40 million worth of shares in the year it was fined.",
    "Fines aside, the brand is still worth €3 billion.",
    "The regulator sold $2 million worth of seized crypto, separate from its fines.",
]


@pytest.mark.parametrize("text", WORTH_A_VALUE)
def test_what_a_company_or_a_thing_is_worth_is_no_penalty(text: str) -> None:
    """A value, a purchase or a sale is no penalty."""
    assert _penalties(text) == []
