"""Law families a check of real pages found (session 42): a regulator named for its task ("State Administration for
Market Regulation") is no law, and a law's hyphenated name broken by a wrapped line ("Anti- monopoly Law") is still
its name. Every sentence is made up for these rows."""

from __future__ import annotations

import pytest
from law_support import find_laws

# (paragraphs, [(mention, knowledge-base id or None)])
FOUND = [
    # China's state press writes the Anti-Monopoly Law with a lower-case second word, and a wrapped line leaves a
    # space after its hyphen; the regulator named for its task beside it stays out.
    (
        (
            "China's State Administration for Market Regulation (SAMR) fined the retailer under the Anti- monopoly Law.",
        ),
        [("Anti- monopoly Law", "china-anti-monopoly-law")],
    ),
    (
        ("Beijing's regulators said the platform broke the Anti-monopoly Law in 2020.",),
        [("Anti-monopoly Law", "china-anti-monopoly-law")],
    ),
    # A year or number after the name still makes it a law, and a body's name with "Act" after it is one.
    (
        ("The court applied the Office of Rail Regulation Act 2004 to the dispute.",),
        [("Office of Rail Regulation Act 2004", None)],
    ),
    (
        ("Implementing Regulation (EU) 2019/5 amended the European Banking Authority Regulation last year.",),
        [("Implementing Regulation (EU) 2019/5", None), ("European Banking Authority Regulation", None)],
    ),
]

NOT_FOUND = [
    # Bodies named for their task, with or without an acronym after them, and the acronym used later.
    ("The State Administration for Market Regulation (SAMR) opened a probe. The SAMR later fined the firm.",),
    ("The Commission for Communications Regulation fined the telecom operator last week.",),
    ("A spokesperson for the Department of Business and Professional Regulation declined to comment.",),
    # A hyphen with a space after it before a word that no listed name goes on with.
    ("The anti- monopoly laws of several countries were compared.",),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FOUND)
def test_found(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", NOT_FOUND)
def test_not_found(paragraphs: tuple[str, ...]) -> None:
    assert find_laws(*paragraphs) == []
