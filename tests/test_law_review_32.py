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


# Guides to a regulator's powers cite the section in brackets after the verb 'order' (osler.com, mccarthy.ca on
# Quebec's Law 25): an adverb or a negation may stand between the modal and the verb.
ORDER_THE_VERB = [
    (
        "Under Law 25, the Commission may also order a party to stop processing (s. 81.4).",
        ["Law 25", "s. 81.4"],
    ),
    ("The court did not order deletion (Article 17), though the GDPR allows it.", ["Article 17", "GDPR"]),
    ("Regulators can and do order erasure (Article 17) under the GDPR.", ["Article 17", "GDPR"]),
]

# The order itself keeps its numbered parts.
ORDER_THE_DOCUMENT = [
    ("Paragraph 4 of the order also bans data sales, and the GDPR applies.", ["GDPR"]),
    ("The order, not the GDPR, sets the audit in Section III of the order.", ["GDPR"]),
]


@pytest.mark.parametrize(
    ("sentence", "spans"),
    ORDER_THE_VERB + ORDER_THE_DOCUMENT,
    ids=[row[0][:40] for row in ORDER_THE_VERB + ORDER_THE_DOCUMENT],
)
def test_the_verb_order_after_an_adverb_is_no_document(sentence: str, spans: list[str]) -> None:
    """A bracketed section after 'may also order' is the law's; the order's own parts are none."""
    assert [text for text, _law in find_laws(sentence)] == spans
