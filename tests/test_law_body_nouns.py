"""An acronym a law shares with its authority is the authority where a noun right after it says so: its board, its
president, its decisions (KVKK Kurulu, KVKK kararı, "the KVKK decision", "the DPA decision"); elsewhere it stays
the law. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from tests.law_support import find_laws

ROWS = [
    ("KVKK Kurulu, bir kargo şirketine idari para cezası verdi.", []),
    ("KVKK kararı Resmi Gazete'de yayımlandı.", []),
    ("KVKK Karar » 2023/412", []),
    ("The KVKK decision ordered the shop to delete the records.", []),
    ("The KVKK fined the retailer after a breach.", []),
    ("The DPA decision was appealed by the bank.", []),
    # The law, with no noun or verb of an authority after it.
    ("Under KVKK, consent must be explicit and informed.", ["KVKK"]),
    ("Şirket, KVKK'nın 12. maddesine aykırı davrandı.", ["KVKK'nın 12. maddesine"]),
    ("KVKK uyarınca açık rıza gerekir.", ["KVKK"]),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_a_noun_of_an_authority_after_a_shared_acronym_makes_it_the_authority(
    sentence: str, expected: list[str]
) -> None:
    assert [text for text, _law in find_laws(sentence)] == expected
