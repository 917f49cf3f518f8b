"""A quotation that resumes a speaker's, in the sentence right after the one that closed on it ("“…,” the company said.
“It is not our intention to sell your photos.”"), is the speaker's: a sentence after it that speaks of the terms'
wording ("The language was changed in March.") points at the change, not back at this quotation. A quotation of the
terms resumed the same way, or one with its own attribution to the document, stays the terms'."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

PAGE = "Trail App Rewrites Its Rules\n\nTrailmate is a running app. It changed its privacy policy this week. {body}\n\nRunners were unhappy.\n"


def _quotes(body: str) -> list[str]:
    text = PAGE.format(body=body)
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


@pytest.mark.parametrize(
    "body",
    [
        '"Routes are easy to misread," the company said. "It is not our intention to sell your routes." The language '
        "was changed in March.",
        "“Routes are easy to misread,” a spokesperson said. “We would never sell them.” The wording was updated a week "
        "later.",
    ],
)
def test_a_speaker_s_quotation_resumed_stays_the_speaker_s(body: str) -> None:
    assert _quotes(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "“You give us a licence to your routes,” the terms say. “We may share them with partners.” That language "
            "is new.",
            ["You give us a licence to your routes,", "We may share them with partners."],
        ),
        (
            "“You give us a licence to your routes.” That line is from the new terms.",
            ["You give us a licence to your routes."],
        ),
        (
            '"Routes are easy to misread," the company said. "We may share your routes," the policy reads.',
            ["We may share your routes,"],
        ),
    ],
)
def test_the_terms_quotation_resumed_or_attributed_stays_the_terms(body: str, expected: list[str]) -> None:
    assert _quotes(body) == expected
