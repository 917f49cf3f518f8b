"""Review rows of session 31 for b66b239 (tosrec16a: the document's own words beside a person's). A numbered part with
a reflexive ("Clause 14 itself says:") stands for the terms only on a page that names no law: a parliamentary bill is
divided into clauses, and on a page about one its clause is the bill's. Pointing words that are no numbered part ("The
policy itself says") still stand for the document on a page that names a law. Every text here is written for the
test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


def test_a_bill_s_clause_is_no_terms() -> None:
    assert (
        article_quotes(
            "The online harms bill",
            "The Online Harms Bill was published on Tuesday, and critics went straight to clause 14.\n\nClause 14 itself says: "
            "“A provider must take down flagged content within a day.”",
        )
        == []
    )


@pytest.mark.parametrize(("title", "body", "found"), [
    ("The scooter hire cap",
     "A solicitor was blunt about the scooter hire terms: “You could break a leg and get nothing.”\n\nClause 9 itself "
     "says: “Our liability is capped at the price of the ride.”",
     ["Our liability is capped at the price of the ride."]),
    ("Talkly keeps voice clips",
     "The Privacy Commissioner said the app breached the Privacy Act and called its policy “far too loose”. The policy "
     "itself says the company may “keep voice clips for up to five years”.",
     ["keep voice clips for up to five years"]),
])  # fmt: skip
def test_the_document_itself_still_counts(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found
