"""The written magnitude words and the backwards range links as tries: the same matches as the flat alternations,
longest first, that they replace (a trie is tried in C one branch per character, where the alternation tried each of
its hundred words at every candidate position)."""

from __future__ import annotations

import re

import pytest

from annotations.detectors.money_forms import (
    alternation,
    range_link_before,
    written_magnitudes,
    written_trigger,
)

# Cased and cut forms of the words: each text is read by the trie and by the alternation it replaces.
_TEXTS = [
    "seven billion dollars",
    "Seven BILLIONS of them",
    "7 billionaires",
    "drei Milliarden Euro",
    "zwei milliarde",
    "fünf Millionen",
    "cinco mil millones de pesos",
    "dois bilhões de reais",
    "a few thousand",
    "ten crores and two lakhs",
    "twenty per cent",
    "mil",
    "milk",
    "a bin of mill",
    "ribu juta",
    "",
]


def _alternation_trigger() -> re.Pattern[str]:
    """written_trigger as it was built before: its magnitude words as one alternation, longest first."""
    old = alternation(written_magnitudes())
    whole = written_trigger().pattern
    start = whole.index("(?P<scale>") + len("(?P<scale>")
    end = whole.index(")|(?P<share>")
    return re.compile(whole[:start] + old + whole[end:], re.IGNORECASE)


@pytest.mark.parametrize("text", _TEXTS + [word + " more" for word in sorted(written_magnitudes())])
def test_written_trigger_matches_as_the_alternation_did(text: str) -> None:
    old = _alternation_trigger()
    found = [(m.span(), m.lastgroup) for m in written_trigger().finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in old.finditer(text)]


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("between 10 and ", True),
        ("from 5 to ", True),
        ("10 bis ", True),
        ("10 bzw. ", True),
        ("1,000~", True),
        ("10 and not more than ", True),
        ("10 ", False),
        ("a total of ", False),
        ("10 ANDREW ", False),
    ],
)
def test_range_link_before(text: str, linked: bool) -> None:
    assert range_link_before(text + "20", len(text), 0) is linked
