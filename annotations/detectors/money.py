"""Money in text: every amount with its value and currency, and bracketed conversions of it.

This module only reads amounts; whether an amount is a penalty is the penalty detector's call.
Every pattern starts at a boundary it cannot start inside again, so a long run of digits or
currency signs is scanned once, never retried from each position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice

from annotations.currencies import (
    MONEY,
    magnitudes,
    number_words,
    sign_chars,
    written_after,
    written_before,
    written_magnitudes,
)
from annotations.detectors.first_chars import first_chars
from annotations.knowledge import vocabulary

_NUMBER = r"\d{1,3}(?:(?:,|\.|\u00a0|\u202f| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?"
_DIGIT = re.compile(r"\d")
_WORDS_REACH = 60
# A unit with more amounts than this is a table dump, not prose: only the first ones are read.
MAX_AMOUNTS_PER_UNIT = 5_000
_THOUSANDS = re.compile(r"^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$")


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money, or a share of turnover, as written in a text."""

    start: int
    end: int
    amount: float | None
    currency: str | None
    percent: float | None = None
    conversion_of: int | None = None  # index of the amount this one repeats in another currency


def _lookahead(pattern: str) -> str:
    """A lookahead on the characters `pattern` can start with, so other positions fail at once."""
    chars = first_chars(pattern)
    return "(?=[" + "".join(re.escape(char) for char in sorted(chars)) + "])" if chars else ""


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _role(role: str) -> str:
    """Every entry of a role of money.toml as one alternation, in file order."""
    return "|".join(entry.regex for entry in vocabulary(MONEY).role(role))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Prefix form ("$25 million"), suffix form ("746 million euros"), words, and percentages."""
    prefixes = _alternation(written_before())
    suffixes = _alternation(written_after())
    magnitude = rf"(?:\s?(?P<magnitude>{_alternation(magnitudes())})(?![\w]))?"
    words = _alternation(number_words())
    written = "|".join(written_magnitudes())
    signs = re.escape(sign_chars())
    basis_word, basis_noun = f"(?:{_role('basis_word')})", f"(?:{_role('basis_noun')})"
    basis = rf"(?:{basis_word}\s+){{0,6}}{basis_noun}(?:\s+or\s+(?:{basis_word}\s+){{0,4}}{basis_noun})?"
    return (
        re.compile(
            rf"{_lookahead(prefixes)}(?<![\w{signs}])(?P<prefix>{prefixes})\s?(?P<number>{_NUMBER}){magnitude}"
        ),
        re.compile(
            rf"(?=\d)(?<![\w.,{signs}])(?P<number>{_NUMBER}){magnitude}\s(?P<suffix>{suffixes})(?!\w)",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<!\w)(?P<words>(?:{words})(?:[\s-](?:{words})){{0,3}})\s(?P<magnitude>{written})\s(?P<suffix>{suffixes})(?!\w)",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?=\d)(?<![\w.,])(?P<percent>\d{{1,2}}(?:[.,]\d{{1,2}})?)\s?(?:{_role('percent')})\s+of\s+{basis}(?!\w)",
            re.IGNORECASE,
        ),
    )


@cache
def _written_magnitude() -> re.Pattern[str]:
    """A magnitude word that may follow a written number, found in lower-cased text."""
    return re.compile("|".join(written_magnitudes()))


@cache
def _conversion_gaps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand between an amount and its bracketed conversion, and between two conversions."""
    return (
        re.compile(rf"^\s*[(\[]\s*(?:(?:{_role('conversion_lead')})\s+)?$", re.IGNORECASE),
        re.compile(rf"^\s*[,;/]\s*(?:(?:{_role('conversion_next')})\s+)?$", re.IGNORECASE),
    )


def parse_number(text: str) -> float:
    """A written number: "1,234,567", "1.234.567", "5.8", "1,2" (a decimal comma)."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    if _THOUSANDS.match(text):
        return float(re.sub(r"[,. ]", "", text))
    head, sep, tail = text.replace(" ", "").rpartition("," if "," in text and "." not in text else ".")
    if not sep:
        return float(tail)
    return float(re.sub(r"[,.]", "", head) + "." + tail)


def _words_value(text: str) -> float:
    numbers = number_words()
    total = 0.0
    for word in re.split(r"[\s-]+", text.lower()):
        value = numbers.get(word, 0)
        total = total * value if value == 100 else total + value
    return total


def _amount(match: re.Match[str]) -> float:
    """The value of a money match in units of its currency."""
    groups = match.groupdict()
    value = _words_value(groups["words"]) if groups.get("words") else parse_number(groups["number"])
    magnitude = groups.get("magnitude")
    if magnitude:
        factors = magnitudes()
        value *= factors.get(magnitude) or factors.get(magnitude.lower(), 1)
    return round(value, 2)


def _currency(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("prefix"):
        return written_before().get(groups["prefix"])
    suffix = groups.get("suffix") or ""
    return written_after().get(suffix) or _after_folded().get(suffix.lower())


@cache
def _after_folded() -> dict[str, str]:
    return {form.lower(): code for form, code in written_after().items()}


def find_money(text: str) -> list[Money]:
    """Every amount and share of turnover in `text`, in order, conversions linked."""
    raw: list[tuple[int, int, re.Match[str]]] = []
    prefix_form, suffix_form, words_form, percent_form = _patterns()
    lowered = text.lower()
    wanted = [prefix_form]
    if _DIGIT.search(text):
        wanted += [suffix_form, percent_form]
    for pattern in wanted:
        raw.extend(
            (match.start(), match.end(), match)
            for match in islice(pattern.finditer(text), MAX_AMOUNTS_PER_UNIT)
        )
    for magnitude in _written_magnitude().finditer(lowered):
        # Written numbers ("thirty million dollars") are looked for only just before a magnitude.
        window = (max(0, magnitude.start() - _WORDS_REACH), min(len(text), magnitude.end() + 30))
        raw.extend((match.start(), match.end(), match) for match in words_form.finditer(text, *window))
    raw.sort(key=lambda item: (item[0], -item[1]))
    found: list[Money] = []
    last_end = -1
    for start, end, match in raw[:MAX_AMOUNTS_PER_UNIT]:
        if start < last_end:
            continue
        last_end = end
        if match.groupdict().get("percent"):
            found.append(Money(start, end, None, None, percent=parse_number(match.group("percent"))))
            continue
        found.append(
            Money(start, end, _amount(match), _currency(match), conversion_of=_converts(text, found, start))
        )
    return found


def _converts(text: str, earlier: list[Money], start: int) -> int | None:
    """The index of the amount that the one at `start` converts, if it stands in brackets after it."""
    if not earlier:
        return None
    previous = earlier[-1]
    gap = text[previous.end : start]
    first_gap, next_gap = _conversion_gaps()
    if previous.conversion_of is not None and next_gap.match(gap):
        return previous.conversion_of
    if previous.amount is not None and first_gap.match(gap):
        return len(earlier) - 1
    return None
