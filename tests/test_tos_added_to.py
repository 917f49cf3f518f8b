"""Words a company added to its document ("Trailmate quietly added “we may share your routes” to its privacy policy",
a headline's "adds ‘…’ to its privacy policy") are the document's, as words "removed … from" it were: "added" there
changes the document, where before a quotation alone it is a speaker's verb. A remark added to a statement, a
complaint or a blog post stays unlabelled."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

PAGE = "Trail App Rewrites Its Rules\n\nTrailmate is a running app. It changed its privacy policy this week. {body}\n\nRunners were unhappy.\n"


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Trailmate quietly added “we may share your routes with advertisers” to its privacy policy last week.",
            "we may share your routes with advertisers",
        ),
        (
            "The company added “we may use your routes to train our models” to the terms in March.",
            "we may use your routes to train our models",
        ),
    ],
)
def test_words_added_to_the_document_are_its_words(body: str, expected: str) -> None:
    assert _quotes(PAGE.format(body=body)) == [expected]


def test_a_headline_that_adds_words_to_the_policy() -> None:
    text = "Trailmate quietly adds ‘we may share your routes with advertisers’ to its privacy policy\n\nRunners were unhappy.\n"
    assert _quotes(text) == ["we may share your routes with advertisers"]


@pytest.mark.parametrize(
    "body",
    [
        "A spokesperson added “we will never sell your routes” to the statement sent to reporters.",
        "Critics added “a licence nobody needs” to their complaint about the privacy policy.",
        "Trailmate added “we may share your routes with advertisers” to its blog post about the privacy policy.",
    ],
)
def test_a_remark_added_to_a_statement_or_a_post_stays_unlabelled(body: str) -> None:
    assert _quotes(PAGE.format(body=body)) == []
