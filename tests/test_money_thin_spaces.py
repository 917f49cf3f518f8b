"""Thousands grouped by a thin or figure space, as French and Swiss typography sets them ("3 000 euros" with
U+2009), read like those grouped by a no-break space: the whole number, never its last group alone."""

from __future__ import annotations

import pytest
from law_support import find_penalties


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("La CNIL a prononcé une amende de 3\u2009000\u2009euros.", ("3\u2009000\u2009euros", 3000.0, "EUR")),
        (
            "Das Gericht verhängte eine Busse von 250\u2009000 Franken.",
            ("250\u2009000 Franken", 250000.0, "CHF"),
        ),
        ("Une amende de 1\u2007500\u2007000 € a été infligée.", ("1\u2007500\u2007000 €", 1500000.0, "EUR")),
    ],
)
def test_thin_and_figure_spaces_group_thousands(text: str, wanted: tuple[str, float, str]) -> None:
    assert wanted in find_penalties(text)


def test_a_thin_space_before_fewer_than_three_digits_groups_nothing() -> None:
    """Only three digits after the space make a group: '12 50 euros' is no 1,250."""
    assert all(
        amount != 1250.0 for _text, amount, _currency in find_penalties("Une amende de 12\u200950 euros.")
    )
