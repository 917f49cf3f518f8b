"""Review of the session's law and money work (session 31): what fines are worth, as tallies of a regulator's
year write it ("issued fines worth £15 million", "€900,000 worth of GDPR fines"), is a penalty; what a company
paid hackers is a ransom, none."""

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


# What a company paid hackers to get its files back is a ransom, no settlement, also where the article does not
# say 'ransom': it names who got the money, the coin it was paid in, or what it bought back (reports on Travelex,
# CWT, Colonial Pipeline and CNA write so).
PAID_TO_HACKERS = [
    "The travel firm paid the ransomware gang a total of $2.1 million in January.",
    "The clinic paid $1.5 million in bitcoin to hackers who had encrypted its files.",
    "In the end the firm agreed to pay the attackers $3.5 million in bitcoin.",
    "The insurer paid nearly $3 million worth of bitcoin to the criminals.",
    "The broker paid $40 million to regain control of its network.",
]


@pytest.mark.parametrize("text", PAID_TO_HACKERS)
def test_money_paid_to_hackers_is_no_penalty(text: str) -> None:
    """A ransom is no penalty."""
    assert _penalties(text) == []


# Hackers named beside a fine or a settlement leave it one.
FINES_BESIDE_HACKERS = [
    ("The ICO fined the firm £500,000 after hackers stole data.", ["£500,000"]),
    ("The attackers were fined $2 million each.", ["$2 million"]),
    ("The hospital paid $240,000 to HHS after attackers encrypted its records.", ["$240,000"]),
    ("The firm will pay $1.5 million to customers whose data the hackers stole.", ["$1.5 million"]),
    ("The court ordered the hackers to pay $3 million in restitution.", ["$3 million"]),
]


@pytest.mark.parametrize(
    ("text", "amounts"), FINES_BESIDE_HACKERS, ids=[row[1][0] for row in FINES_BESIDE_HACKERS]
)
def test_a_fine_beside_hackers_stays_a_penalty(text: str, amounts: list[str]) -> None:
    """The fine, the settlement or the restitution is still a penalty."""
    assert _penalties(text) == amounts


# Review of 42576a3 (money set aside): a part of a settlement earmarked for refunds or redress is the penalty's
# part, as money set aside to compensate people is; only money earmarked for the company's own ends is none.
def test_a_part_earmarked_for_redress_stays_a_penalty() -> None:
    """The earmarked refund part, and the total it is part of, are penalties."""
    assert _penalties("The settlement earmarks $20 million for consumer redress.") == ["$20 million"]
    text = "Of the $100 million, the FTC earmarked $20 million for refunds to consumers."
    assert _penalties(text) == ["$100 million", "$20 million"]


def test_money_earmarked_for_the_company_s_own_ends_stays_none() -> None:
    """Beside a fine, money earmarked for training is no penalty."""
    text = "The ICO fined the council £90,000. The council has earmarked £300,000 for staff training."
    assert _penalties(text) == ["£90,000"]
