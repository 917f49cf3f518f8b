"""Two kinds of law in the plural joined as a heading does ("Applicable Laws & Regulations") name a class of
laws, no particular law; a name with a kind in the singular or a year after it stays one."""

from __future__ import annotations

import pytest
from law_support import find_laws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Applicable Laws & Regulations", []),
        ("Relevant Laws & Regulations: the HIPAA Privacy Rule", ["HIPAA Privacy Rule"]),
        ("Other Laws & Regulations for lenders", []),
        # A particular law: a singular kind inside the name, or a year after it.
        (
            "The Consumer Code of Practice Regulations 2007 bind operators.",
            ["Consumer Code of Practice Regulations 2007"],
        ),
        ("The Rules of Court Act was amended.", ["Rules of Court Act"]),
        ("The Health & Safety Regulations apply on site.", ["Health & Safety Regulations"]),
    ],
)
def test_paired_plural_kinds_of_law_are_no_law(text: str, expected: list[str]) -> None:
    assert [found for found, _ref in find_laws(text)] == expected
