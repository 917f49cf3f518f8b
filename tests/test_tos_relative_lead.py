"""A relative clause that only describes the document before the colon that hands over to its words ("in the new
privacy policy, which applies to email, web searches, and visits:") keeps the lead-in the document's, however long
its list and with a serial comma before the list's last "and". A clause in which someone else speaks, or a second
source joined by ", and", still takes the quotation away."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

CLAUSE = "By sharing a route, you let us show it, adapt it and use it to train the models behind our maps."
PAGE = "Trail App Rewrites Its Rules\n\nTrailmate is a running app with two million users. {lead} “{clause}”\n\nRunners were unhappy.\n"


def _quotes(lead: str) -> list[str]:
    text = PAGE.format(lead=lead, clause=CLAUSE)
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


DESCRIBED = [
    "Here are some examples of the revisions in the new privacy policy, which applies to email, web searches, and visits:",
    "Here are some of the revisions in Trailmate's new privacy policy, which applies to the app, the watch, the "
    "website, and visits to partner gyms:",
    "Below are the new lines in the updated terms, which apply to runs, rides, swims, and every other workout you log "
    "in the app:",
]


@pytest.mark.parametrize("lead", DESCRIBED)
def test_a_relative_clause_describing_the_document_keeps_the_lead(lead: str) -> None:
    assert _quotes(lead) == [CLAUSE]


OTHERS = [
    "The new privacy policy, which critics say goes too far, drew this from one user:",
    "The new privacy policy, which a lawyer we spoke to called unusual, made her write:",
    "The new privacy policy, which runs to 40 pages, and the company FAQ, which answers questions from users, say:",
]


@pytest.mark.parametrize("lead", OTHERS)
def test_someone_else_in_or_after_the_relative_clause_takes_the_quotation(lead: str) -> None:
    assert _quotes(lead) == []
