"""A paragraph that ends by announcing a walk through a document's clauses, with no colon ("So let's break down the
licensing clauses in Pinwheel's terms of service, and see what they say."), hands over to the clause set off below it
when that clause binds as terms do (the shape of a web developer's blog on ToS licences, anaerins.blogspot.com).
Words invented here."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "What you really give a photo app when you post"
CLAUSE = "By posting content on Pinwheel, you grant us a worldwide, royalty-free licence to copy, adapt and show it."
SHARE = "We may share your precise location with our advertising partners."


@pytest.mark.parametrize(("lead", "clause"), [
    ("Nobody reads these. So let's break down the licensing clauses in Pinwheel's terms of service, and see what they say.", CLAUSE),
    ("We'll go through the key provisions of the Birdhouse privacy policy one at a time.", SHARE),
    ("Here's a look at the sections of the Pinwheel user agreement that matter most.", CLAUSE),
])  # fmt: skip
def test_a_binding_clause_under_a_walk_through_announcement(lead: str, clause: str) -> None:
    assert article_quotes(TITLE, f"{lead}\n\n{clause}") == [clause]


@pytest.mark.parametrize(("lead", "clause"), [
    # The writer's own summary under the announcement binds nobody.
    ("So let's break down the licensing clauses in Pinwheel's terms of service.", "In short, the licence is broad, and it lasts as long as the posts stay up."),
    # Someone else's words are walked through, not the document's.
    ("Let's look at what the company's lawyer said about the clauses in the terms of service.", "Pinwheel only shows what users choose to make public, and nothing else."),
    # A question announces nothing.
    ("Shall we break down the licensing clauses in Pinwheel's terms of service?", "Honestly, it is the same licence every photo app has, and it is fine."),
])  # fmt: skip
def test_a_summary_another_speaker_or_a_question_stays_out(lead: str, clause: str) -> None:
    assert article_quotes(TITLE, f"{lead}\n\n{clause}") == []
