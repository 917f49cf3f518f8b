"""Review of lawpen19's law_bodies (session 33): a qualifier or a verb after an acronym makes it an authority only
for an acronym an authority shares (DPA). Other shared acronyms name only laws, and laws impose duties and fines,
and stand as modifiers before 'fines' (the shapes of Gulf, Singapore, Korea and US state law guides)."""

from __future__ import annotations

import pytest
from law_support import find_laws

KEPT = [
    (
        "Saudi Arabia's PDPL imposes fines of up to SAR 5 million on a controller.",
        ["PDPL"],
    ),
    ("In Singapore, PDPA fines can reach 10% of a firm's yearly turnover.", ["PDPA"]),
    ("Korea's PIPA imposes a duty to appoint a privacy officer.", ["PIPA"]),
    (
        "Colorado's CPA imposes duties on controllers, and the state CPA took effect in July 2023.",
        ["CPA", "CPA"],
    ),
    (
        "Kenya's Data Protection Act, 2019 applies. The DPA imposes a duty to register.",
        ["Data Protection Act, 2019", "DPA"],
    ),
    (
        "Under the Data Protection Act 2018, DPA fines reached £20 million last year.",
        ["Data Protection Act 2018", "DPA"],
    ),
]


@pytest.mark.parametrize(("text", "laws"), KEPT, ids=[row[1][-1] + str(i) for i, row in enumerate(KEPT)])
def test_a_law_that_imposes_or_fines_stays_a_law(text: str, laws: list[str]) -> None:
    """The acronym is the law's."""
    assert [found for found, _law in find_laws(text)] == laws


BODIES = [
    (
        "The Data Protection Act 2018 applies. The DPA fined the clinic after a complaint.",
        ["Data Protection Act 2018"],
    ),
    (
        "Under the Data Protection Act 2018, the lead DPA in cross-border cases is Ireland's.",
        ["Data Protection Act 2018"],
    ),
    (
        "The Data Protection Act 2018 is in force. The DPA has opened an inquiry into the app.",
        ["Data Protection Act 2018"],
    ),
]


@pytest.mark.parametrize(("text", "laws"), BODIES)
def test_the_authority_that_acts_is_still_no_law(text: str, laws: list[str]) -> None:
    """The authority's acronym is no law."""
    assert [found for found, _law in find_laws(text)] == laws
