"""Law families a check of real pages found (session 42): a regulator named for its task ("State Administration for
Market Regulation") is no law, and a law's hyphenated name broken by a wrapped line ("Anti- monopoly Law") is still
its name; an acronym defined after a quoted name (the "Antimonopoly Act" (the "AMA")) is the law's; a part of a law with
no number ("this Section of the Act"), a company's principles and "a new ... Principle" are no law. Every sentence
is made up for these rows."""

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
    # An acronym defined in brackets after a quoted name, the closing quotation mark before the bracket.
    (
        (
            "Japan's competition statute, known as the “Antimonopoly Act” (the “AMA”), bans cartels.",
            "Under the AMA, the regulator orders surcharges; AMA art. 7 sets them.",
        ),
        [
            ("Antimonopoly Act", "jp-antimonopoly-act"),
            ("AMA", "jp-antimonopoly-act"),
            ("AMA", "jp-antimonopoly-act"),
            ("AMA art. 7", "jp-antimonopoly-act"),
        ],
    ),
    (
        ('Ruritania passed the "Online Harms Act" ("OHA") in May. The OHA took effect at once.',),
        [("Online Harms Act", None), ("OHA", None), ("OHA", None)],
    ),
    # Statutory principles with two words before the plural head stay laws, and "the" before the singular keeps it.
    (
        (
            "The agency breached the Australian Privacy Principles and the Information Privacy Principle on access.",
        ),
        [("Australian Privacy Principles", "au-privacy-principles"), ("Information Privacy Principle", None)],
    ),
    # One word before the singular head still names a statutory principle (Malaysia's PDPA names seven so).
    (
        ("Under the amended Act, processors must now follow the Security Principle as well.",),
        [("Security Principle", None)],
    ),
    # Right after "an", with no word of kind between, the principle is still the law's own.
    (
        ("The regulator found that the insurer breached an Information Privacy Principle on access.",),
        [("Information Privacy Principle", None)],
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
    # A part of a law with no number, before the bare "the Act" or "the Regulation".
    ("Such conduct falls within the scope of this Section of the Act.",),
    ("Each Article of the Regulation binds the member states; this Part of the Act does not.",),
    # A company's own principles, and any principle of a kind after "a".
    ("The site published two new documents, Acme Principles and a statement of rights.",),
    ("The new Act adds a new Information Privacy Principle on indirect collection.",),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FOUND)
def test_found(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", NOT_FOUND)
def test_not_found(paragraphs: tuple[str, ...]) -> None:
    assert find_laws(*paragraphs) == []
