"""Guidelines a regulator wrote are no terms of service, however a pointing phrase names them: "The EDPB guidelines",
"the ICO's guidelines", "the Commission's new guidelines" carry their owner inside the phrase, where the owner test
before the phrase does not look. Pages of this shape: privacy news quoting a regulator's consent guidance beside a
platform's own rules. Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

_TITLE = "Regulators tighten the rules on consent pop-ups\n\nPrivacy groups welcomed the move on Monday.\n\n"


def _quotes(text: str) -> list[str]:
    return [note.text for note in annotate(parse_text(_TITLE + text)).annotations if note.kind == "tos_quote"]


@pytest.mark.parametrize("text", [
    "The EDPB guidelines say that “consent must be as easy to withdraw as it is to give”.",
    "The ICO's guidelines add that “pre-ticked boxes are not valid consent”.",
    "The CNIL guidelines state that “refusing cookies must take no more clicks than accepting them”.",
])  # fmt: skip
def test_a_regulators_guidelines_are_no_terms(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Under Plumo's community guidelines, “you may not post content that harasses other users”.",
     ["you may not post content that harasses other users"]),
    ("The Plumo guidelines say that “you may not sell accounts or pass them to anyone else”.",
     ["you may not sell accounts or pass them to anyone else"]),
])  # fmt: skip
def test_a_companys_guidelines_keep_their_clauses(text: str, found: list[str]) -> None:
    assert _quotes(text) == found
