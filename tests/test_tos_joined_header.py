"""A forum's quote header that names the document in brackets, with the quoted rule on the line under it, which the
text parser runs into one paragraph ("Zitat von kai (aus den AGB):" then the clause; tos_joined_lines): the rule is
the document's, as under a header set off as its own paragraph. The pattern of phpBB and vBulletin threads that
quote the rules (https://www.goldenplanetforum.com/viewtopic.php?f=6&t=1157&p=10585,
http://hartz.info/index.php?topic=112388.msg1229044). A header naming only a member, or a topic, hands over
nothing. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Frage zu den Regeln"

MATCHES = [
    (
        "Zitat von mod_jens (aus den AGB):\nDer Kunde muss das Abonnement bis zum Monatsende "
        "in Textform kündigen.\n\nAlso rechtzeitig kündigen.",
        ["Der Kunde muss das Abonnement bis zum Monatsende in Textform kündigen."],
    ),
    (
        "Citation de Lea_B (conditions générales) :\nL'abonné peut changer d'offre une fois par mois sans frais."
        "\n\nDonc c'est possible.",
        ["L'abonné peut changer d'offre une fois par mois sans frais."],
    ),
]

NO_MATCHES = [
    # The header names a member only: the member's post.
    "Zitat von mod_jens:\nDer Kunde muss das Abonnement bis zum Monatsende in Textform kündigen.\n\nAlso "
    "rechtzeitig kündigen.",
    # The header names a topic the member wrote about.
    "Quote from: kim on 1 June 2014 about the forum rules:\nMembers must not sell accounts in the marketplace "
    "section.\n\nThat was my reading anyway.",
]


@pytest.mark.parametrize(("body", "expected"), MATCHES)
def test_a_rule_under_a_header_naming_the_document_is_found(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected


@pytest.mark.parametrize("body", NO_MATCHES)
def test_a_post_under_a_header_naming_no_document_is_left_alone(body: str) -> None:
    assert article_quotes(TITLE, body) == []
