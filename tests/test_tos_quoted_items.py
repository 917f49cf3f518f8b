"""A clause list quoted inside one quotation (tos_items.quoted_items): GUIDELINES labels the lead-in and each clause
apart, list markers outside ("The new section reads: “You agree not to: (a) …; (b) …”"), the shape forum posts use
when they paste lettered clauses into one line (as on https://www.antionline.com/printthread.php?pp=10&t=241755 and
https://edit.tosdr.org/points/23064). A quotation with one item, or a number inside a clause, stays one span. Every
text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "What the new rules say"

_units = partial(page_units, title=TITLE)

SPLIT = [
    # A lead-in ending on a colon, then lettered clauses.
    (
        'Zoomly updated its terms of service. The new section reads: "You agree not to: (a) post spam or advertising '
        "in any channel; (b) impersonate another member or a moderator; (c) share another person's address.\"",
        [
            "You agree not to:",
            "post spam or advertising in any channel;",
            "impersonate another member or a moderator;",
            "share another person's address.",
        ],
    ),
    # Numbered clauses in guillemets, no lead-in inside the quotation (French).
    (
        "Les conditions d'utilisation de Parlo précisent : « 1. Nous pouvons suspendre votre compte sans préavis. "
        "2. Vous ne pouvez pas revendre votre abonnement. »",
        [
            "Nous pouvons suspendre votre compte sans préavis.",
            "Vous ne pouvez pas revendre votre abonnement.",
        ],
    ),
]

WHOLE = [
    # One lettered item only: the quotation stays whole.
    (
        'Zoomly\'s terms of service now read: "You agree not to: (a) post spam or advertising in any channel."',
        ["You agree not to: (a) post spam or advertising in any channel."],
    ),
    # A number inside the clause is no item.
    (
        "Zoomly's terms of service now read: \"Users under 18 may not buy items. We may close 2 or more accounts "
        'held by one person."',
        ["Users under 18 may not buy items. We may close 2 or more accounts held by one person."],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), SPLIT)
def test_a_clause_list_inside_one_quotation_is_one_span_per_clause(
    paragraph: str, expected: list[str]
) -> None:
    assert quotes_found(_units(paragraph)) == expected


@pytest.mark.parametrize(("paragraph", "expected"), WHOLE)
def test_a_quotation_without_a_list_stays_whole(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(_units(paragraph)) == expected
