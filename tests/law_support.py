"""Shared helpers for the law and money tables: laws found in paragraphs as (text, law id), and amounts with the
currency the article settles for them, in reading order."""

from __future__ import annotations

from functools import cache

from annotations.detectors.currency_context import settle_currencies
from annotations.detectors.laws import LawDetector
from annotations.detectors.money import find_money
from parsers.model import Unit


@cache
def law_detector() -> LawDetector:
    """One law detector for every table, as the app builds one for every article (annotations.registry):
    a detector builds its name patterns once, which takes far longer than reading a sentence."""
    return LawDetector()


def find_laws(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Every law mention in the paragraphs (one unit each), as (text, knowledge-base id), in reading order."""
    units = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    order = {unit.id: index for index, unit in enumerate(units)}
    found = sorted(law_detector().detect(units), key=lambda f: (order[f.unit_id], f.start))
    return [(finding.text, finding.ref) for finding in found]


def settled_currencies(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Every amount in the paragraphs (one unit each) as written, with the currency the whole article settles."""
    units = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    settled = settle_currencies(units, [find_money(unit.text) for unit in units])
    return [
        (unit.text[money.start : money.end], money.currency)
        for unit, moneys in zip(units, settled, strict=True)
        for money in moneys
        if money.amount is not None
    ]
