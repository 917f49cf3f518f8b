"""Review rows of session 30 for a quotation the next sentence gives away (tos_antecedents.claimed_after): that reading
is for a quotation standing as a sentence of its own ("“…” Pico posted the statement on its blog."). A quotation the
document's own lead sets up ("The terms now say: “…”") stays the document's, whatever the next sentence tells of a
statement or of remarks (tos_said_elsewhere.claimed_alone). Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Pico changes its terms"
ADS = "We may use your photos in ads."


@pytest.mark.parametrize(("body", "found"), [
    ("The terms now say: “We may use your photos in ads.” Pico shared the statement with reporters on Tuesday.",
     [ADS]),
    ("Pico's terms now read: “We may use your photos in ads.” Its comments on the blog post did little to calm users.",
     [ADS]),
])  # fmt: skip
def test_a_quotation_the_document_leads_to_stays_the_document_s(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Pico's terms now say it may “use your photos in ads.” “We will never sell a photo.” Pico posted the statement "
     "on its blog.", ["use your photos in ads."]),
])  # fmt: skip
def test_a_quotation_standing_alone_that_the_next_sentence_gives_away_is_no_terms(
    body: str, found: list[str]
) -> None:
    assert article_quotes(TITLE, body) == found
