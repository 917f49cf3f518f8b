"""Terms the writer makes up to argue a point ("I could put ToS on my site that say “…”") are no company's wording;
a company's terms named with what they allow stay its own. Pattern from a real page: a Hacker News thread on whether
arbitration clauses in terms of service bind. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # made-up terms
        ("A contract needs two parties who agree. Think of it this way: I could put terms of service on my site "
         "that say, “By using this site you agree to pay the owner $500.” No court would enforce that.", []),
        ("You could write into your terms of service that “the customer gives up every claim, forever,” and it would "
         "still fail in court.", []),
        ("Nothing is binding by itself: a company could just slip a line into its terms saying “you owe us your "
         "firstborn” and nobody would notice.", []),
        # a company's terms, what they allow
        ("Quillo can include your photos in ads under its terms, which say “we may show your content next to "
         "sponsored posts”.", ["we may show your content next to sponsored posts"]),
        ("Quillo's terms of service say “you agree to resolve disputes through individual arbitration”.",
         ["you agree to resolve disputes through individual arbitration"]),
    ],
)  # fmt: skip
def test_terms_made_up_to_argue_are_no_company_wording(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Are arbitration clauses binding?")) == expected
