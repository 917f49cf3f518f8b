"""Shared helpers for the law and money tables: laws found in paragraphs as (text, law id), penalties as (text,
amount, currency[, share]), and amounts with the currency the article settles for them, in reading order."""

from __future__ import annotations

from functools import cache

from annotations.detectors.currency_context import settle_currencies
from annotations.detectors.laws import LawDetector
from annotations.detectors.money import find_money
from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit

PenaltyRow = tuple[str, float | None, str | None]
"""A penalty as a table writes it: its text, amount and currency."""
ShareRow = tuple[str, float | None, str | None, float | None]
"""A penalty with its share of turnover (percent), for the tables of caps and shares."""


def paragraph_units(paragraphs: tuple[str, ...]) -> tuple[Unit, ...]:
    """One block unit per paragraph, ids b0, b1, … in order."""
    return tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))


@cache
def law_detector() -> LawDetector:
    """One law detector for every table, as the app builds one for every article (annotations.registry):
    a detector builds its name patterns once, which takes far longer than reading a sentence."""
    return LawDetector()


@cache
def penalty_detector() -> PenaltyDetector:
    """One penalty detector for every table, for the same reason."""
    return PenaltyDetector()


def find_laws(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Every law mention in the paragraphs (one unit each), as (text, knowledge-base id), in reading order."""
    units = paragraph_units(paragraphs)
    order = {unit.id: index for index, unit in enumerate(units)}
    found = sorted(law_detector().detect(units), key=lambda f: (order[f.unit_id], f.start))
    return [(finding.text, finding.ref) for finding in found]


def settled_currencies(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Every amount in the paragraphs (one unit each) as written, with the currency the whole article settles."""
    units = paragraph_units(paragraphs)
    settled = settle_currencies(units, [find_money(unit.text) for unit in units])
    return [
        (unit.text[money.start : money.end], money.currency)
        for unit, moneys in zip(units, settled, strict=True)
        for money in moneys
        if money.amount is not None
    ]


def find_penalties(*paragraphs: str) -> list[PenaltyRow]:
    """Every penalty in the paragraphs (one unit each), as (text, amount, currency), in reading order."""
    return [(f.text, f.amount, f.currency) for f in penalty_detector().detect(paragraph_units(paragraphs))]


def find_penalty_shares(*paragraphs: str) -> list[ShareRow]:
    """Every penalty in the paragraphs, as (text, amount, currency, percent of turnover), in reading order."""
    return [
        (f.text, f.amount, f.currency, f.percent)
        for f in penalty_detector().detect(paragraph_units(paragraphs))
    ]
