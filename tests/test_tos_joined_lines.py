"""A lead-in line ending on a colon and the clause on the line under it, which plain text with single line breaks runs
into one paragraph (the parser joins wrapped lines): the clause line is set off as a paragraph under a lead-in is.
Pages of this shape: a blog listing what was cut from a social network's terms ("Ecco cosa è stato rimosso dai
termini di servizio:" over the removed sentence) and a forum comment quoting a browser's revised terms under "The
updated terms … are just more clearly worded:". Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

_TITLE = "Plumo rewrites its terms\n\n"


def _quotes(text: str) -> list[str]:
    article = parse_text(_TITLE + text)
    return [note.text for note in annotate(article).annotations if note.kind == "tos_quote"]


@pytest.mark.parametrize(("text", "found"), [
    # The lead-in line names the document; the clause line under it is its words, to the end of that line.
    ("Plumo changed several lines of its user agreement this week.\n"
     "Here is what was taken out of the user agreement:\n"
     "You may delete your albums at any time. Once deleted, the licence you granted ends with them.\n",
     ["You may delete your albums at any time. Once deleted, the licence you granted ends with them."]),
    ("Plumo ha cambiato alcune righe delle sue condizioni d'uso.\n"
     "Ecco cosa è stato tolto dalle condizioni d'uso di Plumo:\n"
     "You may delete your albums at any time and the licence ends with them.\n",
     ["You may delete your albums at any time and the licence ends with them."]),
    ("The revised terms say the same thing, only more plainly worded:\n"
     "You give Plumo the rights it needs to run the app. This gives Plumo no ownership of your albums.\n"
     "That is all it says, really.\n",
     ["You give Plumo the rights it needs to run the app. This gives Plumo no ownership of your albums."]),
    # A clause list on the lines under the lead-in line: one span per item, its marker outside.
    ("Plumo changed its user agreement this week. The new user agreement says:\n"
     "1. We may share your albums with partners.\n"
     "2. We may keep your albums after you delete them.\n",
     ["We may share your albums with partners", "We may keep your albums after you delete them"]),
    # A page that wraps its lines: the clause goes on over the next lines while its sentence does.
    ("Plumo updated its user agreement on Monday.\n"
     "The updated user agreement now reads:\n"
     "You grant Plumo a worldwide licence to host, copy,\n"
     "adapt and show your albums in any medium.\n",
     ["You grant Plumo a worldwide licence to host, copy, adapt and show your albums in any medium."]),
    ("Plumo updated its user agreement on Monday.\n"
     "The updated user agreement now reads:\n"
     "You may delete your albums at any time.\n"
     "most readers will not notice, and Plumo did not say why.\n",
     ["You may delete your albums at any time."]),
])  # fmt: skip
def test_the_line_under_a_lead_in_line_is_the_document(text: str, found: list[str]) -> None:
    assert _quotes(text) == found


@pytest.mark.parametrize("text", [
    # The writer's summary, a poster's own line, a question, or a lead-in naming no document: nothing.
    "Plumo changed its user agreement this week.\nHere is what changed in the user agreement:\n"
    "Albums can now be deleted and the licence ends with them.\n",
    "Plumo changed its user agreement this week.\nMy reaction to the user agreement:\n"
    "I think I will delete my albums and leave for good.\n",
    "Plumo changed its user agreement this week.\nOne question about the user agreement:\n"
    "Can they keep my albums after I delete them?\n",
    "Plumo changed several things this week.\nThe news in short:\n"
    "You may delete your albums at any time and the licence ends with them.\n",
    # A line that goes on after the colon in the input is not set off (nothing joined it).
    "Plumo changed its user agreement: albums now stay up for a year after an account closes.\n",
])  # fmt: skip
def test_no_clause_without_a_lead_in_line_to_a_document(text: str) -> None:
    assert _quotes(text) == []
