"""Review of the session's law and money commits (session 30): pay and budgets in French, Italian, German and
Dutch are no penalty; compensation in those languages is what a settlement or an order gives."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[tuple[str, float | None, str | None]]:
    found = PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))
    return [(finding.text, finding.amount, finding.currency) for finding in found]


# A fine and, in the same paragraph, what a chief executive is paid or what the regulator may spend: European
# papers set the two side by side. The pay and the budget are money, no penalty.
PAY_AND_BUDGETS = [
    (
        "Après l'amende de 20 millions d'euros, le PDG a touché un salaire de 3 millions d'euros.",
        "20 millions d'euros",
    ),
    (
        "La CNIL a infligé 50 millions d'euros d'amende ; la rémunération du dirigeant atteint 4 millions d'euros.",
        "50 millions d'euros",
    ),
    (
        "Il Garante ha inflitto una multa di 15 milioni di euro; lo stipendio del presidente è di 240 mila euro.",
        "15 milioni di euro",
    ),
    (
        "Die Behörde verhängte ein Bußgeld von 35,3 Millionen Euro; der Vorstandschef bezieht ein Jahresgehalt "
        "von 4 Millionen Euro.",
        "35,3 Millionen Euro",
    ),
    (
        "Die Aufsichtsbehörde, deren Etat 20 Millionen Euro beträgt, verhängte ein Bußgeld von 1,2 Millionen Euro.",
        "1,2 Millionen Euro",
    ),
    (
        "De AP, met een begroting van 40 miljoen euro, legde Uber een boete op van 290 miljoen euro.",
        "290 miljoen euro",
    ),
    ("De boete bedroeg 10 miljoen euro; de topman kreeg een salaris van 2 miljoen euro.", "10 miljoen euro"),
]


@pytest.mark.parametrize(("text", "fine"), PAY_AND_BUDGETS, ids=[row[1] for row in PAY_AND_BUDGETS])
def test_pay_and_budgets_beside_a_fine_are_no_penalty(text: str, fine: str) -> None:
    """Only the fine is a penalty; a salary, a pay package or a budget in the paragraph is not."""
    assert [row[0] for row in _penalties(text)] == [fine]


# Compensation each customer gets from a settlement or an order, in the words German, French, Italian and
# Dutch papers use (Entschädigung, dédommagement, indennizzo, schadevergoeding): guidelines, per-person payments.
COMPENSATION = [
    ("Nach dem Vergleich erhält jeder betroffene Haushalt 100 Euro Entschädigung.", "100 Euro"),
    ("Der Konzern zahlt den Kunden eine Entschädigung von insgesamt 12 Millionen Euro.", "12 Millionen Euro"),
    (
        "Le tribunal a condamné l'opérateur à verser 5 000 euros de dédommagement à chaque abonné.",
        "5 000 euros",
    ),
    ("L'Autorità ha imposto un indennizzo di 50 euro per ogni cliente.", "50 euro"),
    ("Het energiebedrijf moet elk huishouden 50 euro schadevergoeding betalen.", "50 euro"),
]


@pytest.mark.parametrize(("text", "amount"), COMPENSATION, ids=[row[1] for row in COMPENSATION])
def test_compensation_in_other_languages_is_a_penalty(text: str, amount: str) -> None:
    """The compensation word makes the amount a refund, as 'compensation' does in English."""
    assert [row[0] for row in _penalties(text)] == [amount]
