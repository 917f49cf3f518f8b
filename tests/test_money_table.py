"""Tables that write a column's currency once: in its header or with its first amount."""

from __future__ import annotations

import pytest

from annotations.detectors.base import Unit
from annotations.detectors.money import find_money
from annotations.detectors.money_table import table_money
from annotations.detectors.penalties import PenaltyDetector

# (table, [(cell text, amount, currency)]) for every amount table_money gives a currency.
FOUND = [
    # A magnitude after the header's currency scales the column: Indian orders' "(Rs. in lakh)", "(₹ crore)".
    (
        "Noticee | Provision | Penalty (Rs. in lakh)\nNoticee 1 | Regulation 3 | 10.00\nNoticee 2 | Regulation 4 | 2.50",
        [("10.00", 1_000_000, "INR"), ("2.50", 250_000, "INR")],
    ),
    ("Bank | Fines (₹ crore) | Orders\nPrivate | 29.39 | 16", [("29.39", 293_900_000, "INR")]),
    (
        "Regulator | Fine (US$ million)\nFTC | 5,000\nSEC | 12.5",
        [("5,000", 5_000_000_000, "USD"), ("12.5", 12_500_000, "USD")],
    ),
    # Pounds in brackets with no word of weight before them are a column's money.
    (
        "Year | Cases | Fines (pounds)\n2021 | 14 | 80,000\n2022 | 6 | 33,000",
        [("80,000", 80000, "GBP"), ("33,000", 33000, "GBP")],
    ),
    # The first row's amount sets the column's dollar; the continuation rows below are bare numbers.
    (
        "Citation | Description | Adjusted civil penalty\n"
        "15 U.S.C. 77h-1(g) | natural person | $8,289\n"
        "| any other person | 82,893\n"
        "| other person / fraud | 414,466",
        [("$8,289", 8289, "USD"), ("82,893", 82893, "USD"), ("414,466", 414466, "USD")],
    ),
    # A header's code in brackets, plain numbers of three and four digits.
    (
        "Offence | Fixed fine (NIS) | Each further day (NIS)\nDatabase not registered | 2,000 | 200",
        [("2,000", 2000, "ILS"), ("200", 200, "ILS")],
    ),
    # A header's currency word gives an amount with a magnitude and no currency its currency.
    (
        "Unternehmen | Behörde | Bußgeld (in Euro)\nH&M | HmbBfDI | 35,3 Mio.\nDeutsche Wohnen | BlnBDI | 14,5 Mio.",
        [("35,3 Mio.", 35_300_000, "EUR"), ("14,5 Mio.", 14_500_000, "EUR")],
    ),
    # Continental grouping with a decimal part.
    ("İhlal | Üst sınır (TL)\nAydınlatma | 1.966.862,00", [("1.966.862,00", 1_966_862, "TRY")]),
    # A currency's name in brackets or after a naming word, and a code alone, name the column's money.
    ("Company | Fine (won)\nKakao | 15,100,000", [("15,100,000", 15_100_000, "KRW")]),
    ("Firma | Kara w złotych\nMorele | 3 830 000", [("3 830 000", 3_830_000, "PLN")]),
    ("Company | Fine KRW\nKakao | 15,100,000", [("15,100,000", 15_100_000, "KRW")]),
    # A magnitude between the naming word and the currency: the column's plain numbers are in it.
    (
        "Konzern | Bußgeld in Mio. Euro\nVodafone | 45,1\nNotebooksbilliger | 10,4",
        [("45,1", 45_100_000, "EUR"), ("10,4", 10_400_000, "EUR")],
    ),
    ("Société | Amende en millions d'euros\nCriteo | 40", [("40", 40_000_000, "EUR")]),
    ("Firm | Penalty in millions of dollars\nEquifax | 575", [("575", 575_000_000, "USD")]),
    ("Konzern | Bußgeld (in Mio. Euro)\nVodafone | 45,1", [("45,1", 45_100_000, "EUR")]),
    # A currency's name set off by a comma or a dash after a fine word.
    ("Company | Fine, euros\nClearview | 20,000,000", [("20,000,000", 20_000_000, "EUR")]),
    ("Company | Penalty – pounds\nTikTok | 12,700,000", [("12,700,000", 12_700_000, "GBP")]),
    # A header word that is also a currency's name is that word: the cases a team won, not Korean won.
    (
        "Team | Cases won | Fine\nAlpha | 12 | €5 million\nBeta | 30 | €7 million",
        [("€5 million", 5_000_000, "EUR"), ("€7 million", 7_000_000, "EUR")],
    ),
]

NOT_FOUND = [
    # A magnitude word in a header with no currency gives a column no money; one digit alone is no amount.
    "Region | Population (in lakh) | Fines\nNorth | 5.25 | 3",
    "Fine (₹ crore) | Note\n5 | first case",
    # "Weight (pounds)" names a unit of weight, not a currency.
    "Fleet | Vehicles | Weight (pounds)\nValley | 14 | 80,000\nCoastal | 6 | 33,000",
    # A column with no currency in its header or its first amount: years and user counts stay numbers.
    "Year | Users | Complaints\n2019 | 12,000 | 350\n2020 | 15,000 | 410",
    # A number beside words in its cell is no cell of money.
    "Fine (USD) | Note\n3 cases | 2,000 users affected",
    # A single line with bars is no table.
    "Fine (USD) | 2,000",
    # Currency names that are words of the header: a random seed, a weight, a longing, a title won.
    "Sample | rand seed | Score\nA | 4242 | 88",
    "Boat | Catch, pounds | Days\nMaria | 1,200 | 14",
    "Reader | a yen for travel | Letters\nAnna | 12 | 30",
    "Club | Titles won\nFerro | 14",
    # Set off by a dash or a comma, but after no fine word: a score, a catch.
    "Team | Score – won\nAlpha | 12",
    "Boat | Haul, pounds | Crew\nNora | 2,400 | 6",
]


def _currencied(table: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (table[m.start : m.end], m.amount, m.currency)
        for m in table_money(table, find_money(table))
        if m.currency is not None
    ]


@pytest.mark.parametrize(("table", "expected"), FOUND)
def test_a_column_gives_its_cells_its_currency(table: str, expected: list) -> None:
    """Each amount of the column has the currency its header or first amount writes."""
    assert _currencied(table) == expected


@pytest.mark.parametrize("table", NOT_FOUND)
def test_numbers_of_a_column_without_currency_stay_numbers(table: str) -> None:
    """No amount gets a currency the table does not write."""
    assert _currencied(table) == []


def test_a_fine_column_is_read_as_penalties() -> None:
    """Below a header naming fines, the column's bare numbers are penalties like its first amount."""
    text = FOUND[0][0]
    findings = PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))
    assert [(f.text, f.amount, f.currency) for f in findings] == FOUND[0][1]
