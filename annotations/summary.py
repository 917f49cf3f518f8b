"""The article at a glance: distinct penalties, totals per currency, and what does not add up."""

from __future__ import annotations

from annotations.currencies import display_sign
from annotations.model import Annotation, Summary


def format_amount(amount: float | None, currency: str | None) -> str:
    """A short human form: "$30M", "€1.2bn", "£84", "USD 5,000"."""
    if amount is None:
        return "an unspecified amount"
    sign = display_sign(currency) or (f"{currency} " if currency else "")
    for factor, suffix in ((1e9, "bn"), (1e6, "M")):
        if amount >= factor:
            value = amount / factor
            return f"{sign}{value:,.2f}".rstrip("0").rstrip(".") + suffix
    return f"{sign}{amount:,.2f}".removesuffix(".00")


def _distinct(penalties: list[Annotation]) -> list[Annotation]:
    """One annotation per distinct penalty: no conversions, no repeats of the same figure."""
    seen: set[tuple[float | None, str | None, float | None]] = set()
    distinct = []
    for annotation in penalties:
        key = (annotation.amount, annotation.currency, annotation.percent)
        if annotation.conversion_of is None and key not in seen:
            seen.add(key)
            distinct.append(annotation)
    return distinct


def summarise(annotations: tuple[Annotation, ...]) -> Summary:
    """Distinct penalties and their totals; a note when the headline differs from its parts."""
    penalties = [a for a in annotations if a.kind == "penalty"]
    distinct = _distinct(penalties)
    headline = next((a for a in distinct if a.unit_id == "title" and a.amount is not None), None)
    parts = [a for a in distinct if a is not headline and a.amount is not None]
    notes: list[str] = []
    counted = distinct
    if headline is not None and len([p for p in parts if p.currency == headline.currency]) >= 2:
        same_currency = [p for p in parts if p.currency == headline.currency]
        total = sum(p.amount or 0 for p in same_currency)
        counted = [a for a in distinct if a is not headline]
        if abs(total - (headline.amount or 0)) > 0.5:
            notes.append(
                f"The headline figure {headline.text} differs from the sum of the penalties in the text, "
                f"{format_amount(total, headline.currency)} "
                f"({' + '.join(p.text for p in same_currency)})."
            )
    totals: dict[str, float] = {}
    for annotation in counted:
        if annotation.amount is not None and annotation.currency:
            totals[annotation.currency] = totals.get(annotation.currency, 0) + annotation.amount
    return Summary(penalties=tuple(a.id for a in distinct), totals=totals, notes=tuple(notes))
