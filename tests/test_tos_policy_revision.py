"""The revised policy named by the word for its revision ("“…,” the company explains in a policy revision that takes
effect tomorrow") holds the words quoted from it, as "in its updated privacy policy" does. A policy update (as often
the notice or the email that announced it), a blog post about the revision, or a person speaking of it, does not."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

CLAUSE = "Your routes are records owned by Trailmate"
PAGE = "Trail App Rewrites Its Rules\n\nTrailmate is a running app. It changed its privacy policy this week. {body}\n\nRunners were unhappy.\n"


def _quotes(body: str) -> list[str]:
    text = PAGE.format(body=body)
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


@pytest.mark.parametrize(
    "body",
    [
        f"“{CLAUSE},” the company explains in a policy revision that takes effect tomorrow.",
        f"In a policy revision that takes effect tomorrow, the company explains: “{CLAUSE}.”",
    ],
)
def test_words_quoted_from_a_policy_revision_are_the_policy_s(body: str) -> None:
    assert [found.rstrip(".,") for found in _quotes(body)] == [CLAUSE]


@pytest.mark.parametrize(
    "body",
    [
        "“We never sell your routes,” the company said in a policy update emailed to users.",
        "“We never sell your routes,” the company said in a blog post about its policy revision.",
        "“We never sell your routes,” a spokesperson said of the policy revision.",
    ],
)
def test_an_update_a_post_or_a_person_on_the_revision_stays_unlabelled(body: str) -> None:
    assert _quotes(body) == []
