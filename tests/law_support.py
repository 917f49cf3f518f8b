"""Shared helper for the law detector's tables: run it over units and list (text, law id) in order."""

from __future__ import annotations

from annotations.detectors.laws import LawDetector
from parsers.model import Unit


def find_laws(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Every law mention in the paragraphs (one unit each), as (text, knowledge-base id), in reading order."""
    units = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    order = {unit.id: index for index, unit in enumerate(units)}
    found = sorted(LawDetector().detect(units), key=lambda f: (order[f.unit_id], f.start))
    return [(finding.text, finding.ref) for finding in found]
