"""Money in text: every amount with its value and currency, and bracketed conversions of it.

This module only reads amounts; whether an amount is a penalty is the penalty detector's call.
Every pattern starts at a boundary it cannot start inside again, so a long run of digits or
currency signs is scanned once, never retried from each position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from annotations.detectors.first_chars import first_chars
from annotations.knowledge import read_toml

_NUMBER = r"\d{1,3}(?:(?:,|\.|\u00a0|\u202f| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?"
_DIGIT = re.compile(r"\d")
_MAGNITUDE_WORD = re.compile(r"million|billion|thousand")
_WORDS_REACH = 60
# A unit with more amounts than this is a table dump, not prose: only the first ones are read.
MAX_AMOUNTS_PER_UNIT = 5_000
_THOUSANDS = re.compile(r"^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$")
_BASIS_WORD = (
    r"(?:its|the|their|a|an|total|annual|global|worldwide|world-wide|yearly|group|group's|consolidated|"
    r"preceding|previous|prior|last|financial|year's|company's|firm's|undertaking's|qualifying|average|daily|"
    r"monthly|adjusted|net|gross|relevant|UK|EU|Brazilian|Chinese|of|in)"
)
_BASIS_NOUN = r"(?:turnover|revenues?|sales|income)"
_PERCENT_BASIS = (
    rf"(?:{_BASIS_WORD}\s+){{0,6}}{_BASIS_NOUN}(?:\s+or\s+(?:{_BASIS_WORD}\s+){{0,4}}{_BASIS_NOUN})?"
)
_CONVERSION_GAP = re.compile(
    r"^\s*[(\[]\s*(?:(?:about|around|approximately|approx\.|roughly|c\.|ca\.|~|or|some|nearly|almost|equivalent to|worth)\s+)?$",
    re.IGNORECASE,
)
_CONVERSION_NEXT = re.compile(
    r"^\s*[,;/]\s*(?:(?:about|around|approximately|roughly|or)\s+)?$", re.IGNORECASE
)


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


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@cache
def _vocabulary() -> dict[str, dict]:
    return read_toml("money.toml")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Prefix form ("$25 million"), suffix form ("746 million euros"), words, and percentages."""
    vocab = _vocabulary()
    prefixes = _alternation(list(vocab["prefixes"]))
    suffixes = _alternation(list(vocab["suffixes"]))
    magnitudes = _alternation(list(vocab["magnitudes"]))
    words = _alternation(list(vocab["number_words"]))
    magnitude = rf"(?:\s?(?P<magnitude>{magnitudes})(?![\w]))?"
    return (
        re.compile(
            rf"{_lookahead(prefixes)}(?<![\w$€£¥₹₩])(?P<prefix>{prefixes})\s?(?P<number>{_NUMBER}){magnitude}"
        ),
        re.compile(
            rf"(?=\d)(?<![\w.,$€£¥₹₩])(?P<number>{_NUMBER}){magnitude}\s(?P<suffix>{suffixes})(?!\w)",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<!\w)(?P<words>(?:{words})(?:[\s-](?:{words})){{0,3}})\s(?P<magnitude>million|billion|thousand)\s(?P<suffix>{suffixes})(?!\w)",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?=\d)(?<![\w.,])(?P<percent>\d{{1,2}}(?:[.,]\d{{1,2}})?)\s?(?:%|per\s?cent|percent)\s+of\s+{_PERCENT_BASIS}(?!\w)",
            re.IGNORECASE,
        ),
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
    numbers = _vocabulary()["number_words"]
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
        magnitudes = _vocabulary()["magnitudes"]
        value *= magnitudes.get(magnitude) or magnitudes.get(magnitude.lower(), 1)
    return round(value, 2)


def _currency(match: re.Match[str]) -> str | None:
    vocab = _vocabulary()
    groups = match.groupdict()
    if groups.get("prefix"):
        return vocab["prefixes"].get(groups["prefix"])
    suffix = groups.get("suffix") or ""
    return vocab["suffixes"].get(suffix) or {k.lower(): v for k, v in vocab["suffixes"].items()}.get(
        suffix.lower()
    )


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
    for magnitude in _MAGNITUDE_WORD.finditer(lowered):
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
    if previous.conversion_of is not None and _CONVERSION_NEXT.match(gap):
        return previous.conversion_of
    if previous.amount is not None and _CONVERSION_GAP.match(gap):
        return len(earlier) - 1
    return None
