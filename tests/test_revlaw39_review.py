"""Review of earlier sessions' leftovers (revlaw39): a bare section "of the stadium" is a seating block, not a law's;
"directive 24/7" is a round-the-clock order, not an EU directive (a two-digit year is one before 1999)."""

from __future__ import annotations

import pytest

from tests.law_support import find_laws

LAW_CASES = [
    # A lower-case thing after a bare provision owns its number.
    (
        "The club was fined €2 million under Article 5 of the GDPR. Fans in Sec 2 of the stadium may not film.",
        ["Article 5 of the GDPR"],
    ),
    (
        "The arena breached the GDPR, the authority said. Seats in Section 114 of the arena were covered by cameras.",
        ["GDPR"],
    ),
    # A run that names a law by a lower-case head word or noun stays the law's.
    (
        "The platform was fined under the GDPR. Article 17 of the bloc's privacy law gives users the right to erasure.",
        ["GDPR", "Article 17"],
    ),
    (
        "The Commission cited the Digital Markets Act and Article 102 of the treaty in its decision.",
        ["Digital Markets Act", "Article 102"],
    ),
    (
        "The insurer broke the GDPR, and Article 32 of the regulation required encryption.",
        ["GDPR", "Article 32"],
    ),
    # A two-digit directive year is one before 1999.
    (
        "The fine rests on the GDPR. The manager's directive 24/7 keeps the gates staffed.",
        ["GDPR"],
    ),
    (
        "The fine rests on the GDPR, which replaced directive 95/46, and on the cookie rules of directive 2002/58.",
        ["GDPR", "directive 95/46", "directive 2002/58"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAW_CASES)
def test_owned_numbers_and_directive_years(text: str, expected: list[str]) -> None:
    assert [name for name, _ref in find_laws(text)] == expected
