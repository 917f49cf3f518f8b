"""Quotations set off under a short label that names where they were posted ("From Reddit:", "Reactions on X:") are
users' posts, not the terms, even when they sound like a clause. A label that names the document ("Pellmark's user
agreement:") still hands over to it."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


PAGE = (
    "Pellmark’s new licence clause\n\nPellmark has updated its Terms of Service, and the new wording should worry "
    "musicians.\n\nWhat Musicians Are Saying\n\n{label}\n\n“Pass your tracks on to others, for ever.”\n"
    "“Feed them to their models.”\n“The licence you grant them is endless… transferable, royalty-free…”\n"
    "“Not for me, thanks!”\n\nWhat studios should do now\n\n  • Keep stems off the service for now.\n"
)


@pytest.mark.parametrize("label", ["From Reddit:", "Reactions on X:", "Over on Hacker News:", "Vu sur X :"])
def test_lines_under_a_posting_place_are_posts(label: str) -> None:
    assert _quotes(PAGE.format(label=label)) == []


@pytest.mark.parametrize(
    "label", ["Pellmark's user agreement:", "The new clause reads:", "From the terms of service:"]
)
def test_lines_under_the_documents_label_stay_its_own(label: str) -> None:
    assert "The licence you grant them is endless… transferable, royalty-free…" in _quotes(
        PAGE.format(label=label)
    )
