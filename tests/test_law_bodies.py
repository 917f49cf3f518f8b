"""An acronym several laws share with their authorities (DPA) is the authority where the article uses it so:
defined in brackets after an authority's name, qualified as one, or doing what only a body does."""

from __future__ import annotations

import pytest
from law_support import find_laws

CASES = [
    # The article defines the acronym as the authority's: every bare use of it is the authority.
    (
        (
            "The Dutch Data Protection Authority (the 'Dutch DPA') fined a hospital group.",
            "Britain's Data Protection Act 2018 works differently.",
            "The DPA gave the group six weeks to reply.",
        ),
        [("Data Protection Act 2018", "dpa-2018")],
    ),
    (
        (
            "The Data Protection Act 2018 sets the UK rules. A data protection authority (DPA) has its own powers, "
            "and the DPA can act alone.",
        ),
        [("Data Protection Act 2018", "dpa-2018")],
    ),
    # Qualified as an authority, or doing what an authority does.
    (
        ("Under the UK Data Protection Act 2018 the ICO leads; in cross-border cases the lead DPA decides.",),
        [("UK Data Protection Act 2018", "dpa-2018")],
    ),
    (
        ("The Data Protection Act 2018 is the UK statute. The DPA fined the retailer after a complaint.",),
        [("Data Protection Act 2018", "dpa-2018")],
    ),
    # The acronym of the Act, defined after the Act, stays the Act, also before a verb no body needs.
    (
        (
            "The Information Commissioner enforces the Data Protection Act 2018 (DPA). Section 170 of the DPA "
            "makes it an offence, and the DPA requires a lawful basis.",
        ),
        [
            ("Data Protection Act 2018", "dpa-2018"),
            ("DPA", "dpa-2018"),
            ("Section 170 of the DPA", "dpa-2018"),
            ("DPA", "dpa-2018"),
        ],
    ),
    # A law says what it provides: "says" is no authority's verb.
    (("Germany's § 308 Nr. 4 BGB says much the same.",), [("§ 308 Nr. 4 BGB", "de-bgb")]),
    (
        ("Kenya's Data Protection Act, 2019 binds lenders. Under the DPA, lenders must get consent.",),
        [("Data Protection Act, 2019", "kenya-dpa"), ("DPA", "kenya-dpa")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_a_shared_acronym_used_for_the_authority_is_no_law(
    paragraphs: tuple[str, ...], expected: list
) -> None:
    assert find_laws(*paragraphs) == expected
