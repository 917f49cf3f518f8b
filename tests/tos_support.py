"""Shared helpers for the terms-quote detector's tables: a page of units, and the quotes found on it."""

from __future__ import annotations

from annotations.detectors.tos_quotes import TosQuoteDetector
from parsers.model import BlockKind, Unit


def page_units(*paragraphs: str, title: str, kinds: tuple[BlockKind, ...] = ()) -> tuple[Unit, ...]:
    """A title and one body block per paragraph (a paragraph's block kind from `kinds`, if given)."""
    blocks = tuple(
        Unit(f"b{index}", "block", text, kinds[index] if index < len(kinds) else "paragraph")
        for index, text in enumerate(paragraphs)
    )
    return (Unit("title", "title", title), *blocks)


def quotes_found(units: tuple[Unit, ...]) -> list[str]:
    """The text of every terms quote the detector finds in the units, in its order."""
    return [finding.text for finding in TosQuoteDetector().detect(units)]
