"""A quoted clause list whose lines the parser sets apart, one paragraph a line, inside one quotation that only the
last line closes (`Section 7 says: "If you pay late, you authorise us to:` / `(a) …;` / `(b) …;` / `(c) …."`), as a
reader pastes a loan app's recovery clause on a forum: GUIDELINES labels the lead-in and each clause apart, markers
outside (tos_items.running_items, open_item). Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Lendly's terms let it call your family if you pay late"

LIST = (
    "I read the app's terms of use. Section 9 says:\n\n"
    '"If any instalment is overdue, the Borrower authorises the Company and its agents to:\n'
    "(a) call the Borrower on any number linked to the account at any hour;\n"
    "(b) contact the people saved in the Borrower's phone or named in the loan application, for the purpose of "
    "finding out where the Borrower is;\n"
    '(c) tell those people how much the Borrower owes."\n\n'
    "Point (b) means your whole address book."
)

FOUND = [
    (
        LIST,
        [
            "If any instalment is overdue, the Borrower authorises the Company and its agents to:",
            "call the Borrower on any number linked to the account at any hour;",
            "contact the people saved in the Borrower's phone or named in the loan application, for the purpose of "
            "finding out where the Borrower is;",
            "tell those people how much the Borrower owes.",
        ],
    ),
]

NOT_TAKEN = [
    # A writer's point numbered "1." under a quotation left open is no lettered clause of it: a bare number numbers a
    # writer's points as often.
    (
        "I read the app's terms of use. Section 9 says:\n\n"
        '"If any instalment is overdue, the Borrower authorises the Company and its agents to call the Borrower at '
        "any hour of the day or night, on any number linked to the account, and to keep calling until paid\n"
        "1. This is the part that worried me most when I first read the whole agreement on my phone last week.",
        [
            "If any instalment is overdue, the Borrower authorises the Company and its agents to call the Borrower "
            "at any hour of the day or night, on any number linked to the account, and to keep calling until paid"
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), FOUND)
def test_a_quoted_list_set_apart_line_by_line_is_one_span_per_clause(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected


@pytest.mark.parametrize(("body", "expected"), NOT_TAKEN)
def test_a_writers_numbered_point_is_not_the_lists(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected
