"""A waiver written as giving up a right binds as terms do ("YOU AND LUMO GIVE UP THE RIGHT TO GO TO COURT …"), and
falls under the arbitration clause category. Page of this shape: UK trade press on a dating app's arbitration section
quoted after "It reads:" (globaldatinginsights-style news). Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

from annotations.detectors.tos_clauses import clause_categories

_TOP = (
    "An update to Lumo’s terms in the US has sought to make it harder to sue the platform.\n\nSection 16 of the "
    "agreement, titled ‘Arbitration and Class-Action Waiver’, looks to settle disputes through a private body rather "
    "than the courts.\n\n"
)


@pytest.mark.parametrize(
    ("last", "found"),
    [
        ("It reads: “YOU AND LUMO GIVE UP THE RIGHT TO GO TO COURT over any claim between you and Lumo.”",
         ["YOU AND LUMO GIVE UP THE RIGHT TO GO TO COURT over any claim between you and Lumo."]),
        ("It reads: “Each of us gives up any right to sue the other in a court of law.”",
         ["Each of us gives up any right to sue the other in a court of law."]),
        # A campaigner's words: giving up a right is what she objects to, said by her.
        ("“Nobody should have to give up the right to go to court to use a dating app,” said Dana Ruiz of Fair Apps.",
         []),
    ],
)  # fmt: skip
def test_giving_up_a_right_binds_as_terms_do(last: str, found: list[str]) -> None:
    assert article_quotes("Lumo Terms Update Limits Users' Right to Sue", _TOP + last) == found


def test_giving_up_the_right_to_go_to_court_is_an_arbitration_clause() -> None:
    def ids(quoted: str) -> list[str]:
        return [category.id for category in clause_categories(quoted)]

    assert "arbitration" in ids("You give up the right to go to court over any claim.")
    assert "arbitration" not in ids("You give up your right to privacy when you post in public.")
