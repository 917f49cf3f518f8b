"""Review of the session's money work (session 32): what a company earns, raises, holds or spends, written with the
verbs and nouns of German, Dutch, French, Italian, Spanish and Portuguese (and English cash holdings), is no penalty
beside a fine; an amount 'plus' another sum keeps the verb that governs it."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[str]:
    found = PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))
    return [finding.text for finding in found]


# Articles on a fine set it beside what the company earns, raised or holds (a founder's post on a CNIL order after
# raising money, medium.com; Big Tech's cash beside its fines, proton.me/blog; a bank's profit beside its fine).
FIGURES_BESIDE_A_FINE = [
    (
        "Gegen die Kette wurde ein Bußgeld von 12 Millionen Euro verhängt. Im selben Jahr verdiente sie 900 Millionen "
        "Euro.",
        ["12 Millionen Euro"],
    ),
    (
        "Die Aufsicht verhängte 2 Millionen Euro Bußgeld; der Händler erwirtschaftete zuletzt einen Überschuss von 80 "
        "Millionen Euro.",
        ["2 Millionen Euro"],
    ),
    (
        "Der Versicherer hält Barreserven von 600 Millionen Euro; das Bußgeld von 4 Millionen Euro fällt kaum ins "
        "Gewicht.",
        ["4 Millionen Euro"],
    ),
    (
        "De toezichthouder legde een boete op van 3 miljoen euro aan de bank, die vorig jaar 700 miljoen euro verdiende.",
        ["3 miljoen euro"],
    ),
    (
        "Après avoir levé 6 millions d'euros, la jeune pousse a reçu une amende de 75 000 euros de la CNIL.",
        ["75 000 euros"],
    ),
    (
        "Il Garante ha multato la piattaforma per 2 milioni di euro. L'azienda ha raccolto 400 milioni di dollari.",
        ["2 milioni di euro"],
    ),
    (
        "Il Garante ha inflitto alla banca una sanzione di 1 milione di euro; l'utile netto è stato di 900 milioni di "
        "euro.",
        ["1 milione di euro"],
    ),
    (
        "La agencia multó a la aseguradora con 600.000 euros. Sus ganancias del año fueron de 1.200 millones de euros.",
        ["600.000 euros"],
    ),
    (
        "O Procon multou a operadora em R$ 9 milhões. A operadora lucrou R$ 4 bilhões no ano.",
        ["R$ 9 milhões"],
    ),
    ("The regulator fined Acme $3 billion. Acme had $95 billion in cash on hand.", ["$3 billion"]),
    ("De boete van 2 miljoen euro is klein naast de nettowinst van 400 miljoen euro.", ["2 miljoen euro"]),
]


@pytest.mark.parametrize(
    ("text", "amounts"), FIGURES_BESIDE_A_FINE, ids=[row[1][0] for row in FIGURES_BESIDE_A_FINE]
)
def test_what_a_company_earns_raises_or_holds_is_no_penalty(text: str, amounts: list[str]) -> None:
    """The fine stays; the earnings, funds raised or cash do not."""
    assert _penalties(text) == amounts


# 'Plus' and its kin add another sum: the noun after them (costs, fees, expenses) is not what the amount is, and the
# verb before it (fined, ordered to pay) decides.
PLUS_ANOTHER_SUM = [
    ("The trader was fined $12,000 plus fees.", "$12,000"),
    ("The court ordered the landlord to pay $8,000 plus legal costs.", "$8,000"),
    ("La agencia le impuso una multa de 7.000 euros más los gastos del expediente.", "7.000 euros"),
    ("Il tribunale ha condannato la scuola a pagare 15 mila euro oltre alle spese legali.", "15 mila euro"),
    ("A Justiça condenou o hospital a pagar R$ 25 mil, além das despesas processuais.", "R$ 25 mil"),
]


@pytest.mark.parametrize(("text", "amount"), PLUS_ANOTHER_SUM, ids=[row[1] for row in PLUS_ANOTHER_SUM])
def test_an_amount_plus_another_sum_keeps_its_verb(text: str, amount: str) -> None:
    """The amount before 'plus' is the penalty."""
    assert _penalties(text) == [amount]


# The fine itself stays, also beside the new words: deserved, not earned; paid in cash; a costs figure of its own.
FINES_STAY = [
    ("Die Strafe von 5 Millionen Euro ist verdient, sagte die Verbraucherzentrale.", ["5 Millionen Euro"]),
    ("The firm paid the $2 million fine from its cash reserves.", ["$2 million"]),
    ("The company will pay $5 million in cash to settle the claims.", ["$5 million"]),
    ("The court fined the firm £1,000 plus £400 costs.", ["£1,000"]),
]


@pytest.mark.parametrize(("text", "amounts"), FINES_STAY, ids=[row[1][0] for row in FINES_STAY])
def test_the_fine_stays(text: str, amounts: list[str]) -> None:
    """Only the penalty is found."""
    assert _penalties(text) == amounts
