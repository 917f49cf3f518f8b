"""The fast forms of the money patterns read exactly what their plain forms read."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotations.detectors.money_forms import (
    NUMBER,
    NUMBER_AFTER_DIGIT,
    alternation,
    folded_trie,
    parse_number,
    written_key_pattern,
    written_keys,
)

_NUMBER_TEXT = st.text(st.sampled_from(list("0123456789.,' \u00a0’x$")), max_size=40)
_WORDS = st.lists(st.text(st.sampled_from(list("mMbBiIlnoNeuréÉ$")), min_size=1, max_size=6), min_size=1)
_TEXT = st.text(st.sampled_from(list("mMbBiIlnoNeuréÉ$ 5")), max_size=40)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(_NUMBER_TEXT)
def test_a_number_opened_by_its_first_digit_reads_what_number_reads(text: str) -> None:
    """Digits, separators and decimals are read with the same spans when the pattern opens with the digit."""
    plain = re.compile(rf"(?=\d)(?<![\w.,])(?:{NUMBER})")
    fast = re.compile(rf"\d(?<![\w.,]\d)(?:{NUMBER_AFTER_DIGIT})")
    assert fast.pattern.startswith("\\d")
    assert _spans(fast, text) == _spans(plain, text)


@settings(max_examples=200, deadline=None)
@given(_WORDS, _TEXT)
@example(["Mb", "mbe"], "MBE 5")  # the longer word in the other case is still tried first
def test_a_folded_trie_matches_what_the_alternation_matches_ignoring_case(
    words: list[str], text: str
) -> None:
    """Longest word first, ignoring case, and the shorter ones when what follows fails: as the alternation."""
    for tail in ("", r"(?!\w)", r"\s5"):
        plain = re.compile(rf"(?:{alternation(words)}){tail}", re.IGNORECASE)
        fast = re.compile(rf"(?:{folded_trie(words)}){tail}", re.IGNORECASE)
        assert _spans(fast, text) == _spans(plain, text)


@pytest.mark.parametrize(
    ("text", "before_magnitude", "value"),
    [
        ("12.5", False, 12.5),
        ("1.234", False, 1234.0),  # a full stop before three digits groups thousands
        ("1.234", True, 1.234),  # ... except before a magnitude word: "1.234 billion"
        ("1234.567", False, 1234.567),  # four digits before it: a decimal point
        ("1.2345", False, 1.2345),
        ("7", False, 7.0),
    ],
)
def test_a_number_with_one_full_stop_is_read_by_its_groups(
    text: str, before_magnitude: bool, value: float
) -> None:
    """One full stop between digits is a decimal point unless it groups thousands."""
    assert parse_number(text, before_magnitude=before_magnitude) == value


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["mil", "million", "millones", "por ", "ciento", "cent", "per", "lakh", "x", " ", "é", "bin"]
        ),
        max_size=12,
    )
)
def test_the_written_key_pattern_finds_the_first_key_the_plain_alternation_finds(pieces: list[str]) -> None:
    """The keys as a trie open their first match where the plain alternation of them opens it."""
    text = "".join(pieces)
    plain = re.compile("|".join(re.escape(key) for key in sorted(written_keys(), key=len, reverse=True)))
    found, expected = written_key_pattern().search(text), plain.search(text)
    assert (found and found.start()) == (expected and expected.start())
