"""Law and money families read on real pages (session 31): Spanish and Italian paragraphs written before their
article ("los apartados 4, 5 y 6 del artículo 83 del RGPD", "comma 5 dell'art. 166") and Italian 'c.' for comma;
the Dutch GDPR's acronym in compounds ("AVG-boetes"); Romance titles that ran on into the sentence ("sobre todo",
"y crea una agencia"); Korea's PIPA settled by an article's won; a chapter
numbered in Roman in a text with no digit ("Chapter V of the GDPR"); Romanian laws by number ("Legea nr. 190/2018");
and Russian turnover fines whose range and
floor were read as a business's size."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit
from tests.law_support import find_laws


def _penalties(*paragraphs: str) -> list[tuple[str, float | None, str | None]]:
    units = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    return [(f.text, f.amount, f.currency) for f in PenaltyDetector().detect(units)]


LAWS = [
    # Spanish guides cite the paragraphs of an article before it, one or a list (iberley.es, vademecumlegal.es:
    # "los apartados 4, 5 y 6 del artículo 83 del RGPD", "conforme a lo requerido por el artículo 8, apartado 2").
    (
        "La LOPDGDD remite a los apartados 4, 5 y 6 del artículo 83 del RGPD para tipificar las faltas.",
        [("LOPDGDD", "lopdgdd"), ("apartados 4, 5 y 6 del artículo 83 del RGPD", "gdpr")],
    ),
    (
        "La multa se calculó con el apartado 2 del artículo 83 del RGPD.",
        [("apartado 2 del artículo 83 del RGPD", "gdpr")],
    ),
    (
        "La AEPD citó los párrafos 1 y 2 del artículo 13 del RGPD.",
        [("párrafos 1 y 2 del artículo 13 del RGPD", "gdpr")],
    ),
    # Italian writes the comma before the article, the link elided onto it (giuffrefl.it: "ai commi 1, 2 e 3"),
    # and shortens comma to 'c.' or 'co.' after it.
    (
        "Il Garante ha richiamato il comma 2 dell'art. 130 del Codice privacy.",
        [("comma 2 dell'art. 130 del Codice privacy", "it-privacy-code")],
    ),
    (
        "La sanzione discende dall'art. 166 c. 5 D. Lgs. 196/2003 e dal GDPR.",
        [("art. 166 c. 5 D. Lgs. 196/2003", "it-privacy-code"), ("GDPR", "gdpr")],
    ),
    # Dutch papers write the GDPR's acronym into compounds (nrc.nl, autoriteitpersoonsgegevens.nl: AVG-boete).
    (
        "De Autoriteit Persoonsgegevens deelde vorig jaar zes AVG-boetes uit.",
        [("AVG", "gdpr")],
    ),
    # A Romance title ends before a verb, a reflexive 'se', and 'sobre todo' (above all) is no title.
    (
        "La Ley 21.719 reforma la Ley 19.628 sobre protección de la vida privada y crea una agencia.",
        [
            ("Ley 21.719", "chile-law-21719"),
            ("Ley 19.628 sobre protección de la vida privada", "chile-law-19628"),
        ],
    ),
    (
        "Los reclamos se basan en la Ley 1581 de 2012, sobre todo en su artículo 17.",
        [("Ley 1581 de 2012", "colombia-law-1581"), ("artículo 17", "colombia-law-1581")],
    ),
    (
        "La Ley N° 19.496 sobre protección de los derechos de los consumidores se aplica a la tienda.",
        [("Ley N° 19.496 sobre protección de los derechos de los consumidores", None)],
    ),
    # Transfer guides cite the GDPR's chapter in Roman numbers (nwlextech.com, open-exam-prep.com, bitlionai.com),
    # often in a sentence with no digit at all.
    ("Transfers out of the EEA fall under Chapter V of the GDPR.", [("Chapter V of the GDPR", "gdpr")]),
    ("Remote access from abroad is a transfer under Chapter V of GDPR.", [("Chapter V of GDPR", "gdpr")]),
    # Romanian laws by number and year, with 'nr.' or without, or dated (tuca.ro, start-up.ro, euroavocatura.ro).
    ("Ce schimbă Legea nr. 190/2018 pentru primării", [("Legea nr. 190/2018", None)]),
    ("Amenda se dă în baza art. 13 din Legea 190/2018.", [("art. 13 din Legea 190/2018", None)]),
    (
        "Legea nr. 129 din 15 iunie 2018 a modificat Legea nr. 102/2005 privind autoritatea.",
        [("Legea nr. 129 din 15 iunie 2018", None), ("Legea nr. 102/2005", None)],
    ),
]


# Korea's acronym is shared with Alberta's and British Columbia's acts: an article that counts its fines in won,
# or writes the KRW code, is about Korea (probsee.com, databreaches.net, biz.chosun.com write "740 million won").
SHARED_NAMES = [
    (
        "Regulators fined the retailer 740 million won, the biggest penalty under PIPA this year.",
        "korea-pipa",
    ),
    ("A fine of KRW 9.6 million followed for a late breach notice under PIPA.", "korea-pipa"),
    ("The shop paid 2 billion won. PIPA also lets customers sue.", "korea-pipa"),
    # 'won' as a verb before a number, and an Alberta cue, leave the act Alberta's.
    ("Critics won 3 of 4 votes on Alberta's PIPA reform.", "alberta-pipa"),
]


@pytest.mark.parametrize(("sentence", "law_id"), SHARED_NAMES)
def test_shared_acronym_settled_by_currency(sentence: str, law_id: str) -> None:
    """Won after an amount, or the KRW code, points PIPA to Korea; a verb 'won' does not."""
    assert find_laws(sentence) == [("PIPA", law_id)]


OTHER_MENTIONS = [
    # Paragraphs of a company's contract are no provision of the law named later.
    ("Los apartados 4, 5 y 6 del contrato de la tienda no dicen nada del RGPD.", [("RGPD", "gdpr")]),
    # 'c.' before a number that follows a year is no comma of an article.
    ("Il fatto risale al 2017 c. 5 anni dopo il GDPR.", [("GDPR", "gdpr")]),
    # The antivirus brand before a capitalised product word, or a version number, is no law.
    ("Op de laptops van de Autoriteit Persoonsgegevens draait AVG-Antivirus.", []),
    ("Op de laptops van de Autoriteit Persoonsgegevens draait AVG-2024.", []),
    # A king's Roman number and a chapter of a company's terms are no provision of a law.
    ("Louis XIV never heard of the GDPR.", [("GDPR", "gdpr")]),
    ("Chapter V of the terms sets the fees; the GDPR is not cited.", [("GDPR", "gdpr")]),
    # A count over a year with no law's word before it is no citation.
    ("Depozitul a livrat 190/2018 comenzi, iar RGPD nu se aplică.", [("RGPD", "gdpr")]),
]


@pytest.mark.parametrize(("sentence", "expected"), LAWS)
def test_law_mention_is_one_span(sentence: str, expected: list) -> None:
    """Parts written before an article, compounds and titles are one span each, with the law's entry."""
    assert find_laws(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), OTHER_MENTIONS)
def test_no_provision_or_name_of_law(sentence: str, expected: list) -> None:
    """A contract's paragraphs, a year's 'c.' and the antivirus brand add no law mention."""
    assert find_laws(sentence) == expected


PENALTIES = [
    # Russian law notes write the repeat-leak fine as a share range after "turnover-based fine", with a floor
    # and a cap joined after it (denuo.legal, epap.by, news.az on the 2024 amendments).
    (
        (
            "A repeat leak draws a turnover-based fine of 1% to 3% of total annual revenue, but not less than "
            "RUB 25 million and not more than RUB 500 million.",
        ),
        [
            ("1%", None, None),
            ("3% of total annual revenue", None, None),
            ("RUB 25 million", 25_000_000, "RUB"),
            ("RUB 500 million", 500_000_000, "RUB"),
        ],
    ),
    (
        ("Regulators may now impose revenue-based fines of 2% to 4% of annual turnover.",),
        [("2%", None, None), ("4% of annual turnover", None, None)],
    ),
    # A share whose basis is compared with an amount, no comma between, keeps the size: the share applies above it.
    (
        ("Fines reach 1% of turnover above RUB 800 million for large platforms.",),
        [("1% of turnover", None, None)],
    ),
]

NO_PENALTIES = [
    # A business's revenue compared with a figure is still its size.
    (("Only firms with revenue of more than RUB 800 million must appoint an officer.",),),
    (("The revenue-based ranking lists firms with turnover above RUB 2 billion.",),),
    # A compound before a size word, not a fine, keeps the size: the DMA's gatekeeper test.
    (("The DMA names gatekeepers by a turnover-based threshold of €7.5 billion in the EEA.",),),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PENALTIES)
def test_penalty_amounts(paragraphs: tuple[str, ...], expected: list) -> None:
    """Both ends of a range of shares and a floor after a share are penalties."""
    assert _penalties(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs",), NO_PENALTIES)
def test_no_penalty(paragraphs: tuple[str, ...]) -> None:
    """A business's revenue or turnover compared with an amount is no penalty."""
    assert _penalties(*paragraphs) == []
