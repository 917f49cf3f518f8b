"""Review of the session's law and money commits: what a new rule reads that it must not, what a family it
claims leaves out, and facts the knowledge base cannot stand behind."""

from __future__ import annotations

import pytest
from law_support import find_penalties

from annotations.detectors.money import find_money
from annotations.knowledge import laws_by_id

# Spanish papers write the fine with the verb in the past or the future: "la procuraduría multó a dos
# cadenas" (idconline.mx on Profeco's fines), "la agencia multará"; the amount follows with "con".
FINED_IN_SPANISH = [
    ("Profeco multó a la cadena con 46 millones 849 mil 777 pesos.", "46 millones 849 mil 777 pesos"),
    ("La AEPD multó a la aseguradora con 50.000 euros por llamar sin permiso.", "50.000 euros"),
    ("Los inspectores multaron a tres gasolineras con 450 mil pesos cada una.", "450 mil pesos"),
    (
        "La procuraduría multará con hasta 3 millones de pesos a quien suba los precios.",
        "3 millones de pesos",
    ),
]


@pytest.mark.parametrize(("text", "span"), FINED_IN_SPANISH, ids=[row[1] for row in FINED_IN_SPANISH])
def test_a_spanish_fine_in_the_past_or_future_is_a_penalty(text: str, span: str) -> None:
    """'multó', 'multaron' and 'multará' fine as 'multa' and 'multada' do."""
    assert [row[0] for row in find_penalties(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "La AEPD multó a la empresa, que facturó 84 millones de euros en 2023.",
        "Multaron a la tienda; su nuevo local costó 2 millones de pesos.",
    ],
)
def test_other_money_beside_the_verb_stays_no_penalty(text: str) -> None:
    """What the fined company turned over, or what its shop cost, is no fine."""
    assert find_penalties(text) == []


# Taxes a company pays are no penalty, whatever verb pays them: "paid €3.5 billion in tax", "must pay €13
# billion in back taxes" (the EU's state-aid case against Apple, as the press wrote it). A tax penalty or
# tax fines are still penalties: the compound's last noun says what the amount is.
TAXES = [
    ("The company paid €3.5 billion in taxes last year.", []),
    ("Apple must pay $13 billion in back taxes to Ireland, the court ruled.", []),
    ("The group paid £400 million in corporation tax.", []),
    ("It paid €20 million in tax and a €5 million fine.", ["€5 million"]),
    ("The company paid $2 million in tax penalties and interest.", ["$2 million"]),
    ("It was hit with a $5 million tax penalty.", ["$5 million"]),
    ("The company paid $5 million in fines last year.", ["$5 million"]),
]


@pytest.mark.parametrize(("text", "spans"), TAXES, ids=[row[0][:40] for row in TAXES])
def test_taxes_paid_are_no_penalty(text: str, spans: list[str]) -> None:
    """'in taxes' names the amount as taxes; 'tax penalties' and 'a tax penalty' are penalties."""
    assert [row[0] for row in find_penalties(text)] == spans


# Damages a party claims are no penalty until a court or a deal sets them: the verb 'claims' right before its
# amount and 'claiming' ask as 'seeks' does (Indian and British court reports: "claiming Rs 5 crore as
# compensation"). 'claims' as a noun ("the claims were settled for …") is no such verb.
CLAIMED = [
    ("He claims $2 million in damages but the court has not ruled.", []),
    ("The suit, claiming Rs 5 crore as damages, was filed on Monday.", []),
    ("She claims up to $10,000 per violation under BIPA.", []),
    ("The claims were settled for $5 million last year.", ["$5 million"]),
    ("Users claiming refunds can get up to $50 each from the $5 million settlement.", ["$50", "$5 million"]),
]


@pytest.mark.parametrize(("text", "spans"), CLAIMED, ids=[row[0][:40] for row in CLAIMED])
def test_damages_claimed_are_no_penalty(text: str, spans: list[str]) -> None:
    """What a plaintiff claims is asked for; a settlement of claims and its per-person payments are penalties."""
    assert [row[0] for row in find_penalties(text)] == spans


# Tiers and decisions listed with bracketed numbers before amounts that open on their currency's code: the
# list's number and the code are no amount "(1) EUR", and the amount after the code stays whole.
LISTED = [
    (
        "Two tiers of fines apply: (1) EUR 20 million or 4% of turnover; (2) EUR 10 million or 2% of turnover.",
        [("EUR 20 million", 20_000_000, "EUR"), ("EUR 10 million", 10_000_000, "EUR")],
    ),
    (
        "The regulator may fine: (1) SAR 5 million for disclosing sensitive data, (2) SAR 1 million otherwise.",
        [("SAR 5 million", 5_000_000, "SAR"), ("SAR 1 million", 1_000_000, "SAR")],
    ),
    (
        "Fines set out in the decision: (1) AED 500,000 and (2) AED 250,000.",
        [("AED 500,000", 500_000, "AED"), ("AED 250,000", 250_000, "AED")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED, ids=[row[0][:40] for row in LISTED])
def test_a_lists_number_is_no_bracketed_amount(text: str, expected: list) -> None:
    """Each listed fine is its own amount, read from its code on; the list's number is none."""
    assert [row for row in find_penalties(text) if row[1] is not None] == expected


# The Gulf form the bracket reading is for stays: the figure or the words in brackets, then the word.
@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        ("or a fine not exceeding (5,000,000) Riyals, or both", "(5,000,000) Riyals", 5_000_000),
        ("a fine of not less than (300) riyals and not more than (500) riyals", "(300) riyals", 300),
    ],
)
def test_a_bracketed_ceiling_is_still_read(text: str, span: str, amount: float) -> None:
    """A figure in brackets before its currency's word, with nothing after the word, is that amount."""
    found = find_money(text)
    assert (text[found[0].start : found[0].end], found[0].amount, found[0].currency) == (span, amount, "SAR")


def test_the_code_of_administrative_procedure_has_no_regulator() -> None:
    """Poland's Code of Administrative Procedure is the procedure every public body follows: the data
    protection office applies it as any other body does and is not its regulator."""
    assert laws_by_id()["pl-code-of-administrative-procedure"].regulators == ()


# Lawyers' fees are no penalty (guidelines: lawyers' fees, costs), also when a paying verb or a settlement
# stands before them: "$2.5 million in attorneys' fees" as class-action reports write the fee award.
# A claimant's share before a mention of the fees stays a penalty.
FEES = [
    ("The company paid $2 million in legal fees.", []),
    ("The $10 million settlement includes $2.5 million in attorneys' fees.", ["$10 million"]),
    ("The judge approved the $650 million settlement and $97.5 million in attorney fees.", ["$650 million"]),
    ("The court ordered it to pay $40,000 in fines and $12,000 in legal fees.", ["$40,000"]),
    (
        "Each claimant could get about $180 once lawyers' fees of $20 million are taken out of the settlement.",
        ["$180"],
    ),
]


@pytest.mark.parametrize(("text", "spans"), FEES, ids=[row[0][:40] for row in FEES])
def test_lawyers_fees_are_no_penalty(text: str, spans: list[str]) -> None:
    """'in legal fees', 'in attorneys' fees' name the amount as fees, whatever pays them."""
    assert [row[0] for row in find_penalties(text)] == spans
