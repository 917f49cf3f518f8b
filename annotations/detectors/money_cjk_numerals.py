"""Chinese and Japanese amounts written in numerals before a magnitude and a currency character: 五千万元
(fifty million yuan), 一百万元, 三億円, and with a hundred-million part before the ten thousands: 一亿五千万元
(a hundred and fifty million yuan). Digits with a magnitude (300万円) are money_forms' unspaced form; the
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
def _vague() -> str:
    """The characters of 'several' that make the numerals after them a vague size (数十億円), as a class."""
    (entry,) = vocabulary(MONEY).role("unspaced_numeral")
    return "".join(entry.get("vague"))


@cache
def numeral_form() -> re.Pattern[str]:
    """Numerals, then a magnitude character of ten thousand or more, then a currency character; before them
    may stand numerals and a magnitude of a hundred million or more (一亿 of 一亿五千万元). Each part is
    bounded, so every start reads a bounded stretch."""
    values, units = _numerals()
    numeral = f"[{''.join(values)}{''.join(units)}]"
    # A currency's name may stand before the numerals: 新臺幣十五萬元.
    prefix = rf"(?:(?P<prefix>{alternation(unspaced_currencies()[0])}))?"
    return re.compile(
        rf"{prefix}(?<!{numeral})(?<![{_vague()}])(?:(?P<high>{numeral}{{1,6}})(?P<high_magnitude>{alternation(_large_magnitudes(1e8))}))?"
        rf"(?P<numerals>{numeral}{{1,6}})(?P<magnitude>{alternation(_large_magnitudes(1e4))})"
        rf"(?P<suffix>{alternation(unspaced_currencies()[1])})"
    )


@cache
def _large_magnitudes(least: float = 1e4) -> tuple[str, ...]:
    return tuple(char for char, factor in unspaced_magnitudes().items() if factor >= least)


def numeral_matches(text: str) -> Iterator[re.Match[str]]:
    """Every amount written in numerals in `text`; only a text holding a large magnitude character is scanned."""
    if any(char in text for char in _large_magnitudes()):
        yield from numeral_form().finditer(text)


def numeral_amount(match: re.Match[str]) -> tuple[float, str | None]:
    """The amount of a match of numeral_form and its currency's code."""
    factors = unspaced_magnitudes()
    amount = numeral_value(match.group("numerals")) * factors[match.group("magnitude")]
    if match.group("high"):
        amount += numeral_value(match.group("high")) * factors[match.group("high_magnitude")]
    before, after = unspaced_currencies()
    return amount, before.get(match.group("prefix") or "") or after.get(match.group("suffix"))


def numeral_value(numerals: str) -> float:
    """五千 = 5000, 一百 = 100, 十五 = 15, 三 = 3, 零五百 = 500: each digit times the place after it, a bare place is one of it."""
    values, units = _numerals()
    total, digit = 0, None
    for char in numerals:
        if char in values:
            digit = values[char]
        else:
            total += (1 if digit is None else digit) * units[char]
            digit = None
    return float(total + (digit or 0))
