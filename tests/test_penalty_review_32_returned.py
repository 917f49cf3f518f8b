"""Review of the session's money work (session 32): money a regulator or a company gives back to the people a wrong
harmed, written with a verb of returning, sending, mailing or distributing and no word 'refund', is a refund."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[str]:
    found = PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))
    return [finding.text for finding in found]


# FTC releases and refund reports write what went back to consumers so (ftc.gov's refund reports and business blog,
# consumeraffairs.com): 'returned billions to consumers', 'Total amount FTC mailed', 'sent directly to consumers'.
GIVEN_BACK = [
    ("Last year the commission returned $288 million to consumers.", "$288 million"),
    ("FTC Returns More Than $2.6 Million to Consumers Tricked by Fake Antivirus Offers", "$2.6 Million"),
    ("The agency is distributing $4.1 million to consumers who paid for the course.", "$4.1 million"),
    ("The regulator mailed checks totaling $730,000 to affected customers.", "$730,000"),
    ("Total amount the FTC mailed to consumers: $188.4 million", "$188.4 million"),
    ("The lender returned $9 million to borrowers it had overcharged.", "$9 million"),
    ("$350 million the FTC sent directly to 4.2 million consumers.", "$350 million"),
]


@pytest.mark.parametrize(("text", "amount"), GIVEN_BACK, ids=[row[1] for row in GIVEN_BACK])
def test_money_given_back_to_the_harmed_is_a_refund(text: str, amount: str) -> None:
    """The amount given back is a penalty (a refund)."""
    assert _penalties(text) == [amount]


# Money sent to others, or goods returned, is no refund.
NOT_GIVEN_BACK = [
    "The IRS sent $1,400 payments to 150 million people, and scammers followed.",
    "Shoppers returned $3 million worth of phones to the store.",
    "The chain returned $2 billion to shareholders through buybacks.",
    "The fund distributed $200 million to investors in March.",
]


@pytest.mark.parametrize("text", NOT_GIVEN_BACK)
def test_money_sent_to_others_is_no_refund(text: str) -> None:
    """No amount here is a penalty."""
    assert _penalties(text) == []
