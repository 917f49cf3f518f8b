"""The test before the Chinese, Japanese and Korean amount form: a currency character, or a magnitude character right
after a digit, anywhere in the text. It is searched as two patterns that each open with a literal (re skips to their
first characters in C) and, only where a magnitude character stands, a third; the union of all three, one pattern,
tried every alternative at every position. Every text here is written for the test."""

from __future__ import annotations

import re

import pytest

from annotations.currencies import unspaced_currencies, unspaced_magnitudes
from annotations.detectors import money_forms as forms
from annotations.detectors.money import _unspaced_amount_possible, _unspaced_currency, find_money


def _union(text: str) -> bool:
    """The one pattern the test was before."""
    before, after = unspaced_currencies()
    magnitude = rf"\d(?:{forms.alternation(unspaced_magnitudes())})"
    return re.search(rf"{forms.alternation([*before, *after])}|{magnitude}", text) is not None


@pytest.mark.parametrize(("text", "possible"), [
    ("과징금 151억 원을 부과했다.", True),
    ("罰金は300万円だった。", True),
    ("처벌은 5억", True),
    ("The firm paid 5 million dollars.", False),
    ("万 people read it, and 5 more.", False),
    ("억 and then 7 apples", False),
    ("The regulator fined the company €1.2bn ($1.3bn).", False),
    ("ค่าปรับ 5ล้าน", True),
    ("ค่าปรับ 5 ล้าน", False),
])  # fmt: skip
def test_the_gate_opens_where_the_union_did(text: str, possible: bool) -> None:
    assert _unspaced_amount_possible(text) is possible
    assert _union(text) is possible


def test_each_searched_pattern_opens_with_a_literal_or_a_digit() -> None:
    currency, magnitude, after_digit = _unspaced_currency()
    for pattern in (currency, magnitude):
        assert "\\d" not in pattern.pattern and "(?" not in pattern.pattern
    assert after_digit.pattern.startswith("\\d")


def test_an_amount_in_korean_is_still_read() -> None:
    assert [m.amount for m in find_money("과징금 151억 원")] == [15_100_000_000]
