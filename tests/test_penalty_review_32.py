"""Review of the session's law and money work (session 32): what a court orders paid, and fines, as Portuguese,
Spanish, French, Italian, Dutch and German articles write them without a fine noun; damages only asked for stay
asked for when the word that asks is followed by another damages word; the harm a wrong did is no penalty."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[str]:
    found = PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))
    return [finding.text for finding in found]


# Court reports in Brazil, Spain, France, Italy, the Netherlands and Germany give what a court orders paid with a
# verb of condemning and an infinitive of paying (the English 'ordered to pay'), Brazilian ones with 'danos morais';
# German reports of fines often end on the verb (bestraft, geahndet). Real shapes: lirolla.com.br and lhlaw.com.br
# (TJMG rulings on leaked data), proton.me/blog/de (Big Tech 'mit … bestraft').
ORDERED_PAID = [
    ("O tribunal condenou a birô de crédito a pagar R$ 12 mil a uma cliente.", "R$ 12 mil"),
    ("A vara cível condenou a operadora a pagar R$ 3.500,00 por danos morais.", "R$ 3.500,00"),
    ("A loja foi condenada a indenizar o comprador em R$ 6 mil.", "R$ 6 mil"),
    ("O juiz fixou R$ 4 mil por danos morais individuais.", "R$ 4 mil"),
    ("El juzgado condenó a la aseguradora a pagar 300.000 euros al paciente.", "300.000 euros"),
    ("Le tribunal a condamné l'éditeur à verser 80 000 euros à l'association.", "80 000 euros"),
    ("Il tribunale ha condannato la clinica a pagare 45 mila euro alla paziente.", "45 mila euro"),
    ("De rechter veroordeelde de webwinkel tot het betalen van 70.000 euro.", "70.000 euro"),
    ("Das Landgericht verurteilte den Versender zur Zahlung von 6.000 Euro.", "6.000 Euro"),
    ("Seit 2019 wurden die Plattformen mit mehr als 3 Milliarden Euro bestraft.", "3 Milliarden Euro"),
    ("Der Verstoß wurde mit 400.000 Euro geahndet.", "400.000 Euro"),
    ("Die Aufsicht ahndete die Werbeanrufe mit 1,5 Millionen Euro.", "1,5 Millionen Euro"),
    ("Die Kette wurde mit 8 Millionen Euro zur Kasse gebeten.", "8 Millionen Euro"),
]


@pytest.mark.parametrize(("text", "amount"), ORDERED_PAID, ids=[row[1] for row in ORDERED_PAID])
def test_what_a_court_orders_paid_or_a_fine_verb_is_a_penalty(text: str, amount: str) -> None:
    """The amount a court orders paid, or that a German fining verb governs, is a penalty."""
    assert _penalties(text) == [amount]


# A verb of condemning with a prison term pays nothing; damages asked for stay asked for; the harm a wrong did, a
# country's sanctioned assets and a firm's price stay money of another kind.
NOT_ORDERED = [
    "O ex-gerente, condenado em 2020 a seis anos de prisão, comprou uma casa de R$ 3 milhões.",
    "El tribunal condenó al exalcalde a cuatro años de cárcel; su finca vale 5 millones de euros.",
    "Na ação, a cliente pediu indenização de R$ 30 mil por danos morais.",
    "The tenants sought compensation of $80,000 in damages from the landlord.",
    "The buyer demanded a refund of $900 plus damages.",
    "Der Fahrer wurde mit zwei Jahren Haft bestraft; der Schaden betrug 4 Millionen Euro.",
    "The driver was fined; the damage came to $4 million.",
    "The outage caused $6 million in damage before the company was fined.",
    "Die EU hat die Banken sanktioniert und Vermögen von 90 Milliarden Euro eingefroren.",
]


@pytest.mark.parametrize("text", NOT_ORDERED)
def test_a_sentence_a_claim_or_harm_is_no_penalty(text: str) -> None:
    """No amount here is a penalty."""
    assert _penalties(text) == []


# The harm beside a fine: the fine stays, the harm does not.
HARM_BESIDE_A_FINE = [
    ("The breach caused $9 million in damage, and the regulator fined the firm $2 million.", ["$2 million"]),
    (
        "Die Behörde verhängte 3 Millionen Euro Bußgeld; der Schaden lag bei 20 Millionen Euro.",
        ["3 Millionen Euro"],
    ),
    ("The jury awarded $7 million in damages to the family.", ["$7 million"]),
]


@pytest.mark.parametrize(
    ("text", "amounts"), HARM_BESIDE_A_FINE, ids=[row[1][0] for row in HARM_BESIDE_A_FINE]
)
def test_harm_beside_a_fine_is_no_penalty(text: str, amounts: list[str]) -> None:
    """The fine and the damages awarded stay; the harm is left out."""
    assert _penalties(text) == amounts
