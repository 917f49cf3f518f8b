"""A quotation set off alone as the last paragraph of an article (or of a comment) has no paragraph after it to name its
source: the walk closes the run there as it does under a paragraph that names none, and takes the quotations that bind
as terms do (the shape of a blog that lists sites' content licences, each under a line naming the site and its terms
page, georgestarcher.com). Words invented here."""

from __future__ import annotations

from tos_support import article_quotes

TITLE = "How three apps word the licence you give them"
LEAD = "Here is how each service words the licence you give it when you post."
FIRST = "You grant Pinwheel a worldwide, royalty-free licence to host and show your posts."
LAST = "By posting content, you grant us a non-exclusive, transferable licence to copy and adapt it."


def test_the_last_set_off_clause_is_the_documents_as_the_one_before_it() -> None:
    body = (
        f"{LEAD}\n\nPinwheel: pinwheel.example/terms\n“{FIRST}”\n\nBirdhouse: birdhouse.example/tos\n“{LAST}”"
    )
    assert article_quotes(TITLE, body) == [FIRST, LAST]


def test_a_last_set_off_clause_alone_under_a_lead_that_names_the_terms() -> None:
    body = f"Birdhouse changed its terms of service this week.\n\n“{LAST}”"
    assert article_quotes(TITLE, body) == [LAST]


def test_a_last_quotation_that_binds_nobody_stays_out() -> None:
    body = f"{LEAD}\n\nPinwheel: pinwheel.example/terms\n“{FIRST}”\n\nBirdhouse: birdhouse.example/tos\n“We love what our community makes.”"
    assert article_quotes(TITLE, body) == [FIRST]


def test_a_last_quotation_under_a_spokesperson_stays_out() -> None:
    body = (
        f"Birdhouse changed its terms of service this week. A spokesperson for the company said:\n\n“{LAST}”"
    )
    assert article_quotes(TITLE, body) == []
