"""An FAQ, a help page, an explainer or a blog post published with the terms speaks for itself: "An FAQ published
with the new terms says Pellmark “does not look at private messages”" quotes the FAQ, not the terms (GUIDELINES: FAQ
answers and blog posts are no terms), as "an FAQ about the terms" already did. The terms published with something
else, or quoted beside their FAQ, stay the terms."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


PAGE = "Pellmark updated its terms of service last week.\n\n{sentence}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "An FAQ published with the new terms says Pellmark “does not look at private messages.”",
        "A help page linked from the new terms says users “can switch off training at any time.”",
        "A blog post accompanying the updated privacy policy says the company “will never sell your photos.”",
        "An explainer released alongside the new terms says Pellmark “only uses public posts.”",
        "The FAQ that came with the policy update says the change “does not affect private albums.”",
    ],
)
def test_a_page_published_with_the_terms_speaks_for_itself(sentence: str) -> None:
    assert _quotes(PAGE.format(sentence=sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "The terms published with the app say “we may share your location with partners.”",
            "we may share your location with partners.",
        ),
        (
            "Alongside an FAQ, the new terms now state that “we may use public posts to train our models.”",
            "we may use public posts to train our models.",
        ),
    ],
)
def test_the_terms_published_with_something_else_stay_the_terms(sentence: str, quote: str) -> None:
    assert _quotes(PAGE.format(sentence=sentence)) == [quote]
