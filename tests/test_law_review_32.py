"""Review of the session's law work (session 32): a Turkish law whose genitive is fused to its last word with no
apostrophe ("Kanununun 12. maddesi") keeps the article written after it in one span, as with the apostrophe."""

from __future__ import annotations

import pytest

from tests.law_support import find_laws

# Turkish news and law-firm notes write the genitive before an article both ways (kvkkhaber.net, hukukihaber.net):
# with the apostrophe the name and its article were one span, fused they were the name alone.
FUSED_GENITIVE = [
    (
        "Kurul, Kişisel Verilerin Korunması Kanununun 12. maddesi uyarınca şirkete ceza verdi.",
        ["Kişisel Verilerin Korunması Kanununun 12. maddesi"],
    ),
    (
        "Bu veri aktarımı 6698 sayılı Kişisel Verilerin Korunması Kanununun 9 uncu maddesine aykırıdır.",
        ["6698 sayılı Kişisel Verilerin Korunması Kanununun 9 uncu maddesine"],
    ),
    ("Sanık, Türk Ceza Kanununun 136. maddesi gereğince yargılandı.", ["Türk Ceza Kanununun 136. maddesi"]),
    (
        "Kişisel Verileri Koruma Yasasının 5. maddesi açık rıza ister.",
        ["Kişisel Verileri Koruma Yasasının 5. maddesi"],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "spans"), FUSED_GENITIVE, ids=[row[1][0][:40] for row in FUSED_GENITIVE]
)
def test_a_fused_genitive_keeps_its_article(sentence: str, spans: list[str]) -> None:
    """The law and its article are one span."""
    assert [text for text, _law in find_laws(sentence)] == spans


# Other fused endings take no article; a name with no article after it stays the name.
NO_ARTICLE = [
    (
        "Kişisel Verilerin Korunması Kanununda 12 kişilik bir kurul öngörülür.",
        ["Kişisel Verilerin Korunması Kanunu"],
    ),
    ("Türk Ceza Kanununun amacı bireyi korumaktır.", ["Türk Ceza Kanunu"]),
    (
        "Kişisel Verilerin Korunması Kanununa göre 3. kişilere aktarım yasaktır.",
        ["Kişisel Verilerin Korunması Kanunu"],
    ),
]


@pytest.mark.parametrize(("sentence", "spans"), NO_ARTICLE, ids=[row[0][:40] for row in NO_ARTICLE])
def test_other_endings_take_no_article(sentence: str, spans: list[str]) -> None:
    """Only the name is found."""
    assert [text for text, _law in find_laws(sentence)] == spans
