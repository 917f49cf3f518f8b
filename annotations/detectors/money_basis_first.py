"""Shares of turnover written after their basis, as Korean, Japanese and Chinese write them: 전체 매출액의
100분의 3 (PIPA's cap), 上一年度营业额百分之五 (PIPL's cap), 売上高の4%. The words are money.toml's
(role basis_first)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from annotations.currencies import MONEY
from annotations.detectors.money_forms import alternation
from annotations.knowledge import Entry, vocabulary


def _entry() -> Entry:
    (entry,) = vocabulary(MONEY).role("basis_first")
    return entry


@cache
def basis_first_gate() -> re.Pattern[str]:
    """The bases a share may follow: only a text holding one is scanned for it."""
    return re.compile(alternation(_entry().phrases))


@cache
def basis_first_form() -> re.Pattern[str]:
    """A share after its basis. A number before % needs the genitive (의, の, 的) after the basis: "売上高4%増" is
    growth, not a share."""
    entry = _entry()
    numerals = "".join(entry.get("values"))
    worded = (
        rf"(?:{alternation(entry.get('hundredths'))})\s?(?P<hundredths>\d{{1,3}}(?:\.\d{{1,2}})?)(?!\d)"
        rf"|(?:{alternation(entry.get('percent_words'))})(?P<cjk_numeral>[{numerals}]{{1,3}})"
    )
    percent = (
        r"(?P<cjk_percent>\d{1,3}(?:\.\d{1,2})?)\s?[%％]"
        rf"(?P<cap_after>(?=\s?(?:{alternation(entry.get('caps_after'))})))?"
    )
    qualifier = rf"(?:(?<=[의の的])\s?(?:{alternation(entry.get('qualifiers'))}))?"
    # Turkish: the share word and the number after the basis, the number's case ending after an apostrophe.
    shared = (
        rf"\s(?P<share_word>{alternation(entry.get('share_words'))})\s(?P<shared>\d{{1,3}}(?:[.,]\d{{1,2}})?)(?!\d)"
        rf"(?:['’](?:{alternation(entry.get('number_suffixes'))})(?!\w))?"
        rf"(?=\s(?:{alternation(entry.get('shares_before'))})(?!\w))"
    )
    return re.compile(
        rf"(?P<cjk_basis>(?:(?<!\w)(?:{alternation(entry.get('leads'))})\s){{0,2}}{alternation(entry.phrases)})"
        rf"(?:{shared}|['’\"”]?(?P<genitive>의|の|的)?{qualifier}\s?(?:{worded}|{percent}))"
    )


def basis_first_matches(text: str) -> Iterator[re.Match[str]]:
    """Every basis-first share in `text`; a number before % only after the genitive or before a cap word."""
    if basis_first_gate().search(text):
        for match in basis_first_form().finditer(text):
            if (
                match.group("genitive")
                or not match.group("cjk_percent")
                or match.group("cap_after") is not None
            ):
                yield match


def basis_first_percent(groups: dict[str, str | None]) -> float:
    """The percentage of a basis-first share: hundredths, digits before %, or a numeral (五, 十五, 二十)."""
    if groups.get("shared"):
        factor = _entry().get("share_words")[(groups.get("share_word") or "").lower()]
        return round(float((groups.get("shared") or "").replace(",", ".")) * factor, 6)
    number = groups.get("hundredths") or groups.get("cjk_percent")
    if number:
        return float(number)
    values = _entry().get("values")
    digits = [values[char] for char in groups.get("cjk_numeral") or ""]
    if len(digits) > 1 and 10 in digits:  # 十五 = 15, 二十 = 20, 二十五 = 25
        ten = digits.index(10)
        return float((digits[ten - 1] if ten else 1) * 10 + sum(digits[ten + 1 :]))
    return float(sum(digits))
