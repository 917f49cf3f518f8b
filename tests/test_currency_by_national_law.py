"""A law named with what makes it one country's alone (its year, or an acronym no other country uses) places the
article in that country, as the country's name or regulator does; by GUIDELINES' settled case a bare "$" there is
still the US dollar unless the article writes the local dollar (tests/test_lawpen24_dollars.py)."""

from __future__ import annotations

import pytest
from law_support import settled_currencies

CASES = [
    (("The PDPA 2012 caps the penalty at $1 million.",), [("$1 million", "USD")]),
    (("Under the Personal Data Protection Act 2012 the firm was fined $74,000.",), [("$74,000", "USD")]),
    (("The Privacy Act 1988 now allows penalties of $50 million.",), [("$50 million", "USD")]),
    (("Under the Privacy Act 2020 the firm faces a $10,000 fine.",), [("$10,000", "USD")]),
    (("PIPEDA sets fines of up to $100,000.",), [("$100,000", "USD")]),
    (("Under the PDPO, the fine is up to $1,000,000.",), [("$1,000,000", "USD")]),
    # A privacy act with no year, or another year, places nothing: the dollar stays the US one.
    (("Under the Privacy Act the agency paid $2 million.",), [("$2 million", "USD")]),
    (("The Privacy Act 1974 did not stop the $3 million settlement.",), [("$3 million", "USD")]),
    # A law's year counts as one more word for its country, as a regulator does ("Singapore's PDPC"): an article
    # that names the US more often keeps US dollars.
    (
        (
            "The US regulator fined the Texas broker $4 million.",
            "American lawyers note that Singapore's PDPA 2012 is milder.",
        ),
        [("$4 million", "USD")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_a_national_law_places_the_dollar(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert settled_currencies(*paragraphs) == expected
