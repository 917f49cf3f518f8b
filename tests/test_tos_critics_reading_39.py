"""A quotation right after a terms quote, in the next sentence, whose lead names someone else reading the document
("Criticisms include that the policy “…”"): found on a privacy blog's note on a TV maker's voice-recognition policy. The
words are the critics', not the policy's, though a pronoun or the document's own verb there ("It also says “…”") goes on
with the quotation before. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_POLICY = (
    "Please be aware that if your spoken words hold personal details, they will be sent to a third party."
)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Critics say the policy “leaves users with no idea where the recordings go”.", []),
        ("Criticisms include that the policy “leaves users with no idea where the recordings go”.", []),
        ("It also says “we may keep your recordings for up to a year”.", ["we may keep your recordings for up to a year"]),
        ("Says the policy: “we may keep your recordings for up to a year”.",
         ["we may keep your recordings for up to a year"]),
    ],
)  # fmt: skip
def test_a_reading_of_the_policy_after_its_quotation_is_the_readers(sentence: str, found: list[str]) -> None:
    body = f"The privacy policy that comes with the set states: “{_POLICY}” {sentence} Lumo said the data is encrypted."
    assert article_quotes("Worries over Lumo TV voice feature", body) == [_POLICY, *found]
