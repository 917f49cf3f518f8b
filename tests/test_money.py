"""Money reader: every currency, sign and magnitude of money.toml read; numbers that are no money left alone."""

from __future__ import annotations

import pytest

from annotations.currencies import display_sign, sign_chars, written_after, written_before
from annotations.detectors.money import find_money
from annotations.summary import format_amount

# (text, [(amount, currency, percent)])
POSITIVE = [
    ("The fine was $25 million.", [(25_000_000, "USD", None)]),
    ("It paid ₺5 million to the authority.", [(5_000_000, "TRY", None)]),
    ("A fine of ₦2.5bn was set.", [(2_500_000_000, "NGN", None)]),
    ("Penalties reach ₹200 crore.", [(2_000_000_000, "INR", None)]),
    ("The court ordered Rs 5 lakh in compensation.", [(500_000, "INR", None)]),
    ("It owes five crore rupees.", [(50_000_000, "INR", None)]),
    ("They paid two lakh rupees.", [(200_000, "INR", None)]),
    ("The regulator asked for CHF 2m.", [(2_000_000, "CHF", None)]),
    ("It agreed to 2 million CHF.", [(2_000_000, "CHF", None)]),
    ("The watchdog took thirty million dollars.", [(30_000_000, "USD", None)]),
    ("Seoul fined it ₩1.2bn.", [(1_200_000_000, "KRW", None)]),
    ("A$3m went to the OAIC.", [(3_000_000, "AUD", None)]),
    ("The award was R$ 50 million.", [(50_000_000, "BRL", None)]),
    ("It paid 746 million euros.", [(746_000_000, "EUR", None)]),
    ("It paid €1.2bn ($1.3bn).", [(1_200_000_000, "EUR", None), (1_300_000_000, "USD", None)]),
    ("Fines reach 4 per cent of annual turnover.", [(None, None, 4.0)]),
    ("Fines reach 6% of global turnover.", [(None, None, 6.0)]),
]
NEGATIVE = [
    "The law passed in 2023 with 300 votes.",
    "Chapter 5 has 12 sections.",
    "Five crore people live there.",
    "The vote was 52 per cent in favour.",
    "A crore of reasons, said nobody.",
    "She ran 5 km in 30 minutes.",
    "Turnover rose 4% last year.",
    "The $ sign and the € sign are symbols.",
    "₺₺₺ and ₦₦ are signs without numbers.",
    "Room 101, floor 3, building 12.",
    "The dollars were counted in 2021.",
    "Section 230 shields platforms.",
    "Version 2.5 came out on 3 May.",
    "The lira fell against the euro.",
    "It scored 4 of 10.",
    "Twenty people signed.",
    "Rs and Rs. alone are no money.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_money_is_read_with_amount_and_currency(text: str, expected: list) -> None:
    """Every currency of money.toml, its magnitude words and written numbers, are read and normalised."""
    assert [(m.amount, m.currency, m.percent) for m in find_money(text)] == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_numbers_that_are_no_money_stay_unread(text: str) -> None:
    """Years, counts, ratios and bare signs are not amounts."""
    assert find_money(text) == []


def test_every_sign_and_word_of_money_toml_reads_as_its_currency() -> None:
    """Each form written before or after a number is recognised as its own currency."""
    for form, code in written_before().items():
        (money,) = find_money(f"It paid {form}5 million.")
        assert (money.amount, money.currency) == (5_000_000, code), form
    for form, code in written_after().items():
        (money,) = find_money(f"It paid 5 million {form}.")
        assert (money.amount, money.currency) == (5_000_000, code), form


def test_currency_symbols_and_display_come_from_money_toml() -> None:
    """The symbols set apart in sentences, and the signs a summary writes, are money.toml's."""
    assert set("$€£¥₹₩₺₦") <= set(sign_chars())
    assert display_sign("EUR") == "€" and display_sign("CHF") is None
    assert format_amount(2_500_000, "CHF") == "CHF 2.5M"
    assert format_amount(30_000_000, "USD") == "$30M"
