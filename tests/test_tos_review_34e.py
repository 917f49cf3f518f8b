"""Review of d1b6568 (revtos34): German "nach der/dem" is a relative clause of attribution only after a comma.

Without one it means "after the": "Verbraucherschützer kritisierten die AGB nach dem Update als „…“" gives the
consumer advocates' words, not the terms'.
"""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


_DATEN = "Kundendaten an Partnerfirmen weitergeben"

ROWS = [
    (
        "Kritik an Streamflix\n\nVerbraucherschützer kritisierten die AGB nach dem Update als „völlig intransparent "
        "und unfair“. Streamflix wies das zurück.",
        [],
    ),
    (
        "Bußgeld für die Bank\n\nDie Aufsicht zitierte die Datenschutzerklärung, nach der die Bank „"
        f"{_DATEN}“ durfte.",
        [_DATEN],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), ROWS)
def test_nach_der_after_a_document(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes
