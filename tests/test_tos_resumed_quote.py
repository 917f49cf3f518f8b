"""A terms quotation that goes on as a sentence of its own right after the sentence that closed on the document's
words ("“…,” it says. “…”", "“…,” says the privacy policy. “…”"), as news on an app's new terms and policy quotes
a document in two sentences (tos_fragments.resumes_after). A speaker after either quotation, someone named in the
words between, or a quotation that reads as no clause keeps it out. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Trailhead changes its terms for recorded routes"


@pytest.mark.parametrize(("body", "found"), [
    ("Trailhead updated its terms of service on Monday. “We may use routes you record to improve maps for all "
     "users,” it says. “Private routes stay private unless you choose to share them.”",
     ["We may use routes you record to improve maps for all users,",
      "Private routes stay private unless you choose to share them."]),
    ("“Depending on your settings, we share some details with partners who help us run the service,” says the "
     "privacy policy. “If you do not opt out, those partners may use them for their own purposes.”",
     ["Depending on your settings, we share some details with partners who help us run the service,",
      "If you do not opt out, those partners may use them for their own purposes."]),
])  # fmt: skip
def test_a_clause_that_resumes_in_the_next_sentence_is_the_document_s(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, body) == found


@pytest.mark.parametrize("body", [
    # A speaker takes the second quotation, or a speaker's lead opens it.
    "Trailhead changed its terms. “We may share your routes with partners,” the terms say. “That is a disgrace and "
    "users should leave,” said Ana Ruiz.",
    "Trailhead changed its terms. “We may share your routes with partners,” the terms say. Critics were blunt: "
    "“Nobody reads these documents at all.”",
    "Trailhead changed its terms. “We may share your routes with partners,” it says. “We take privacy seriously,” a "
    "spokesperson added.",
    # A poster's voice, not a clause.
    "Trailhead changed its terms. “We may share your routes with partners,” the terms say. “I will delete my account "
    "tomorrow.”",
])  # fmt: skip
def test_a_next_quotation_someone_else_takes_stays_theirs(body: str) -> None:
    assert article_quotes(TITLE, body) == ["We may share your routes with partners,"]
