"""Rows from the review of 15f239e (Tagalog fines) and 94c2b46 (the Vietnamese cybersecurity law)."""

from __future__ import annotations

import pytest
from law_support import law_detector

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(sentence: str) -> list[tuple[str, float | None, str | None]]:
    found = PenaltyDetector().detect((Unit("b0", "block", sentence, "paragraph"),))
    return [(f.text, f.amount, f.currency) for f in sorted(found, key=lambda f: f.start)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ang ospital ay pinagmulta ng P4 milyon ng NPC.", [("P4 milyon", 4_000_000, "PHP")]),
        ("Pinagmumulta ng komisyon ang mga paaralan ng P80,000 bawat isa.", [("P80,000", 80_000, "PHP")]),
        ("Mumultahan ng P150,000 ang bawat lalabag na tindahan.", [("P150,000", 150_000, "PHP")]),
        ("Multahan ng P25,000 ang kainan.", [("P25,000", 25_000, "PHP")]),
        ("Ang multang P600,000 ay hindi pa nababayaran.", [("P600,000", 600_000, "PHP")]),
        ("Ipinataw ang multang aabot sa P3 milyon.", [("P3 milyon", 3_000_000, "PHP")]),
        ("Pagmumultahin ng P1 milyon ang mga kumpanyang lalabag.", [("P1 milyon", 1_000_000, "PHP")]),
    ],
)
def test_tagalog_fines_with_their_affixes(sentence: str, expected: list) -> None:
    assert _penalties(sentence) == expected


def test_tagalog_earnings_beside_an_unpaid_fine_are_no_penalty() -> None:
    """'multang' speaks for the amount after it, not for the earnings before it (GUIDELINES: revenue)."""
    assert _penalties("Kumita ang tindahan ng P7 milyon at ang multang hindi binayaran ay wala na.") == []


def test_the_vietnamese_cybersecurity_law_without_a_year_joins_its_article() -> None:
    text = "Theo Điều 26 Luật An ninh mạng, doanh nghiệp phải lưu trữ dữ liệu."
    found = law_detector().detect((Unit("b0", "block", text, "paragraph"),))
    assert [(f.text, f.ref) for f in found] == [("Điều 26 Luật An ninh mạng", "vietnam-cybersecurity-law")]
