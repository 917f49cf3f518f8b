"""A company named after a comma that promises ("Under fire for its new terms, Plumo promised to “…”") makes its own
pledge, as one that says does: the words are the company's, not the terms'. In its document ("In its new terms, Plumo
promises to “…”") it speaks the terms. Pages of this shape: news on a company backing down after a terms change.
Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_LEAD = "Plumo changed its privacy policy and terms of service this week. "
_WORDS = "delete your data within thirty days"


def _quotes(sentence: str) -> list[str]:
    return article_quotes("Plumo terms", _LEAD + sentence + " Users were told by email.")


@pytest.mark.parametrize("sentence", [
    f"Under fire for its new terms, Plumo promised to “{_WORDS}”.",
    f"After the outcry over the privacy policy, Plumo pledged to “{_WORDS}”.",
    f"Criticised for the new terms, Plumo vows to “{_WORDS}”.",
])  # fmt: skip
def test_a_company_named_after_a_comma_pledges_its_own_words(sentence: str) -> None:
    assert _quotes(sentence) == []


@pytest.mark.parametrize("sentence", [
    f"In its new terms, Plumo promises to “{_WORDS}”.",
    f"The new terms promise to “{_WORDS}”.",
])  # fmt: skip
def test_the_terms_promise_in_their_own_words(sentence: str) -> None:
    assert _quotes(sentence) == [_WORDS]
