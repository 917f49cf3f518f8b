"""A part of the document named by its heading in quotation marks ("The “Your Content” section now says:", "the
'Account Data' clause reads:") leads to the clause set off after it, as "The section now says:" does; the heading
itself is no wording (GUIDELINES). A part of an app or a law named the same way leads to nothing."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


CLAUSE = "By sharing a route, you let us show it, adapt it and use it to train the models behind our maps."
PAGE = "Trail App Rewrites Its Rules\n\nTrailmate updated its terms of service on Monday. {lead}\n\n{below}\n\nRunners were unhappy.\n"

LEADS = [
    "The “Your Routes” section now says:",
    'The "Your Routes" section now says:',
    "The ‘Route Data’ paragraph says:",
    "The “Sharing” part now says:",
]


@pytest.mark.parametrize("lead", LEADS)
def test_a_part_named_by_its_quoted_heading_leads_to_the_clause(lead: str) -> None:
    assert _quotes(PAGE.format(lead=lead, below=f"“{CLAUSE}”")) == [CLAUSE]


def test_the_clause_set_off_without_marks_under_a_quoted_heading() -> None:
    assert _quotes(PAGE.format(lead="The “Your Routes” section now says:", below=CLAUSE)) == [CLAUSE]


OTHERS = [
    (
        "The “safe harbour” section of the bill says:",
        "“A host that removes unlawful routes within a day is not liable.”",
    ),
    (
        "The “Your Routes” section of the app now lists:",
        "Morning loops, hill climbs and every run you saved last year.",
    ),
    (
        "A spokesperson said the “Your Routes” section means:",
        "“We never sell routes and we never will, full stop.”",
    ),
]


@pytest.mark.parametrize(("lead", "below"), OTHERS)
def test_a_quoted_part_of_a_law_an_app_or_a_speaker_leads_to_nothing(lead: str, below: str) -> None:
    assert _quotes(PAGE.format(lead=lead, below=below)) == []
