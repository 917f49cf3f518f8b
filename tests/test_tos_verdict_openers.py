"""The writer's verdict on a clause set off above ("That sounds pretty good at first blush. It's yours …") opens the
writer's own paragraph, not more of the clause, however much it speaks to the reader; the clause's own next
paragraph stays the document's."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

PAGE = """What the photo app's new terms say

Here is what the terms say about the pictures you upload:

You keep ownership of the photos you upload to Snapvale. We do not claim your pictures as ours.

{after}
"""


def _quotes(after: str) -> list[str]:
    article = parse_text(PAGE.format(after=after))
    return [found.text for found in annotate(article).annotations if found.kind == "tos_quote"]


VERDICTS = [
    "That sounds fair at first sight. They are yours and they stay yours, until you read the next part. Namely:",
    "Sounds reasonable, right? You keep your photos and you can delete them whenever you like.",
    "It seems generous. Your pictures stay yours, or so you would think.",
]


@pytest.mark.parametrize("after", VERDICTS)
def test_the_writers_verdict_after_a_clause_is_not_the_clause(after: str) -> None:
    assert after not in _quotes(after)
    assert (
        "You keep ownership of the photos you upload to Snapvale. We do not claim your pictures as ours."
        in (_quotes(after))
    )


def test_the_clauses_next_paragraph_stays_the_documents() -> None:
    after = "You may delete your photos at any time, and we will remove them from our servers within 30 days."
    assert after in _quotes(after)
