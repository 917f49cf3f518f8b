"""Whose words a quotation is, by families of real leads: a law, a bill, a ruling or a regulator
named in the lead hands its quote to no terms document, while the document may be named after the
quote, by a short name, or as the place where the company speaks. Every text here is written for
the test."""

from __future__ import annotations

import pytest

from tests.tos_support import page_units, quotes_found

TITLE = "Sendl's terms of service and the law behind them"

# (paragraphs, the quotes that are the terms')
ROWS = [
    # A numbered part that is a law's name is the law: its set-off text is nobody's terms.
    (
        (
            "The terms of service say “we may remove any post at our discretion”.",
            "Federal law helps too. Section 230 says:",
            "A service is not to be treated as the author of what its users supply.",
        ),
        ["we may remove any post at our discretion"],
    ),
    (
        ("Section 230(c)(1) reads: “no service is the author of what its users post”.",),
        [],
    ),
    # The document named after the quotation, with words that make the quotation its wording.
    (
        ("“We may contact the guardian on your account” is how the user agreement puts it.",),
        ["We may contact the guardian on your account"],
    ),
    (
        ("“Fees are not refunded for partial months” comes from section 4 of the terms of service.",),
        ["Fees are not refunded for partial months"],
    ),
    (
        ("“Read it before you sign” is how the lawyer summed up the terms of service.",),
        [],
    ),
    (
        ("“We never read your notes” is what the company told users who asked about its terms.",),
        [],
    ),
    # A numbered part of the terms still leads to them.
    (
        (
            "The terms of service were rewritten in May. Section 9 says:",
            "We may remove or restrict any content at our sole discretion, for any reason.",
        ),
        ["We may remove or restrict any content at our sole discretion, for any reason."],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ROWS)
def test_whose_words(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected
