"""The dirham of an article about Morocco, written in Arabic or as a singular: the Moroccan one (MAD); with no
sign of Morocco, the UAE's (AED), as "dirhams" already was."""

from __future__ import annotations

import pytest
from law_support import settled_currencies

CASES = [
    # Morocco named in Arabic, as the country, its adjective or its cities.
    (
        ("فرضت اللجنة الوطنية في المغرب غرامة قدرها 200 ألف درهم على شركة اتصالات.",),
        [("200 ألف درهم", "MAD")],
    ),
    (("قضت محكمة في الدار البيضاء بتغريم المتجر 5000 درهم.",), [("5000 درهم", "MAD")]),
    (("أعلنت السلطات المغربية غرامة قدرها 40 ألف درهم.",), [("40 ألف درهم", "MAD")]),
    (("A Rabat court told the shop to pay 900 dirham to each customer.",), [("900 dirham", "MAD")]),
    # No sign of Morocco, or the Emirates named: the UAE's dirham.
    (("فرضت هيئة في دبي غرامة قدرها 50 ألف درهم على شركة.",), [("50 ألف درهم", "AED")]),
    (("دفعت الشركة غرامة قدرها 75 ألف درهم.",), [("75 ألف درهم", "AED")]),
    (("The Abu Dhabi regulator set a fee of 900 dirham per licence.",), [("900 dirham", "AED")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_the_dirham_is_the_country_s(paragraphs: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert settled_currencies(*paragraphs) == expected
