"""A paragraph that presents the document as what comes next, with no colon ("This is our current terms of
service."), over pasted clauses (tos-real-styles-18): the clauses are the document's while they bind; the
poster's own words after them, a presenting sentence followed by someone else, a question and a sentence
that goes on past the document's name are not. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "New rules for the forum"
CLAUSES = (
    "You agree not to post anything defamatory or unlawful.",
    "We reserve the right to remove any post without explanation.",
    "I'd like to change it. A lot of this does not fit the forum.",
)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("This is our current terms of service. It's the software's boilerplate.", list(CLAUSES[:2])),
        ("admin_rook Here are the new community guidelines.", list(CLAUSES[:2])),
        # A lawyer after the presenting sentence; a question; the name not ending the sentence.
        ("This is our current terms of service. A lawyer friend wrote the rest.", []),
        ("Is this our current terms of service?", []),
        ("This is our current terms of service, more or less, as I remember it.", []),
    ],
)
def test_a_presented_document_owns_the_clauses_below(lead: str, expected: list[str]) -> None:
    assert quotes_found(page_units(lead, *CLAUSES, title=TITLE)) == expected
