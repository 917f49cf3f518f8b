"""Long runs of amounts with no break: each amount's neighbourhood and each compound opening is read in
bounded work, not to the run's end. Texts written for the test."""

from __future__ import annotations

from annotations.detectors.money import find_money
from annotations.detectors.money_forms import compound_form
from annotations.detectors.penalty_cues import CueIndex


class CountingText(str):
    """A text that counts the characters read from it one by one."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        CountingText.reads += 1
        return super().__getitem__(key)


def test_an_unspaced_run_of_amounts_is_walked_once_to_find_its_word_ends() -> None:
    """'五千万元' repeated is one word from end to end: widening each amount's span to whole words walked
    the whole run once per amount (quadratic: 10 KB took 7 s)."""
    text = "罚款五千万元" * 400
    moneys = find_money(text)
    assert len(moneys) == 400
    CountingText.reads = 0
    CueIndex(CountingText(text), moneys)
    assert CountingText.reads < 4 * len(text)


def test_a_compound_amount_is_read_from_at_most_four_groups_before_its_currency() -> None:
    """Every group of '2 milyon 500 bin 2 milyon …' may open a compound amount; read without a bound,
    each opening ran to the end of the run (100 KB took 41 s)."""
    text = "2 milyon 500 bin " * 50 + "lira"
    match = compound_form().search(text)
    assert match is not None
    assert match.group("compound") == "2 milyon 500 bin 2 milyon 500 bin"


def test_a_turkish_and_a_mexican_amount_in_groups_are_still_read_whole() -> None:
    assert [m.amount for m in find_money("şirkete 2 milyon 500 bin lira para cezası verdi")] == [2_500_000]
    assert [m.amount for m in find_money("una multa de 46 millones 849 mil 777 pesos")] == [46_849_777]
