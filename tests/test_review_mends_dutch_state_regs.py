"""Rows from the review of the law references: Dutch sub-parts and state regulations' citations."""

from __future__ import annotations

import pytest
from law_support import law_detector

from parsers.model import Unit


def _laws(sentence: str) -> list[str]:
    found = law_detector().detect((Unit("b0", "block", sentence, "paragraph"),))
    return [f.text for f in sorted(found, key=lambda f: f.start)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The opening words of a list and one of its points ("aanhef en onder a") belong to the provision.
        (
            "De Autoriteit Persoonsgegevens baseerde de boete op artikel 83, vierde lid, aanhef en onder a, van de AVG.",
            ["artikel 83, vierde lid, aanhef en onder a, van de AVG"],
        ),
        (
            "De Autoriteit Persoonsgegevens noemde artikel 58, tweede lid, aanhef en sub d, AVG.",
            ["artikel 58, tweede lid, aanhef en sub d, AVG"],
        ),
        # A bare law name after an ordinal paragraph joins it; a second law after 'jo.' is its own mention.
        (
            "De Autoriteit Persoonsgegevens wees op artikel 10, eerste lid, AVG jo. artikel 30 UAVG.",
            ["artikel 10, eerste lid, AVG", "artikel 30 UAVG"],
        ),
    ],
)
def test_dutch_provision_with_its_sub_parts_is_one_span(sentence: str, expected: list) -> None:
    assert _laws(sentence) == expected


def test_aanhef_alone_in_prose_is_no_provision() -> None:
    """'aanhef' is a sub-part only after a provision: a sentence about an opening is no law."""
    assert _laws("De aanhef en onder a van de brief waren onduidelijk.") == []


@pytest.mark.parametrize(
    "citation",
    [
        "N.Y. Comp. Codes R. & Regs. tit. 23, § 500.11",
        "Colo. Admin. Code tit. 4, § 904",
        "N.J. Admin. Code title 13, § 45",
        "title 11, section 7012 of the California Code of Regulations",
    ],
)
def test_a_state_regulation_by_title_and_section_is_one_citation(citation: str) -> None:
    assert _laws(f"Regulators pointed to {citation} in the order.") == [citation]


@pytest.mark.parametrize(
    "sentence",
    ["The Admin. Code of the club, title 3, says little.", "Read title 11, section 4 of the handbook first."],
)
def test_an_admin_code_or_title_of_no_state_is_no_citation(sentence: str) -> None:
    assert _laws(sentence) == []
