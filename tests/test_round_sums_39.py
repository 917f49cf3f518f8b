"""Found on eval39's tune half: a German court order's fine "bis zu 250.000,- Euro" (a dash for the cents of a round
sum, as German, Austrian and Swiss prices and orders write it), and a Canadian regulator's release naming Quebec's
private-sector law by its short form "Act Respecting the Protection of Personal Information". Every text here is
written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _notes(text: str, kind: str) -> list[tuple[str, float | None, str | None]]:
    found = annotate(parse_text(f"A title\n\n{text}\n")).annotations
    return [(note.text, note.amount, note.currency) for note in found if note.kind == kind]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Das Gericht drohte ein Ordnungsgeld von bis zu 250.000,- Euro an.", [("250.000,- Euro", 250000, "EUR")]),
        ("Die Behörde verhängte eine Busse von CHF 5000.– gegen die Firma.", [("CHF 5000.–", 5000, "CHF")]),
        ("Die Behörde verhängte eine Busse von 12.500,– € gegen den Betreiber.", [("12.500,– €", 12500, "EUR")]),
        ("De toezichthouder legde de winkel een boete op van € 7.500,-- voor de camera's.", [("€ 7.500,--", 7500, "EUR")]),
        # A dash that opens a range is no round sum's cents.
        ("Die Strafe liegt zwischen 10,-12 Euro pro Tag.", [("12 Euro", 12, "EUR")]),
    ],
)  # fmt: skip
def test_a_round_sum_written_with_a_dash_for_its_cents(
    text: str, found: list[tuple[str, float | None, str | None]]
) -> None:
    assert _notes(text, "penalty") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The review covered PIPEDA and Quebec’s Act Respecting the Protection of Personal Information.",
         ["PIPEDA", "Act Respecting the Protection of Personal Information"]),
        ("Quebec’s Act respecting the protection of personal information in the private sector applies.",
         ["Act respecting the protection of personal information in the private sector"]),
    ],
)  # fmt: skip
def test_quebecs_private_sector_act_by_its_short_form(text: str, found: list[str]) -> None:
    assert [note for note, _, _ in _notes(text, "law")] == found
