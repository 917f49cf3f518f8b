"""Review of lawpen19's number-word joiners (session 33): 'e', 'y' and 'et' join the parts of one written number
("sete mil e duzentos reais", "treinta y cinco mil pesos"), as 'and' does in English, but two numbers of the same
place joined so are the two ends of a range ("entre cinco y seis millones de euros": five to six million), which
was read as their sum. A joiner now sums only after a word of a higher place (tens before units, hundreds before
tens or units)."""

from __future__ import annotations

import pytest

from annotations.detectors.money import find_money


def _amounts(text: str) -> list[tuple[str, float | None]]:
    return [(text[money.start : money.end], money.amount) for money in find_money(text)]


RANGES = [
    ("La multa oscilará entre cinco y seis millones de euros.", ("seis millones de euros", 6_000_000)),
    ("A multa pode ficar entre cinco e dez milhões de reais.", ("dez milhões de reais", 10_000_000)),
    ("L'amende irait de cinq et six millions d'euros au plus.", ("six millions d'euros", 6_000_000)),
    ("The fine could land between five and six million dollars.", ("six million dollars", 6_000_000)),
    ("Se habla de entre veinte y treinta millones de euros.", ("treinta millones de euros", 30_000_000)),
]


@pytest.mark.parametrize(("text", "amount"), RANGES, ids=[row[1][0] for row in RANGES])
def test_two_numbers_of_one_place_joined_are_no_sum(text: str, amount: tuple[str, float]) -> None:
    """The range's last end is read alone, not added to the first."""
    assert _amounts(text) == [amount]


SUMS = [
    ("A empresa pagou sete mil e duzentos reais de multa.", ("sete mil e duzentos reais", 7_200)),
    ("La tienda pagó treinta y cinco mil pesos.", ("treinta y cinco mil pesos", 35_000)),
    ("He paid two hundred and fifty thousand dollars.", ("two hundred and fifty thousand dollars", 250_000)),
    ("Multa de cuatrocientos y cinco mil euros.", ("cuatrocientos y cinco mil euros", 405_000)),
]


@pytest.mark.parametrize(("text", "amount"), SUMS, ids=[row[1][0] for row in SUMS])
def test_the_parts_of_one_number_are_still_summed(text: str, amount: tuple[str, float]) -> None:
    """Tens and units, hundreds and tens: one number."""
    assert amount in _amounts(text)
