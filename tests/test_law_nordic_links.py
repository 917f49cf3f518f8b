"""Swedish, Danish and Norwegian join an article to its law with "i" ("artikel 32 i dataskyddsförordningen",
"artikel 6 i GDPR", "artikkel 13 i personvernforordningen"): one span with the law, as "of" does in English. Every
text here is written for the test."""

from __future__ import annotations

import pytest

from tests.law_support import find_laws


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Enligt IMY bröt bolaget mot artikel 32 i dataskyddsförordningen.",
     [("artikel 32 i dataskyddsförordningen", "gdpr")]),
    ("Datatilsynet fandt en overtrædelse af artikel 6 i GDPR.", [("artikel 6 i GDPR", "gdpr")]),
    ("Datatilsynet mener selskapet brøt artikkel 13 i personvernforordningen.",
     [("artikkel 13 i personvernforordningen", "gdpr")]),
    # Polish "i" between two articles is a list, as before: one span over both.
    ("UODO stwierdził naruszenie art. 5 i art. 6 RODO.", [("art. 5 i art. 6 RODO", "gdpr")]),
    # Without a law after it, "i" joins nothing.
    ("Bolaget bröt mot artikel 32 i fjol, och dataskyddsförordningen gäller.",
     [("artikel 32", "gdpr"), ("dataskyddsförordningen", "gdpr")]),
])  # fmt: skip
def test_nordic_article_joins_its_law(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert find_laws(sentence) == expected
