"""Review rows of session 31 for b114b8c (tosprec15: wording an order or a rule requires a document to hold). The
requirement reaches the quotation only when nothing but its own words stand between the document it names and the
quotation: after a comma the document's present wording may follow ("…, Filebox's new policy states that it “…”",
"…, which now says …"), and "be" is the requirement's only right before the quotation ("privacy notices must be “…”"),
not in "must be read in full: it says …". Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Filebox settles with the FTC"


@pytest.mark.parametrize(("body", "found"), [
    ("After the FTC ordered it to change its privacy policy, Filebox's new policy states that it “will not sell file "
     "names to anyone”.", ["will not sell file names to anyone"]),
    ("The regulator ordered Filebox to update its privacy policy, which now says Filebox “may keep backups for 90 "
     "days”.", ["may keep backups for 90 days"]),
    ("Filebox's privacy policy must be read in full: it says Filebox “may share data with auditors”.",
     ["may share data with auditors"]),
])  # fmt: skip
def test_the_document_s_present_wording_after_a_requirement(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, body) == found


@pytest.mark.parametrize("body", [
    "The order requires Filebox to add to its privacy policy that it “shares data with advertisers”.",
    "The settlement requires Filebox to change its terms of service to state that users “own their files”.",
    "Under the new rules, privacy notices must be “clear, short and easy to find”.",
])  # fmt: skip
def test_the_wording_a_requirement_asks_for_stays_out(body: str) -> None:
    assert article_quotes(TITLE, body) == []
