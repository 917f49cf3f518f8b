"""An aside between commas right after the document tells what befell it ("The terms, announced in a blog post on
Monday, say “…”", "The policy, updated after a letter from the regulator, now says “…”"): the blog post or the
regulator named in it does not speak, the document does. An aside with a verb of saying ("The policy, a
spokesperson said, now says") still gives the words to the one who says them. Pages of this shape: news on a terms
change that names the email, letter or complaint behind it in passing. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_LEAD = "Plumo changed its privacy policy and terms of service this week. "
_CLAUSE = "we may share your data with our partners"


def _quotes(sentence: str) -> list[str]:
    return article_quotes("Plumo terms", _LEAD + sentence + " Users were told.")


@pytest.mark.parametrize("sentence", [
    f"The new terms, sent to users by email, now read “{_CLAUSE}”.",
    f"The policy, updated after a letter from the regulator, now says “{_CLAUSE}”.",
    f"The terms, revised following an FTC complaint, now state that “{_CLAUSE}”.",
    f"The privacy policy, which the CEO defended on Monday, now says “{_CLAUSE}”.",
    f"The terms, announced in a blog post on Monday, say “{_CLAUSE}”.",
])  # fmt: skip
def test_the_document_speaks_past_an_aside(sentence: str) -> None:
    assert _quotes(sentence) == [_CLAUSE]


@pytest.mark.parametrize("sentence", [
    f"The policy, a spokesperson said, now says “{_CLAUSE}”.",
    "The terms, the CEO told reporters, were “written for humans”.",
    "The privacy policy, the FTC complaint says, “misled users about sharing”.",
    f"The terms changed, and a spokesperson says “{_CLAUSE}”.",
])  # fmt: skip
def test_one_who_says_in_the_aside_keeps_the_words(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_a_new_subject_after_the_aside_speaks() -> None:
    """ "…, when you ask support, they say": the aside is followed by a new subject, not the document's verb."""
    sentence = f"According to Plumo's terms, when you ask support, they say the company wants “{_CLAUSE}”."
    assert _quotes(sentence) == []
