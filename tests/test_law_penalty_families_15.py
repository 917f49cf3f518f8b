"""Law and money families read on real pages (session 29): Poland's Code of Administrative Procedure that every
UODO decision cites, with its articles split by §; Turkish 'md.' and an article's point after a slash (18/b);
a Saudi article numbered by an ordinal word in brackets; Gulf fines written in brackets before their currency
word; Mexican amounts in groups whose first number is a word or whose last group holds cents."""

from __future__ import annotations

import pytest

from annotations.detectors.money import find_money
from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit
from tests.law_support import find_laws

CODE = "pl-code-of-administrative-procedure"

LAWS = [
    # UODO decisions open on the article of the Code they are issued under (uodo.gov.pl decisions).
    (
        "Prezes UODO wydał decyzję na podstawie art. 104 § 1 ustawy z dnia 14 czerwca 1960 r. Kodeks "
        "postępowania administracyjnego.",
        [("art. 104 § 1 ustawy z dnia 14 czerwca 1960 r. Kodeks postępowania administracyjnego", CODE)],
    ),
    ("Postępowanie umorzono na podstawie art. 105 § 1 k.p.a. w całości.", [("art. 105 § 1 k.p.a.", CODE)]),
    (
        "Zgodnie z Kodeksem postępowania administracyjnego strona może złożyć wniosek.",
        [("Kodeksem postępowania administracyjnego", CODE)],
    ),
    # The same code in English, its articles' paragraphs marked § (kwartalnikradcaprawny.kirp.pl).
    (
        "The office relied on Articles 61 § 5 and 65 § 1a of the Polish Code of Administrative Procedure.",
        [("Articles 61 § 5 and 65 § 1a of the Polish Code of Administrative Procedure", CODE)],
    ),
    # Turkish law firms' tables: KVKK md. 18/a, m.18/b (durukan.av.tr, nsn-law.com).
    ("Kurul, ihlali KVKK md. 18/b kapsamında değerlendirdi.", [("KVKK md. 18/b", "turkey-kvkk")]),
    (
        "İdari para cezaları Kabahatler Kanunu 17. Madde 7. Fıkra uyarınca artırılır.",
        [("Kabahatler Kanunu 17. Madde 7. Fıkra", "turkey-misdemeanours-law")],
    ),
    # SDAIA's committees and the Saudi press number the article by a word in brackets (okaz.com.sa).
    (
        "وتنظر اللجنة في المخالفات بموجب المادة (السادسة والثلاثون) من نظام حماية البيانات الشخصية.",
        [("المادة (السادسة والثلاثون) من نظام حماية البيانات الشخصية", "saudi-pdpl")],
    ),
]

NO_LAWS = [
    "Toplantı saat 10'da md. 3 salonunda yapıldı.",
    "The Code of Administrative Procedure applies to every ministry.",
    "Firma ma siedzibę pod adresem 18/a w Warszawie.",
    "احتفل اللاعب بعيد ميلاده (التاسعة والعشرين) أمس.",
]


@pytest.mark.parametrize(("sentence", "expected"), LAWS)
def test_law_mention_of_the_family_is_one_span(sentence: str, expected: list) -> None:
    """The law and its provision are one span, with the law's entry."""
    assert find_laws(sentence) == expected


@pytest.mark.parametrize("sentence", NO_LAWS)
def test_no_law_without_one(sentence: str) -> None:
    """A generic code's name, an abbreviation, a house number or an age in brackets is no law."""
    assert find_laws(sentence) == []


MONEY = [
    # Gulf laws and their translations bracket the ceiling (ksapdpl.com Articles 35 and 36, ksaplayers.com).
    ("a warning or a fine not exceeding (five million) Riyals", "(five million) Riyals", 5_000_000, "SAR"),
    ("or a fine not exceeding (5,000,000) Riyals, or both", "(5,000,000) Riyals", 5_000_000, "SAR"),
    ("وبغرامة لا تزيد على (ثلاثة ملايين) ريال", "(ثلاثة ملايين) ريال", 3_000_000, "SAR"),
    ("وبغرامة لا تزيد على (مليون) ريال", "(مليون) ريال", 1_000_000, "SAR"),
    # Mexican papers write Profeco's fines in groups (unotv.com, tribuna.com.mx, informador.mx).
    (
        "hasta un tope de 12 millones 782 mil 949.06 pesos",
        "12 millones 782 mil 949.06 pesos",
        12_782_949.06,
        "MXN",
    ),
    ("desde 1 mil 093.02 pesos", "1 mil 093.02 pesos", 1_093.02, "MXN"),
    ("a un millón 372 mil 195.89 pesos por agredir", "un millón 372 mil 195.89 pesos", 1_372_195.89, "MXN"),
    ("una multa de seis millones 765 mil 633 pesos", "seis millones 765 mil 633 pesos", 6_765_633, "MXN"),
]

NO_MONEY = [
    "prices in constant (2019) dollars rose",
    "imprisonment not exceeding (two years), or a fine",
    "the (new) pesos were issued",
    "costs rose (see table 3) pesos",
    "seis millones 765 mil personas votaron",
    "un millón 200 mil usuarios se registraron",
]


@pytest.mark.parametrize(("text", "span", "amount", "currency"), MONEY)
def test_amount_is_read_whole(text: str, span: str, amount: float, currency: str) -> None:
    """The whole amount is one span, its value and currency right."""
    found = find_money(text)
    assert [(text[m.start : m.end], m.amount, m.currency) for m in found] == [(span, amount, currency)]


@pytest.mark.parametrize("text", NO_MONEY)
def test_no_amount_in_brackets_or_groups_without_money(text: str) -> None:
    """A year, a period or a note in brackets, and people counted in groups, are no money."""
    assert find_money(text) == []


def test_bracketed_ceiling_is_a_penalty() -> None:
    """A Gulf law's bracketed ceiling after 'a fine not exceeding' is a penalty in riyals."""
    text = "Under the Saudi PDPL, a warning or a fine not exceeding (five million) Riyals may be imposed."
    found = PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))
    assert [finding.text for finding in found] == ["(five million) Riyals"]
