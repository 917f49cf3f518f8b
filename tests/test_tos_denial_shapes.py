"""A sentence that denies the document says something quotes what it does not say: "The policy nowhere says “…”",
"There is no clause in the terms saying “…”", "The terms never once say “…”" (GUIDELINES: only wording the article
presents as the terms). Pages of this shape: law-firm alerts and consumer blogs checking a rumour against the
terms. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_LEAD = "Plumo changed its privacy policy and terms of service this week. "


def _quotes(sentence: str) -> list[str]:
    return article_quotes("Plumo terms", _LEAD + sentence + " Users were relieved.")


@pytest.mark.parametrize("sentence", [
    "The terms never once say “we will sell your data to advertisers”.",
    "The policy nowhere says “we will sell your data to advertisers”.",
    "There is no clause in the terms saying “we will sell your data to advertisers”.",
    "The terms do not include any clause saying “we will sell your data to advertisers”.",
    "The new policy contains no clause saying “we will sell your data to advertisers”.",
])  # fmt: skip
def test_a_denied_wording_is_no_quote(sentence: str) -> None:
    assert _quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The terms include a clause saying “we will sell your data to advertisers”.",
    "The policy says “we will sell your data to advertisers”.",
    "The terms have no limit on sharing: they say “we will sell your data to advertisers”.",
])  # fmt: skip
def test_a_wording_said_is_a_quote(sentence: str) -> None:
    assert _quotes(sentence) == ["we will sell your data to advertisers"]
