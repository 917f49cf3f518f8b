"""A Turkish law cited by number ends before a case ending fused to its last word, read from the one list of
those endings (law_names.toml fused_case): also after a bare "Kanun" (Kanuna, Kanunda, Kanunla), which the
citation's own copy of the list left out."""

from __future__ import annotations

import pytest
from law_support import find_laws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurul, 4054 sayılı Kanuna göre soruşturma açtı.", ["4054 sayılı Kanun"]),
        ("Bu yükümlülük 6698 sayılı Kanunda açıkça yer alır.", ["6698 sayılı Kanun"]),
        ("Şirket, 6698 sayılı Kanunla getirilen kurala uymadı.", ["6698 sayılı Kanun"]),
        # Endings after Kanunu and Yasası, as before.
        (
            "Bu durum 6698 sayılı Kişisel Verilerin Korunması Kanununda düzenlenir.",
            ["6698 sayılı Kişisel Verilerin Korunması Kanunu"],
        ),
        ("Site, 5651 sayılı Yasasına aykırı bulundu.", ["5651 sayılı Yasası"]),
        # A plural or any other word after the head is no citation.
        ("Meclis 6698 sayılı Kanunlar listesini yayımladı.", []),
    ],
)
def test_a_fused_case_ending_stays_outside_a_numbered_turkish_law(text: str, expected: list[str]) -> None:
    assert [found for found, _ref in find_laws(text)] == expected
