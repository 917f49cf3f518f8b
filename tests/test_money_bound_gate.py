"""The gate before the bound magnitude forms ("R$ 50 mi", "500 mil pesos") lets them run only on a text where a bound
word stands as a word after a space, as the forms read it: "mi" inside "mining" or "Mike" opens none of them, which
had them run on nearly every unit. Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations.detectors.money import _bound_word
from annotations.detectors.money_forms import bound_forms


@pytest.mark.parametrize(("text", "opens"), [
    ("A multa foi de R$ 50 mi, disse a agência.", True),
    ("Pagará 500 MIL PESOS de multa.", True),
    ("Mike said the mining firm would appeal.", False),
    ("The family will meet at the Miami office.", False),
])  # fmt: skip
def test_the_gate_opens_on_a_bound_word_standing_alone(text: str, opens: bool) -> None:
    assert (_bound_word().search(text) is not None) is opens


@pytest.mark.parametrize(
    "text", ["A multa foi de R$ 50 mi.", "Pagará 500 mil pesos.", "Multa de R$ 7,2 mil."]
)
def test_every_bound_form_found_is_opened_by_the_gate(text: str) -> None:
    assert any(form.search(text) for form in bound_forms())
    assert _bound_word().search(text) is not None
