"""Review rows of session 31 for ba5672e (tosrec16b: set-off lines that repeat found terms wording). A line that asks
("At any time?") is the poster's question about the words, and a line that only names a document ("Terms of Service",
"Privacy policy", as a site's links print under an article) is no piece of the clause that names it: neither is a
repeat. Fragments set off one a line, with a gloss under each, still are. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

AGREE = "By using Pico you agree to these Terms of Service and to our privacy policy."
SHARE = "We may share your personal data with our partners at any time."


@pytest.mark.parametrize(("body", "found"), [
    (f"Pico's terms now say: “{AGREE}”\n\nMany users were surprised.\n\nTerms of Service\n\nCookie settings", [AGREE]),
    (f"Pico's terms now say: “{AGREE}”\n\nMany users were surprised.\n\nPrivacy policy\n\nContact us", [AGREE]),
    (f"Pico's terms now say: “{SHARE}”\n\nAt any time?\n\nThat is what bothers me.", [SHARE]),
    (f"Pico's terms now say: “{SHARE}”\n\nwith our partners at any time?\n\nWhich partners?", [SHARE]),
])  # fmt: skip
def test_a_question_or_a_document_s_name_is_no_repeat(body: str, found: list[str]) -> None:
    assert article_quotes("Pico's new terms", body) == found


@pytest.mark.parametrize(("body", "found"), [
    (f"Pico's terms now say: “{SHARE}”\n\nLet me go through it.\n\nat any time\n\nSo whenever they like.",
     [SHARE, "at any time"]),
    (f"Pico's terms now say: “{SHARE}”\n\nyour personal data with our partners\n\nWho are they?",
     [SHARE, "your personal data with our partners"]),
])  # fmt: skip
def test_fragments_set_off_still_repeat_the_terms(body: str, found: list[str]) -> None:
    assert article_quotes("Pico's new terms", body) == found
