"""Rows from the review of the AVG context name (94c2b46) and the amount-for-a-wrong cue (5e62b73)."""

from __future__ import annotations

import pytest
from law_support import law_detector

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _laws(sentence: str) -> list[tuple[str, str | None]]:
    found = law_detector().detect((Unit("b0", "block", sentence, "paragraph"),))
    return [(f.text, f.ref) for f in sorted(found, key=lambda f: f.start)]


def _penalties(sentence: str) -> list[tuple[str, float | None, str | None]]:
    found = PenaltyDetector().detect((Unit("b0", "block", sentence, "paragraph"),))
    return [(f.text, f.amount, f.currency) for f in sorted(found, key=lambda f: f.start)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A country word is no sign of the privacy law: the antivirus in a Dutch or Belgian article.
        "Bij ons in Nederland draait AVG op oude laptops nog altijd zonder klachten.",
        "Veel scholen in België kozen AVG als gratis virusscanner.",
        # A product or company word right after it names the antivirus, whatever the article says.
        "De Autoriteit Persoonsgegevens gebruikt zelf geen AVG Technologies software.",
        "Wie persoonsgegevens op zijn pc bewaart, installeert vaak AVG AntiVirus Free.",
    ],
)
def test_avg_the_antivirus_is_no_law(sentence: str) -> None:
    assert _laws(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "De Autoriteit Persoonsgegevens ziet toe op de naleving van de AVG.",
        "Wie persoonsgegevens verwerkt, moet zich aan de AVG houden.",
        "De Belgische Gegevensbeschermingsautoriteit legde een boete op onder de AVG.",
        # The supervisor and its fines point there too, with no country word needed.
        "De toezichthouder zegt dat wie de AVG schendt een hoge rekening riskeert.",
        "Een boete onder de AVG kan oplopen tot miljoenen.",
    ],
)
def test_avg_beside_a_privacy_word_is_the_gdpr(sentence: str) -> None:
    assert _laws(sentence) == [("AVG", "gdpr")]


@pytest.mark.parametrize(
    "sentence",
    [
        # Budgets, spending and awards 'for' a wrong-sounding thing are no penalties (GUIDELINES: budgets).
        "The town approved $8 million for leaking sewer pipes and another $1 million for playgrounds.",
        "The region set aside $6 million for illegally dumped tyres along the coast.",
        "Lawmakers will spend £3 million for leaking school roofs next year.",
        "A tipster got a $12 million whistleblower award for exposing fraud at the lender.",
        # Wrongs with no data or duty object are no offence.
        "The district got $2 million for failing schools in the east.",
        "The group raised money and gave $40,000 for exposing corruption in the port.",
    ],
)
def test_an_amount_for_a_thing_that_is_no_wrong_stays_unmarked(sentence: str) -> None:
    assert _penalties(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lender, R5 million for failing to comply", [("R5 million", 5_000_000, "ZAR")]),
        ("Broker, ₹2 crore for leaking subscriber records", [("₹2 crore", 20_000_000, "INR")]),
        ("Games studio: $3 million for misleading Android users", [("$3 million", 3_000_000, "USD")]),
        ("Shop chain, €8m for illegally collecting customer data", [("€8m", 8_000_000, "EUR")]),
        # A list of caps: the last amount is for the remaining wrongs.
        (
            "The caps are ₹150 crore for failing to notify a breach and ₹40 crore for other breaches.",
            [("₹150 crore", 1_500_000_000, "INR"), ("₹40 crore", 400_000_000, "INR")],
        ),
        # Forfeitures, in the plural, are fines: the second amount is theirs, not the first one's cue's.
        (
            "The base forfeitures are $4,000 for failing to file a form and $9,000 for operating unlicensed.",
            [("$4,000", 4_000, "USD"), ("$9,000", 9_000, "USD")],
        ),
    ],
)
def test_an_amount_for_a_wrong_to_data_or_a_duty_is_a_fine(sentence: str, expected: list) -> None:
    assert _penalties(sentence) == expected
