"""Rows from the styles read for tos-real-styles-23: pages that name a terms document and quote people —
spokespeople, regulators, company blog posts and FAQ answers — beside clauses relayed from the terms. Every
text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Zoomly changes its terms"


@pytest.mark.parametrize(("paragraph", "found"), [
    # The full stop inside the marks closed the quotation's sentence: the next sentence's speaker did not say it.
    ("The privacy policy says data is kept “for as long as necessary.” Zoomly's spokesperson said that means "
     "“no longer than 90 days.”", ["for as long as necessary."]),
    ("The terms say users “must be at least 16.” A spokesperson added that the age is new.",
     ["must be at least 16."]),
    # A comma inside the marks goes on to the speaker who closes the sentence.
    ("The privacy policy changed in May. “We keep data for as long as necessary,” Zoomly's spokesperson said.", []),
    ("The privacy policy changed in May. “We keep data for as long as necessary,” said Mara Jensen, its counsel.",
     []),
])  # fmt: skip
def test_a_quotation_that_closed_its_sentence_is_not_the_next_speakers(
    paragraph: str, found: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found
