"""Money a government or a board imposes that is no fine: a cut, a levy or a tax 'opgelegd aan' someone, and an
amount for a wrong in a sentence of spending. Dutch 'opgelegd aan' (imposed on) gives a fine only to the
amount right before it, in a sentence with no word of spending or of a levy (penalties.toml fine-imposed-dutch,
spending-words-dutch); an amount its sentence so explains takes no fine from the paragraph before it."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit

FINE_BEFORE = "De AP heeft Plumo vorige week beboet."

IMPOSED = [
    "Het kabinet heeft een bezuiniging van € 50 miljoen opgelegd aan de gemeente Utrecht.",
    "De minister heeft een extra heffing van € 30 miljoen opgelegd aan de energiebedrijven.",
    "Het Rijk heeft een taakstelling van € 12 miljoen opgelegd aan de politie.",
    "Er werd een belasting van € 5 miljoen opgelegd aan de luchtvaartsector.",
]

FINES = [
    ("In Spanje werd € 12 miljoen opgelegd aan een bank.", "€ 12 miljoen"),
    ("De AP heeft een boete van € 10 miljoen opgelegd aan Uber.", "€ 10 miljoen"),
    ("Een boete van € 2,75 miljoen werd opgelegd aan de Belastingdienst.", "€ 2,75 miljoen"),
]


def _found(*paragraphs: str) -> list[str]:
    units = tuple(Unit(f"b{at}", "block", text, "paragraph") for at, text in enumerate(paragraphs))
    return [finding.text for finding in PenaltyDetector().detect(units)]


@pytest.mark.parametrize("sentence", IMPOSED)
def test_a_cut_levy_or_tax_imposed_is_no_fine(sentence: str) -> None:
    """A cut, a savings target, a levy or a tax 'opgelegd aan' someone is no fine."""
    assert _found(sentence) == []


@pytest.mark.parametrize("sentence", IMPOSED)
def test_nor_after_a_paragraph_about_a_fine(sentence: str) -> None:
    """Its sentence explains the amount: a fine in the paragraph before does not make it one."""
    assert _found("Regulators fined Plumo $5 million last week.", sentence) == ["$5 million"]


def test_an_english_amount_for_a_wrong_in_a_sentence_of_spending_after_a_fine() -> None:
    """'approved $2 million for data breach drills' after a fine's paragraph is still money spent."""
    found = _found(
        "Regulators fined Plumo $5 million last week.",
        "The council approved $2 million for data breach drills.",
    )
    assert found == ["$5 million"]


@pytest.mark.parametrize(("sentence", "amount"), FINES)
def test_a_fine_imposed_stays_a_fine(sentence: str, amount: str) -> None:
    """What a regulator imposed on someone, with or without a fine word, is a fine, also on the tax office."""
    assert _found(FINE_BEFORE, sentence) == [amount]
