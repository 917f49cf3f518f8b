"""A lead-in that offers sample or supposed wording ("Your privacy policy could say:", "A sample clause for your
terms:", "Many terms of service include a line like this one:") sets off no company's wording; a lead-in that names
what a company's terms say, or counts off their parts, still hands its clause over. Pattern from a real page: a
template site's advice on changing a privacy policy, with a sample clause it warns against. Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

CLAUSE = "We reserve the right to change these terms at any time, and changes take effect once posted on this page."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # sample or supposed wording
        ("Putting a provision in your policies like this will not protect you:", []),
        ("For example, your terms of service could say:", []),
        ("A sample clause for your privacy policy:", []),
        ("You might write something like this in your terms of use:", []),
        ("Your privacy policy could include a clause like this:", []),
        ("Many terms of service include a line like this one:", []),
        # a company's terms
        ("Quillo's terms of service now say:", [CLAUSE]),
        ("One change in Quillo's terms stands out:", [CLAUSE]),
        ("The new clause in Quillo's terms of service reads:", [CLAUSE]),
    ],
)  # fmt: skip
def test_a_lead_in_offering_sample_wording_sets_off_no_terms(lead: str, expected: list[str]) -> None:
    units = page_units("Some advice on terms for small sites.", lead, CLAUSE, "Courts do not like that.",
                       title="Changing your terms of service")  # fmt: skip
    assert quotes_found(units) == expected
