"""A defined term or heading in title case keeps the writer's full stop or comma inside its marks, as American
punctuation sets them ('… not “Service Generated Data.”'): still a name, not terms wording (GUIDELINES: defined terms
do not count). A short clause in lower case with its full stop stays wording."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


PAGE = "Quillo rewrites its terms again\n\nQuillo's updated terms of service are out. {sentence}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The consent rule covers only “Member Content,” not “Usage Records.”",
        "Section 4 of the terms says the licence reaches “Shared Material.”",
        "Everything else falls under “Account Signals,” which the terms define broadly.",
    ],
)
def test_a_defined_term_with_the_writers_stop_is_no_quote(sentence: str) -> None:
    assert _quotes(PAGE.format(sentence=sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The terms say Quillo “may sell usage records.”", "may sell usage records."),
        ("The new terms state that members “waive all class actions.”", "waive all class actions."),
    ],
)
def test_a_short_clause_with_its_stop_stays_a_quote(sentence: str, quote: str) -> None:
    assert _quotes(PAGE.format(sentence=sentence)) == [quote]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Its terms of service now state: “All Sales Are Final.”", "All Sales Are Final."),
        ("The updated terms add one line: “Refunds Do Not Apply.”", "Refunds Do Not Apply."),
    ],
)
def test_a_short_title_case_clause_with_its_stop_stays_a_quote(sentence: str, quote: str) -> None:
    assert _quotes(PAGE.format(sentence=sentence)) == [quote]
