"""In a review that reads several companies' privacy policies one by one, "What they say:" under a company's heading
labels that company's clause (the shape of a syndicated review of apps that may sell anonymized data,
ftcguardian.com): the clause after the label is the policy's, on the label's line or set off below it. Words invented
here."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Which popular apps keep the right to sell your data"
REVIEW = "We went through the privacy policies of several popular apps to see what they do with your data."
HEADING = "Pinwheel\n\nThe photo app knows where every picture was taken."
ALSO = "We also may share hashed device identifiers with advisors and investors for business purposes."
CLAUSE = "We may sell aggregated information about your visits to our advertising partners and investors."


@pytest.mark.parametrize(("label", "found"), [
    # On the label's line the clause runs to its full stop, as after "The terms state:" (tos_quotes._set_off_inline).
    (f"What they say: {CLAUSE}", CLAUSE[:-1]),
    (f"What it says: {CLAUSE}", CLAUSE[:-1]),
    # Set off below the label, the whole paragraph.
    (f"What they say:\n\n{CLAUSE}", CLAUSE),
    (f"What they say:\n\n{ALSO}", ALSO),
])  # fmt: skip
def test_a_company_clause_under_what_they_say_in_a_review(label: str, found: str) -> None:
    assert article_quotes(TITLE, f"{REVIEW}\n\n{HEADING}\n\n{label}") == [found]


@pytest.mark.parametrize(("review", "label"), [
    # No review of documents above: "they" are the people asked.
    ("We asked five photographers how they feel about the app.", "What they say:\n\nWe love the filters, but the ads get in the way of our pictures."),
    # Lawyers read the policies in the review sentence: their words, not the policies'.
    ("We asked two lawyers to read the privacy policies of several popular apps.", "What they say:\n\nThe licence is broad, but it is what every photo app asks for."),
    # A label that is no pronoun for the company: its statement.
    (REVIEW, "What the company says:\n\nWe have never sold a single photo and never will."),
])  # fmt: skip
def test_people_asked_lawyers_or_a_company_statement_stay_out(review: str, label: str) -> None:
    assert article_quotes(TITLE, f"{review}\n\n{HEADING}\n\n{label}") == []
