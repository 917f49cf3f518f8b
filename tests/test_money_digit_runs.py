"""A run of digit groups is read in work that grows with its length, not its square: an amount's digits come in at
most MAX_DIGIT_GROUPS groups, so a start inside a long run set apart by spaces or no-break spaces (after which a
start is not barred: "in 2019 5 million euros") reads a few groups, not the rest of the run. Unbounded, 50,000
characters of "1 000 000 …" with no currency took minutes in the penalty detector. Counted, never timed: how far
one start reads."""

from __future__ import annotations

import re

import pytest

from annotations import annotate
from annotations.detectors.money_forms import MAX_DIGIT_GROUPS, NUMBER
from parsers import parse_text


def _amounts(text: str) -> list[tuple[str, float | None, str | None]]:
    found = annotate(parse_text("Regulator fines firm\n\n" + text + "\n")).annotations
    return [(note.text, note.amount, note.currency) for note in found if note.kind == "penalty"]


@pytest.mark.parametrize("separator", [" ", "\u00a0", "\u202f", ",", ".", "'"])
def test_one_start_reads_at_most_the_bounded_groups(separator: str) -> None:
    run = "1" + (separator + "000") * 40
    read = re.compile(NUMBER).match(run)
    assert read is not None
    assert read.group().count(separator) <= MAX_DIGIT_GROUPS


@pytest.mark.parametrize(("text", "expected"), [
    ("The authority fined the bank 1 250 000 000 euros.", [("1 250 000 000 euros", 1250000000, "EUR")]),
    ("The authority fined the bank €1\u00a0250\u00a0000.", [("€1\u00a0250\u00a0000", 1250000, "EUR")]),
    ("Die Aufsicht verhängte eine Busse von CHF 1'250'000'000.", [("CHF 1'250'000'000", 1250000000, "CHF")]),
])  # fmt: skip
def test_real_amounts_in_groups_are_read_whole(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _amounts(text) == expected


def test_a_long_run_of_groups_with_no_currency_is_no_amount() -> None:
    assert _amounts("The counter read 1" + " 000" * 5000 + " users before the fine.") == []
