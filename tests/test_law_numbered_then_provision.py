"""A provision written after a law's number or year and a comma is one reference with the law, as GUIDELINES
counts "Article 17 of the GDPR": Turkish law-firm notes write "Law No. 6698, Article 18" and "Law No. 7499, art.
35" (prighter.com), Chilean and Spanish ones "Ley 19.628, artículo 4". A paragraph after a slash is part of the
provision's number, as Turkish texts write it ("Article 12/5 of the LPPD", grc-legal.com), never after a year
("Regulation 2016/679"). Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from law_support import find_laws


@pytest.mark.parametrize(("text", "spans"), [
    ("The board fined the hotel chain under Law No. 6698, Article 18, for a leak of guest records.",
     ["Law No. 6698, Article 18"]),
    ("Its powers come from Law No. 7499, art. 35 and the board's own rules.", ["Law No. 7499, art. 35"]),
    ("La multa se fundó en la Ley 19.628, artículo 4, sobre el consentimiento.", ["Ley 19.628, artículo 4"]),
    ("The notice cited the Privacy Act 1988, section 13G, in full.", ["Privacy Act 1988, section 13G"]),
    ("Article 12/5 of the LPPD requires the controller to tell the board.", ["Article 12/5 of the LPPD"]),
])  # fmt: skip
def test_the_provision_after_a_numbered_name_is_one_reference(text: str, spans: list[str]) -> None:
    assert [span for span, _law in find_laws(text)] == spans


@pytest.mark.parametrize(("text", "spans"), [
    # Another law follows the provision: two references.
    ("It relied on the Data Protection Act 2018, Article 5 GDPR and the ePrivacy rules.",
     ["Data Protection Act 2018", "Article 5 GDPR"]),
    ("It cited the Privacy Act 1988, section 5 of the FTC Act and a state law.",
     ["Privacy Act 1988", "section 5 of the FTC Act"]),
    # A name with no number, then a comma: the sentence goes on.
    ("Under the GDPR, fines can reach 4% of turnover.", ["GDPR"]),
    # A year's slash stays a citation's number, not a paragraph.
    ("Regulation 2016/679 replaced the directive.", ["Regulation 2016/679"]),
])  # fmt: skip
def test_what_is_not_one_reference_stays_apart(text: str, spans: list[str]) -> None:
    assert [span for span, _law in find_laws(text)] == spans
