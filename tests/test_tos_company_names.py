"""The company a terms quotation is said to come from is a company, never a law named before it.

Written for the test after news reports of fines over app terms, in our own words.
"""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

HEAD = "Parking app fined over renewal terms\n\n"


def _companies(paragraph: str) -> list[str | None]:
    found = annotate(parse_text(HEAD + paragraph + "\n")).annotations
    return [annotation.company for annotation in found if annotation.kind == "tos_quote"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council fined the maker of a parking app $40,000 under the Consumer Protection Act after its"
        " terms said “subscriptions renew automatically and fees are non-refundable”.",
        "A court applied the Unfair Contract Terms Act to its terms, which read “we may end your account"
        " for any reason”.",
    ],
    ids=["act-before-its-terms", "act-before-which-read"],
)
def test_a_law_named_before_the_terms_is_not_their_company(paragraph: str) -> None:
    """ "under the Consumer Protection Act after its terms said “…”": the quotation is found, with no law as its company."""
    companies = _companies(paragraph)
    assert companies, "the quotation is still found"
    assert all(company is None or not company.endswith("Act") for company in companies)


def test_a_company_before_its_terms_stays_their_company() -> None:
    """ "Parkly's terms say “…”": Parkly is the company."""
    assert _companies(
        "Parkly's terms say “fees are non-refundable and we may end your account at any time”."
    ) == ["Parkly"]
