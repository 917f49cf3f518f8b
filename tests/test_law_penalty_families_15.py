"""Law and money families read on real pages (session 29): Poland's Code of Administrative Procedure that every
UODO decision cites, with its articles split by §; Turkish 'md.' and an article's point after a slash (18/b);
a Saudi article numbered by an ordinal word in brackets; Gulf fines written in brackets before their currency
word; Mexican amounts in groups whose first number is a word or whose last group holds cents."""

from __future__ import annotations

import pytest
from law_support import find_penalties

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


CJK_LAWS = [
    # Taiwan writes the article 條 and its official texts space the number (laws.taipei.gov.tw, lawplayer.com).
    ("公司違反個人資料保護法第12條，遭主管機關處罰。", [("個人資料保護法第12條", "taiwan-pdpa")]),
    ("法務部函釋個人資料保護法第 12 條之適用疑義。", [("個人資料保護法第 12 條", "taiwan-pdpa")]),
    # The rules made under a law, named after it (個資法施行細則; Korea's 시행령, cheongchul.com).
    (
        "依個人資料保護法施行細則第12條，機關應採取安全措施。",
        [("個人資料保護法施行細則第12條", "taiwan-pdpa")],
    ),
    (
        "회사는 개인정보 보호법 시행령 제30조에 따라 안전조치를 해야 한다.",
        [("개인정보 보호법 시행령 제30조", "korea-pipa")],
    ),
    # Taiwan's press and courts shorten the act to 個資法 (udn.com, ltn.com.tw, bnext.com.tw).
    ("立法院今天三讀通過個資法修正案。", [("個資法", "taiwan-pdpa")]),
]

CJK_NO_LAWS = [
    "公司內部施行細則第3條規定加班費的計算方式。",
    "該辦法第12條由主管機關另定之。",
]


@pytest.mark.parametrize(("sentence", "expected"), CJK_LAWS)
def test_cjk_law_with_its_rules_and_article_is_one_span(sentence: str, expected: list) -> None:
    """A law's name, the rules made under it and an article in 條 or spaced are one span."""
    assert find_laws(sentence) == expected


@pytest.mark.parametrize("sentence", CJK_NO_LAWS)
def test_cjk_rules_or_article_without_a_law_is_none(sentence: str) -> None:
    """A company's own rules or an unnamed measure's article is no law."""
    assert find_laws(sentence) == []


def test_taiwan_fine_range_is_in_new_taiwan_dollars() -> None:
    """新台幣 before the first end makes both ends Taiwan's dollar, and 罰鍰 is a fine (udn.com, ltn.com.tw)."""
    text = "非公務機關違反通報規定者，主管機關將處新台幣2萬元以上、20萬元以下罰鍰。"
    assert find_penalties(text) == [("新台幣2萬元", 20_000, "TWD"), ("20萬元", 200_000, "TWD")]


def test_taiwan_fine_in_numerals_keeps_its_prefix() -> None:
    """Numerals after 新臺幣 are read with it (law.moj.gov.tw)."""
    text = "屆期未改正者，按次處新臺幣十五萬元以上一千五百萬元以下罰鍰。"
    assert find_penalties(text) == [("新臺幣十五萬元", 150_000, "TWD"), ("一千五百萬元", 15_000_000, "TWD")]


def test_yuan_without_taiwan_dollars_stays_yuan() -> None:
    """An article that never writes 新臺幣 keeps 元 as the yuan."""
    assert find_penalties("该公司被罚款200万元。") == [("200万元", 2_000_000, "CNY")]


def test_a_years_income_beside_a_surcharge_is_no_penalty() -> None:
    """年収 (a year's income) after a surcharge is the company's size, not a second fine."""
    text = "委員会は同社に課徴金3億円の納付を命じた。同社の年収は100億円だった。"
    assert find_penalties(text) == [("3億円", 300_000_000, "JPY")]
