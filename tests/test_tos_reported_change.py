"""A paragraph under a lead-in, or a line after a label, that reports a change to a document in the third person
("Big platforms have modified their terms to allow …", "Key changes: Vexo updated its privacy policy to …") is
the writer's news of the change, not the document's wording. A clause that speaks of its own document ("If we
have modified these Terms, …") stays the clause."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


LEAD = "Apps Rewrite Their Rules\n\nA report this week showed how several chat apps changed their terms of service:\n\n{below}\n"

NEWS = [
    "Large platforms such as Vexo, Lumo and others have modified their terms to allow training models on user chats.",
    "Key changes in the terms: Vexo updated its terms of service to let it keep voice notes for five years.",
    "In short, Lumo's owners rewrote Lumo's terms so that it may sell anonymised chat logs to partners.",
]


@pytest.mark.parametrize("below", NEWS)
def test_a_change_reported_in_the_third_person_is_no_clause(below: str) -> None:
    assert _quotes(LEAD.format(below=below)) == []


CLAUSES = [
    "If we have modified these Terms, we will notify you by email at least 30 days before the change applies.",
    "We may keep your voice notes for up to five years and use them to improve our services.",
]


@pytest.mark.parametrize("below", CLAUSES)
def test_a_clause_about_its_own_document_stays_the_clause(below: str) -> None:
    assert _quotes(LEAD.format(below=below)) == [below]
