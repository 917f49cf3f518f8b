"""A sentence that opens on "According to <the document>," and goes on with a pronoun subject ("you", "they", "it")
reports what the document says of that subject: "According to Zoomly's terms of service, you give the company “…”".
The pronoun is no new speaker there, as it is after "in" or after a person."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Zoomly's terms let it train AI on your calls"
GRANT = "a perpetual, worldwide, royalty-free and transferable licence to use what you record"


@pytest.mark.parametrize("lead", [
    "According to Zoomly's terms of service, you give the company",
    "According to Zoomly's updated terms of service, they can use",
    "As per the new privacy policy, it may keep",
])  # fmt: skip
def test_a_pronoun_after_according_to_the_document_reports_its_wording(lead: str) -> None:
    assert article_quotes(TITLE, f"{lead} “{GRANT}” for any purpose.") == [GRANT]


@pytest.mark.parametrize("lead", [
    # A person, not the document, after "according to".
    "According to a lawyer who read the terms of service, you give the company",
    # The pronoun speaks: a verb of saying right after it.
    "According to Zoomly's terms of service, you said the company could use",
])  # fmt: skip
def test_a_pronoun_that_speaks_or_a_person_keeps_it_out(lead: str) -> None:
    assert article_quotes(TITLE, f"{lead} “{GRANT}” for any purpose.") == []
