"""A bare "$" about a Canadian, Hong Kong, Singapore, New Zealand or Australian matter (lawpen24, session 37).

GUIDELINES' settled case: such a "$" is the US dollar unless the article establishes the local dollar for it, by
writing that dollar outright ("C$", "CA$", "HK$", "S$", "NZ$", "A$", "Canadian dollars"); the place's name, its
regulator or its law alone does not. A bracketed "$" restating a local amount is the US conversion. Made-up
articles in the pattern of regulator releases and newspapers (pcpd.org.hk, mondaq.com on Canada's CPPA)."""

from __future__ import annotations

import pytest
from law_support import settled_currencies

ROWS = [
    # The place alone: the US dollar (each failed before: the local dollar).
    (
        ("Hong Kong's privacy watchdog referred the agency to the police.", "A magistrate fined it $8,000."),
        [("$8,000", "USD")],
    ),
    (
        (
            "Ottawa tabled a new privacy bill on Thursday.",
            "Fines under it could reach $25 million per breach.",
        ),
        [("$25 million", "USD")],
    ),
    (("The Singapore commission fined the clinic $30,000 for the leak.",), [("$30,000", "USD")]),
    (("An Auckland tribunal awarded the worker $12,000 for the privacy breach.",), [("$12,000", "USD")]),
    # The article writes the local dollar: its bare "$" is that dollar.
    (
        (
            "Hong Kong's privacy watchdog referred the agency to the police.",
            "A magistrate fined it HK$8,000; the last such fine was $5,000.",
        ),
        [("HK$8,000", "HKD"), ("$5,000", "HKD")],
    ),
    (
        (
            "Ottawa tabled a new privacy bill on Thursday, with fines in Canadian dollars.",
            "The commissioner once fined a telecom 40,000 Canadian dollars.",
            "Fines under the bill could reach $25 million per breach.",
        ),
        [("40,000 Canadian dollars", "CAD"), ("$25 million", "CAD")],
    ),
    # Naming the local dollar without a number establishes it too (failed before the words were read: USD).
    (
        (
            "Ottawa tabled a new privacy bill on Thursday; all figures below are in Canadian dollars.",
            "Fines under it could reach $25 million per breach.",
        ),
        [("$25 million", "CAD")],
    ),
    # A bracketed "$" after a local amount is its US conversion (failed before: CAD).
    (
        ("The Toronto court fined the retailer C$1.4 million ($1 million) on Friday.",),
        [("C$1.4 million", "CAD"), ("$1 million", "USD")],
    ),
    # An article about the United States is untouched.
    (("The FTC fined the Ohio broker $2 million.",), [("$2 million", "USD")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ROWS)
def test_a_bare_dollar_is_local_only_where_the_article_writes_the_local_dollar(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert settled_currencies(*paragraphs) == expected
