"""Terms wording a person passes on: a company's court filing that quotes its subscriber agreement ("“… The agreement
states that ‘…,’” the company wrote in its motion"), and a Dutch page that quotes the terms in the company's voice
("In de voorwaarden van Trapper staat: “Wij mogen …”") before a spokesperson's reassurance. The nested quotation is
the document's, the outer one the company's; the spokesperson's words stay theirs. Pages of this shape: livemint.com
(a theme park's arbitration motion), engadget.com (terms news with a spokesperson). Every text here is written for the
test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Can a music trial stop you suing a hotel?",
     "Halvane Media says a guest who once tried its TuneBox service agreed to arbitrate every claim against it.\n\n"
     "“The Terms of Use came with the Member Agreement. The first screen of the Member Agreement states, in bold, that "
     "‘every claim between you and us must be settled by individual binding arbitration,’” the company wrote in its "
     "motion.",
     ["every claim between you and us must be settled by individual binding arbitration,"]),
    ("Deelscooterapp bewaart ritten langer",
     "In de nieuwe voorwaarden van deelscooterapp Stepje staat: \"Wij mogen uw ritten bewaren zolang uw account "
     "bestaat.\"\n\n\"Niemand hoeft zich zorgen te maken,\" aldus woordvoerder Anne de Wit.",
     ["Wij mogen uw ritten bewaren zolang uw account bestaat."]),
])  # fmt: skip
def test_terms_passed_on_beside_a_person(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body"), [
    # A quotation the document leads to, then another source named after it in the same sentence: that source's.
    ("Halvane answers users",
     "Halvane's terms of service say the firm may “pause any account”, according to a support statement."),
    # A nested quotation with no document leading to it: the person's words, the outer and the inner alike.
    ("Halvane answers users",
     "“We told users plainly that ‘nothing changes for you,’” the company wrote in its motion."),
    # A Dutch spokesperson's "we can": a statement, not a clause, on a page that names no document.
    ("Deelscooterapp bewaart ritten langer",
     "Stepje bewaart ritten langer. De nieuwe regels zeggen: \"Wij kunnen uw ritten niet inzien.\""),
])  # fmt: skip
def test_the_person_keeps_the_words(title: str, body: str) -> None:
    assert article_quotes(title, body) == []
