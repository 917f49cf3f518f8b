"""A quotation after "may" that opens on what the law may do to the company ("Plumo may “face fines of up to four
percent of turnover”") is a regulator's, a lawyer's or the writer's word on what may happen: terms do not threaten
their own company with fines. A clause the company may act on stays. Pages of this shape: news on an investigation
opened after a terms change. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_LEAD = "Plumo changed its privacy policy and terms of service this week. "


def _quotes(sentence: str) -> list[str]:
    return article_quotes("Plumo terms", _LEAD + sentence + " Users were told by email.")


@pytest.mark.parametrize("sentence", [
    "The company may “face fines of up to four percent of turnover”.",
    "Plumo may “face fines of up to four percent of turnover”.",
    "Plumo may “face a class action from its users”.",
    "Plumo could “incur penalties for every day it fails to comply”.",
])  # fmt: skip
def test_what_the_law_may_do_is_no_clause(sentence: str) -> None:
    assert _quotes(sentence) == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("Under the new terms, Plumo may “suspend any account at its sole discretion”.",
     ["suspend any account at its sole discretion"]),
    ("Plumo may now “share your data with partners for marketing”.", ["share your data with partners for marketing"]),
])  # fmt: skip
def test_what_the_company_may_do_is_a_clause(sentence: str, found: list[str]) -> None:
    assert _quotes(sentence) == found
