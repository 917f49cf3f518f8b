"""Chinese and Japanese amounts written in numerals before a magnitude and a currency character: 五千万元
(fifty million yuan), 一百万元, 三億円. Digits with a magnitude (300万円) are money_forms' unspaced form; the
numerals, magnitudes and currency characters are money.toml's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from annotations.currencies import MONEY, unspaced_currencies, unspaced_magnitudes
from annotations.detectors.money_forms import alternation
from annotations.knowledge import vocabulary


@cache
def _numerals() -> tuple[dict[str, int], dict[str, int]]:
    (entry,) = vocabulary(MONEY).role("unspaced_numeral")
    return dict(entry.get("values")), dict(entry.get("units"))


@cache
def numeral_form() -> re.Pattern[str]:
    """Numerals, then a magnitude character of ten thousand or more, then a currency character."""
    values, units = _numerals()
    magnitudes = _large_magnitudes()
    return re.compile(
        rf"(?<![{''.join(values)}{''.join(units)}])(?P<numerals>[{''.join(values)}{''.join(units)}]{{1,6}})"
        rf"(?P<magnitude>{alternation(magnitudes)})(?P<suffix>{alternation(unspaced_currencies()[1])})"
    )


@cache
def _large_magnitudes() -> tuple[str, ...]:
    return tuple(char for char, factor in unspaced_magnitudes().items() if factor >= 1e4)


def numeral_matches(text: str) -> Iterator[re.Match[str]]:
    """Every amount written in numerals in `text`; only a text holding a large magnitude character is scanned."""
    if any(char in text for char in _large_magnitudes()):
        yield from numeral_form().finditer(text)


def numeral_amount(match: re.Match[str]) -> tuple[float, str | None]:
    """The amount of a match of numeral_form and its currency's code."""
    factor = unspaced_magnitudes()[match.group("magnitude")]
    return numeral_value(match.group("numerals")) * factor, unspaced_currencies()[1].get(
        match.group("suffix")
    )


def numeral_value(numerals: str) -> float:
    """五千 = 5000, 一百 = 100, 十五 = 15, 三 = 3: each digit times the place after it, a bare place is one of it."""
    values, units = _numerals()
    total, digit = 0, None
    for char in numerals:
        if char in values:
            digit = values[char]
        else:
            total += (1 if digit is None else digit) * units[char]
            digit = None
    return float(total + (digit or 0))
