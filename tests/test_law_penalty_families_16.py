"""Law and money families read on real pages (session 30): Turkish fine ranges joined by 'ila'; Vietnamese
provisions written "Khoản 4, Điều 2" and laws named with their year after 'năm'; an acronym a law shares with
its regulator, in brackets after the regulator's name; Australia's turnover cap "during the breach turnover
period"; 元 in a Taiwanese article and Macau's pataca and Law 8/2005; compensation a claimant only asks for."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit
from tests.law_support import find_laws, settled_currencies


def _penalties(*paragraphs: str) -> list[tuple[str, float | None, str | None]]:
    units = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    return [(f.text, f.amount, f.currency) for f in PenaltyDetector().detect(units)]


LAWS = [
    # Vietnamese law firms put a comma after the clause (baovedlcn.vn: "Theo Khoản 4, Điều 2 Nghị định ...").
    (
        "Theo Khoản 9, Điều 2 Nghị định 13/2023/NĐ-CP, dữ liệu vị trí là dữ liệu nhạy cảm.",
        [("Khoản 9, Điều 2 Nghị định 13/2023/NĐ-CP", None)],
    ),
    # A point, a clause and the article, each closed by a comma, and a decree shortened to its number
    # once named (lexnovum.com.vn: Nghị định 13/2023/NĐ-CP ("Nghị định 13")).
    (
        "Điểm a, Khoản 1, Điều 11 Nghị định 13/2023/NĐ-CP yêu cầu sự đồng ý rõ ràng.",
        [("Điểm a, Khoản 1, Điều 11 Nghị định 13/2023/NĐ-CP", None)],
    ),
    (
        "Khoản 9, Điều 2 Nghị định 13 coi dữ liệu vị trí là nhạy cảm.",
        [("Khoản 9, Điều 2 Nghị định 13", None)],
    ),
    # A law's year after 'năm' (thuvienphapluat.vn, ncsgroup.vn), the name known or not.
    (
        "Căn cứ Điều 9 Luật Bảo vệ dữ liệu cá nhân năm 2025, người dùng có thể rút lại sự đồng ý.",
        [("Điều 9 Luật Bảo vệ dữ liệu cá nhân năm 2025", "vietnam-pdp-law")],
    ),
    (
        "Theo khoản 15 Điều 3 Luật An toàn thông tin mạng năm 2015, số điện thoại là thông tin cá nhân.",
        [("khoản 15 Điều 3 Luật An toàn thông tin mạng năm 2015", None)],
    ),
    # The law's acronym after the law's own name stays the law (Turkish law firms, medyaradar.com).
    (
        "6698 sayılı Kişisel Verilerin Korunması Kanunu (KVKK) 2016'da yürürlüğe girdi.",
        [("6698 sayılı Kişisel Verilerin Korunması Kanunu", None), ("KVKK", "turkey-kvkk")],
    ),
    ("Kurul, KVKK'nın 12. maddesi uyarınca karar verdi.", [("KVKK'nın 12. maddesi", "turkey-kvkk")]),
    # Macau's data protection law in Portuguese, English and Chinese (gpdp.gov.mo, macaubusiness.com).
    ("O gabinete aplicou a multa ao abrigo da Lei n.º 8/2005.", [("Lei n.º 8/2005", "macau-pdpa")]),
    ("The hotel breached Law no. 8/2005 on data protection.", [("Law no. 8/2005", "macau-pdpa")]),
    ("該酒店違反第8/2005號法律，被科處罰款。", [("第8/2005號法律", "macau-pdpa")]),
    (
        "In Macau, the Personal Data Protection Act governs hotel guest lists.",
        [("Personal Data Protection Act", "macau-pdpa")],
    ),
    # French decisions cite their codes in lower case after the article (cnil.fr, legifrance.gouv.fr).
    (
        "La CNIL a retenu un manquement à l'article L. 34-5 du code des postes et des communications électroniques.",
        [("article L. 34-5 du code des postes et des communications électroniques", "fr-cpce")],
    ),
    (
        "Le fichier viole l'article 226-16 du code pénal et l'article 226-18.",
        [("article 226-16 du code pénal", None), ("article 226-18", None)],
    ),
    # German and Swiss pages mark the provisions that follow with ff. (gesetze-im-internet.de commentaries,
    # edoeb.admin.ch); after a provision, BGB is the Civil Code though the page names no country.
    ("Die Klausel ist nach §§ 307 ff. BGB unwirksam.", [("§§ 307 ff. BGB", "de-bgb")]),
    ("Die Klausel verstößt gegen § 307 Abs. 1 BGB.", [("§ 307 Abs. 1 BGB", "de-bgb")]),
    (
        "In der Schweiz drohen nach Art. 60 ff. DSG Bussen für Privatpersonen.",
        [("Art. 60 ff. DSG", "swiss-fadp")],
    ),
    # Capitalised, or a lower-cased name with no place before it, is still the law.
    ("Canada's anti-spam legislation (CASL) bars unsolicited email.", [("CASL", "casl")]),
    (
        "the children's online privacy protection act applies here.",
        [("children's online privacy protection act", "coppa")],
    ),
]

NO_LAWS = [
    # The same acronym in brackets after the regulator's name is the regulator.
    "Kişisel Verileri Koruma Kurumu (KVKK), bir bankaya ceza verdi.",
    "The Turkish Data Protection Authority (KVKK) opened an inquiry.",
    # 'Luật sư' (lawyer) and a sentence that opens on 'Luật' are no law's name.
    "Luật sư Nguyễn cho biết năm 2024 có nhiều vụ tranh chấp.",
    "Luật quy định rằng năm 2025 các công ty phải báo cáo.",
    # Decrees counted, not named.
    "Năm ngoái có 13 nghị định mới được ban hành.",
    # A lower-case code that is no law, and BGB with no provision before it.
    "Selon l'article 5 du code de conduite, les membres votent.",
    "Der Verlag BGB Medien bringt einen neuen Kommentar heraus.",
    # A place's possessive and a lower-case description describe a law, they do not name it.
    "The CRTC fined a training firm under Canada's anti-spam law.",
]


@pytest.mark.parametrize(("sentence", "expected"), LAWS)
def test_law_mention_is_one_span(sentence: str, expected: list) -> None:
    """The provision, the law's name and its year are one span, with the law's entry where known."""
    assert find_laws(sentence) == expected


@pytest.mark.parametrize("sentence", NO_LAWS)
def test_no_law_mention(sentence: str) -> None:
    """A regulator's acronym, a lawyer and a sentence's first word are no law."""
    assert find_laws(sentence) == []


PENALTIES = [
    # Turkish statutes and fine tables join a range's ends with 'ila' (kvkk.gov.tr tables, law firms' pages).
    (
        ("Kurul, aydınlatma yükümlülüğüne uymayanlara 10.000 ila 50.000 TL idari para cezası verebilir.",),
        [("10.000", 10_000, "TRY"), ("50.000 TL", 50_000, "TRY")],
    ),
    (
        ("Kurul, şirkete 50 bin ila 1 milyon TL arasında idari para cezası verebilir.",),
        [("50 bin", 50_000, "TRY"), ("1 milyon TL", 1_000_000, "TRY")],
    ),
    # Australia's cap runs on to the period its turnover is counted over (oaic.gov.au, accc.gov.au).
    (
        (
            "The maximum penalty is the greater of A$50 million, three times the benefit, or 30% of "
            "adjusted turnover during the breach turnover period.",
        ),
        [("A$50 million", 50_000_000, "AUD"), ("30% of adjusted turnover", None, None)],
    ),
    # India's statutes cap a penalty at an amount or three times the profit (SEBI Act s. 15HA, sebi.gov.in).
    (
        (
            "The penalty was imposed under Section 15HA, which allows up to ₹25 crore or three times the "
            "profit made, whichever is higher.",
        ),
        [("₹25 crore", 250_000_000, "INR")],
    ),
    # Compensation a court orders still counts.
    (("The tribunal ordered the retailer to pay £10,000 in compensation.",), [("£10,000", 10_000, "GBP")]),
    (("Das Gericht sprach dem Kläger 2.000 Euro Schmerzensgeld zu.",), [("2.000 Euro", 2_000, "EUR")]),
    # Macau's pataca, in Portuguese and Chinese (gpdp.gov.mo decisions, macaodaily.com).
    (("O gabinete aplicou uma multa de 10 mil patacas ao hotel.",), [("10 mil patacas", 10_000, "MOP")]),
    (("澳門個人資料保護局對一間公司科處澳門元2萬元罰款。",), [("澳門元2萬元", 20_000, "MOP")]),
]

NO_PENALTIES = [
    # 'ila' between years or counts makes no range of money.
    ("Kurul 2019 ila 2021 yılları arasında 40 şirketi denetledi; 300 bin TL ciro eşiği aranır.",),
    # A profit is a profit, also beside 'three times the profit'.
    ("The firm reported ₹25 crore in profit, three times the profit of its rival.",),
    # A turnover in a period is a turnover.
    ("Its turnover during the breach turnover period was A$3 billion.",),
    # Compensation or damages a claimant only asks for (guidelines: damages sought do not count).
    ("The claimant is seeking £10,000 in compensation from the retailer for distress.",),
    ("He is demanding $50,000 in compensation.",),
    ("The plaintiff asked for compensation of HK$200,000.",),
    ("Der Kläger verlangt 5.000 Euro Schadensersatz nach Art. 82 DSGVO.",),
    ("Der Kläger fordert ein Schmerzensgeld von 2.000 Euro.",),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PENALTIES)
def test_penalty_amounts(paragraphs: tuple[str, ...], expected: list) -> None:
    """Each end of a range, a cap of turnover and ordered compensation are penalties, currency right."""
    assert _penalties(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", NO_PENALTIES)
def test_no_penalty(paragraphs: tuple[str, ...]) -> None:
    """Years, a turnover and compensation only sought are no penalty."""
    assert _penalties(*paragraphs) == []


CURRENCIES = [
    # Taiwan's regulators and press write 元 without 新臺幣 (moda.gov.tw, udn.com): the article's place decides.
    (("數位發展部依個人資料保護法，對該電商處以20萬元罰鍰。",), [("20萬元", "TWD")]),
    (("金管會對一家壽險公司開罰1200萬元。",), [("1200萬元", "TWD")]),
    (("衛福部對一家診所處以30萬元罰鍰。",), [("30萬元", "TWD")]),
    (("In Macau the office fined the hotel MOP$40,000.",), [("MOP$40,000", "MOP")]),
    (("根據法律，違者可被科處40,000澳門元罰款。",), [("40,000澳門元", "MOP")]),
]

OTHER_CURRENCIES = [
    # A mainland page in simplified characters keeps the yuan.
    (("上海市网信办对该公司罚款50万元。",), [("50万元", "CNY")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CURRENCIES + OTHER_CURRENCIES)
def test_currency_from_the_place(paragraphs: tuple[str, ...], expected: list) -> None:
    """元 is Taiwan's dollar in an article about Taiwan and the yuan otherwise; Macau writes its pataca."""
    assert settled_currencies(*paragraphs) == expected
