"""Review rows of session 30 for forum headers and numbered clauses with no lead-in. A quote header whose brackets
say what the member wrote about ("Zitat von kai (zu den AGB):") hands nothing over: the member's words follow, not the
terms' (tos_source_lines.header_source, role notice_topic). A numbered paragraph that names a law is the law's
provision, not a clause of the document the forum question names (tos_unled_block.numbered_clause). Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Forum: Kontosperre laut AGB"


@pytest.mark.parametrize("body", [
    "Zitat von kai (zu den AGB):\nDas ist doch sittenwidrig, die dürfen das Konto nicht einfach ohne Grund sperren.",
    "Zitat von kai (über die AGB):\nDie dürfen das Konto nicht einfach ohne Grund sperren, das hält vor keinem Gericht.",
    "Can the privacy policy really say that?\n\n7.2 Under the GDPR, a controller may process data only with a legal "
    "basis.",
])  # fmt: skip
def test_a_member_s_words_about_the_terms_or_a_law_s_provision_are_no_terms(body: str) -> None:
    assert article_quotes(TITLE, body) == []


@pytest.mark.parametrize(("body", "found"), [
    ("Zitat von kai (aus den AGB):\nDer Anbieter kann das Konto ohne Angabe von Gründen sperren.",
     ["Der Anbieter kann das Konto ohne Angabe von Gründen sperren."]),
    ("The EULA clearly covers this, so why do cheaters keep playing?\n\n7.2 Pitlane may suspend your access to the "
     "Game without notice if you cheat.", ["Pitlane may suspend your access to the Game without notice if you cheat."]),
])  # fmt: skip
def test_the_terms_quoted_under_a_header_or_a_question_stay_the_terms(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, body) == found
