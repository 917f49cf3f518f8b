"""Families of real pages lawpen25 (session 38) found read wrongly: fines written with a half in words (two and a
half million dollars, sette milioni e mezzo di euro), a class settlement called a deal and the lawyers' share
beside it, a total of fines with no currency before Spanish "en", and a French share of "chiffre d'affaire"."""

from __future__ import annotations

import pytest
from law_support import find_penalty_shares

Row = tuple[str, float | None, str | None, float | None]


HALVES = [
    # A half between the number and its magnitude word (English), or after the magnitude word (Italian, Spanish,
    # French, Portuguese), and German halves written as one word.
    (
        ("The state fined the clinic two and a half million dollars for the leak.",),
        [("two and a half million dollars", 2.5e6, "USD", None)],
    ),
    (
        ("Il Garante ha inflitto alla banca una sanzione di sette milioni e mezzo di euro.",),
        [("sette milioni e mezzo di euro", 7.5e6, "EUR", None)],
    ),
    (
        ("La agencia multó a la operadora con un millón y medio de euros.",),
        [("un millón y medio de euros", 1.5e6, "EUR", None)],
    ),
    (
        ("La CNIL a prononcé une amende de deux millions et demi d'euros contre le site.",),
        [("deux millions et demi d'euros", 2.5e6, "EUR", None)],
    ),
    (
        ("O Procon aplicou à loja uma multa de um milhão e meio de reais.",),
        [("um milhão e meio de reais", 1.5e6, "BRL", None)],
    ),
    (
        ("Die Aufsicht verhängte ein Bußgeld von zweieinhalb Millionen Euro gegen den Händler.",),
        [("zweieinhalb Millionen Euro", 2.5e6, "EUR", None)],
    ),
    (
        ("Il Garante ha inflitto una multa di mezzo milione di euro al comune.",),
        [("mezzo milione di euro", 5e5, "EUR", None)],
    ),
    # Without a half the number is read as before; a half of people is no money.
    (
        ("The state fined the clinic two million dollars; two and a half million patients were told.",),
        [("two million dollars", 2e6, "USD", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), HALVES)
def test_halves(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalty_shares(*paragraphs) == expected


SETTLEMENT_DEALS = [
    # A deal resolving claims, and a deal named by what it ends, are the settlement (thenalfa.org); a company's
    # deal to buy another stays a price.
    (
        ("A judge approved the $40 million deal resolving privacy claims over the app's tracking.",),
        [("$40 million", 4e7, "USD", None)],
    ),
    (
        ("Retailer's $6.2M Data Breach Deal Gets Final Nod",),
        [("$6.2M", 6.2e6, "USD", None)],
    ),
    (
        ("Users Cheer $90M Privacy Deal With Streaming Giant",),
        [("$90M", 9e7, "USD", None)],
    ),
    (
        ("The $2 billion deal to buy the ad firm closed in May, a year after its $5 million fine.",),
        [("$5 million", 5e6, "USD", None)],
    ),
    # What the class's lawyers get is no penalty, also in a headline; the settlement beside it is.
    (
        ("Shoppers' Attys Get $3M In $12M Loyalty Card Privacy Deal",),
        [("$12M", 1.2e7, "USD", None)],
    ),
    (
        ("The bank agreed to a $9 million settlement, and class counsel will receive $2.2 million of it.",),
        [("$9 million", 9e6, "USD", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SETTLEMENT_DEALS)
def test_settlement_deals(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalty_shares(*paragraphs) == expected


CONTEXT_AND_SHARES = [
    # A total of fines written without a currency before Spanish "en", the article's euros later (cincodias.elpais.com,
    # infolibre.es); a count before "en" stays a count.
    (
        (
            "Más de 31 millones en multas: el balance de la agencia",
            "La agencia impuso sanciones por más de 31 millones de euros el año pasado.",
        ),
        [("31 millones", 3.1e7, "EUR", None), ("31 millones de euros", 3.1e7, "EUR", None)],
    ),
    (
        ("Hay 4 millones en listas de publicidad; la agencia impuso multas por 2 millones de euros.",),
        [("2 millones de euros", 2e6, "EUR", None)],
    ),
    # "chiffre d'affaire", as French pages also write it, ends a share of turnover (economie.gouv.fr).
    (
        ("L'amende ne peut excéder 10 millions d'euros ou 2 % du chiffre d'affaire annuel mondial.",),
        [
            ("10 millions d'euros", 1e7, "EUR", None),
            ("2 % du chiffre d'affaire annuel mondial", None, None, 2.0),
        ],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CONTEXT_AND_SHARES)
def test_context_and_shares(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalty_shares(*paragraphs) == expected


GROUPS_AND_RAISING = [
    # An Italian fine above a billion written in two groups joined by "e" is one amount (lepida.net); the groups
    # without a currency word after them stay apart.
    (
        ("L'autorità irlandese ha inflitto una sanzione pari a 2 miliardi e 300 milioni di euro.",),
        [("2 miliardi e 300 milioni di euro", 2.3e9, "EUR", None)],
    ),
    (
        ("La sanzione è di 4 milioni di euro; nel 2022 erano 2 miliardi e 300 milioni gli utenti.",),
        [("4 milioni di euro", 4e6, "EUR", None)],
    ),
    # Money raised through shares and bonds beside a fine is no penalty (newslodge.com.ng).
    (
        (
            "The commission fined the lender N320.5 million for the breach.",
            "READ ALSO: Lender completes N18.2 billion rights issue and N40 billion public offering",
        ),
        [("N320.5 million", 3.205e8, "NGN", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), GROUPS_AND_RAISING)
def test_groups_and_raising(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalty_shares(*paragraphs) == expected


SHARE_OWNERS = [
    # A share of the turnover of "the offending company", as a bill's summary writes its cap (business-standard.com).
    (
        (
            "The draft law sets a fine of up to Rs 150 million or 4 per cent of the offending company’s global turnover.",
        ),
        [
            ("Rs 150 million", 1.5e8, "INR", None),
            ("4 per cent of the offending company’s global turnover", None, None, 4.0),
        ],
    ),
    # The owner named by its kind or its home country (wire copy on a Norwegian fine; Korean reform summaries).
    (
        ("Oslo's watchdog may fine the dating app up to 10% of the U.S. company’s global revenue.",),
        [("10% of the U.S. company’s global revenue", None, None, 10.0)],
    ),
    (
        ("The amended act lets the commission fine firms up to 3% of total company revenue.",),
        [("3% of total company revenue", None, None, 3.0)],
    ),
    (
        ("Breaches can be fined at 4% of the parent company's worldwide turnover.",),
        [("4% of the parent company's worldwide turnover", None, None, 4.0)],
    ),
    # With no fine in sight, a share of a company's revenue is a business figure.
    (("The maker said 12% of total company revenue now comes from subscriptions.",), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SHARE_OWNERS)
def test_share_owners(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalty_shares(*paragraphs) == expected


OTHER_MONEY = [
    # Australia's cap as the regulator's guide writes it: a share of "the body corporate's adjusted turnover".
    (
        (
            "If the value of the benefit is unknown, the cap is 30% of the body corporate’s adjusted turnover.",
        ),
        [("30% of the body corporate’s adjusted turnover", None, None, 30.0)],
    ),
    # A price by the week and a founder's fortune beside a fine are no penalty; a daily penalty still is one.
    (
        ("The FTC fined the broker $12 million. It sold the pings for as little as $150 a week.",),
        [("$12 million", 1.2e7, "USD", None)],
    ),
    (
        (
            "The app maker was fined €900 million. Its founder, whose fortune is put at $90 billion, stayed silent.",
        ),
        [("€900 million", 9e8, "EUR", None)],
    ),
    (
        ("The regulator fined the carrier $2 million and added $10,000 a day until it complies.",),
        [("$2 million", 2e6, "USD", None), ("$10,000", 1e4, "USD", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), OTHER_MONEY)
def test_other_money(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalty_shares(*paragraphs) == expected


CLAIMANTS = [
    # What can be claimed from a settlement is what each member gets (a settlement's notice), not money sought;
    # a claimant's share after a clause set off by commas; the insurance a settlement includes is no payment.
    (
        (
            "The clinic agreed to a $2.4 million settlement over the breach.",
            "Up to $400 can be claimed by members who lost money to fraud.",
            "The package also includes $1 million in identity theft insurance.",
        ),
        [("$2.4 million", 2.4e6, "USD", None), ("$400", 400.0, "USD", None)],
    ),
    (
        ("Under the deal, claimants, who must show a purchase during the breach, will receive $45.",),
        [("$45", 45.0, "USD", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CLAIMANTS)
def test_claimants(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalty_shares(*paragraphs) == expected
