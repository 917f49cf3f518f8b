"""last_word.py: the word before an amount, a test that skips searches for phrases that cannot end there."""

from __future__ import annotations

import re

import pytest

from annotations.detectors.last_word import cannot_end, last_word, last_words

_ENDS = last_words(["up to", "more than", "jusqu’à"], fold=True)
_PATTERN = re.compile(r"(?<!\w)(?:up to|more than|jusqu’à)\s+$", re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("fined the company ", "company"),
        ("paid up TO ", "TO"),
        ("a fine of (", None),  # no space before the end
        ("a fine of 12 ", None),  # digits
        ("paid jusqu’à ", None),  # a letter past ASCII
        ("   ", None),
    ],
)
def test_last_word(text: str, word: str | None) -> None:
    assert last_word(text, 0, len(text)) == word


@pytest.mark.parametrize(
    "text",
    ["fined the company ", "paid up TO ", "more than ", "xup to ", "paid jusqu’à ", "over  ", "than\n"],
)
def test_cannot_end_only_where_the_pattern_finds_nothing(text: str) -> None:
    if cannot_end(text, 0, len(text), _ENDS, fold=True):
        assert _PATTERN.search(text) is None


def test_a_phrase_ending_on_no_word_character_is_not_tested() -> None:
    assert last_words(["c."], fold=True) is None
    assert not cannot_end("paid c. ", 0, 8, None, fold=True)
