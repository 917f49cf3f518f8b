"""A heading set beside a part's number is no terms quote (GUIDELINES leaves section headings out): "section 4,
“Access to the service”", "el apartado 4, el de «…»". A clause set there keeps its place: one with "we", "you" or a
modal, or longer than a heading. Pages of this shape: Spanish tech news on a ride app's terms (genbeta.com). Every
text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


def _quotes(sentence: str) -> list[str]:
    return article_quotes(
        "Ride app terms", f"Trundle changed its terms of use this week. {sentence} the part about payments."
    )


@pytest.mark.parametrize("sentence", [
    "The licence sits in section 4, “Access and use of the services”, right before",
    "The licence sits in Section 4 (“Access and use of the services”), right before",
    "La licencia aparece en el apartado 4, el de “Acceso y uso de los servicios”, justo antes de",
    "La licence se trouve à l’article 4, « Accès et utilisation des services », juste avant",
    "The licence sits in clause 12.3, the one titled “Content you provide”, right before",
])  # fmt: skip
def test_a_heading_beside_a_parts_number_is_no_quote(sentence: str) -> None:
    assert _quotes(sentence) == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("Section 9 (“Trundle may share trip data with its partners for marketing”) sits right before",
     ["Trundle may share trip data with its partners for marketing"]),
    ("Section 9, “Trundle may share trip data with partners”, sits right before",
     ["Trundle may share trip data with partners"]),
    ("Section 9 says “Trundle may share trip data with its partners for marketing” right before",
     ["Trundle may share trip data with its partners for marketing"]),
])  # fmt: skip
def test_a_clause_beside_a_parts_number_stays(sentence: str, found: list[str]) -> None:
    assert _quotes(sentence) == found
