"""Review of the session's law and money commits (session 30): pay and budgets in French, Italian, German and
Dutch are no penalty; compensation in those languages is what a settlement or an order gives; 元 in a mainland
article that names a Taiwanese city is the yuan; Italian and Spanish marks of following provisions (e ss., y ss.);
a Vietnamese law's name stops where its sentence goes on; a profit with its amount after 'times' stays a profit;
damages asked for in Italian, French and Dutch are sought."""

from __future__ import annotations

import pytest
from law_support import find_penalties

from tests.law_support import find_laws, settled_currencies

# A fine and, in the same paragraph, what a chief executive is paid or what the regulator may spend: European
# papers set the two side by side. The pay and the budget are money, no penalty.
PAY_AND_BUDGETS = [
    (
        "Après l'amende de 20 millions d'euros, le PDG a touché un salaire de 3 millions d'euros.",
        "20 millions d'euros",
    ),
    (
        "La CNIL a infligé 50 millions d'euros d'amende ; la rémunération du dirigeant atteint 4 millions d'euros.",
        "50 millions d'euros",
    ),
    (
        "Il Garante ha inflitto una multa di 15 milioni di euro; lo stipendio del presidente è di 240 mila euro.",
        "15 milioni di euro",
    ),
    (
        "Die Behörde verhängte ein Bußgeld von 35,3 Millionen Euro; der Vorstandschef bezieht ein Jahresgehalt "
        "von 4 Millionen Euro.",
        "35,3 Millionen Euro",
    ),
    (
        "Die Aufsichtsbehörde, deren Etat 20 Millionen Euro beträgt, verhängte ein Bußgeld von 1,2 Millionen Euro.",
        "1,2 Millionen Euro",
    ),
    (
        "De AP, met een begroting van 40 miljoen euro, legde Uber een boete op van 290 miljoen euro.",
        "290 miljoen euro",
    ),
    ("De boete bedroeg 10 miljoen euro; de topman kreeg een salaris van 2 miljoen euro.", "10 miljoen euro"),
]


@pytest.mark.parametrize(("text", "fine"), PAY_AND_BUDGETS, ids=[row[1] for row in PAY_AND_BUDGETS])
def test_pay_and_budgets_beside_a_fine_are_no_penalty(text: str, fine: str) -> None:
    """Only the fine is a penalty; a salary, a pay package or a budget in the paragraph is not."""
    assert [row[0] for row in find_penalties(text)] == [fine]


# Compensation each customer gets from a settlement or an order, in the words German, French, Italian and
# Dutch papers use (Entschädigung, dédommagement, indennizzo, schadevergoeding): guidelines, per-person payments.
COMPENSATION = [
    ("Nach dem Vergleich erhält jeder betroffene Haushalt 100 Euro Entschädigung.", "100 Euro"),
    ("Der Konzern zahlt den Kunden eine Entschädigung von insgesamt 12 Millionen Euro.", "12 Millionen Euro"),
    (
        "Le tribunal a condamné l'opérateur à verser 5 000 euros de dédommagement à chaque abonné.",
        "5 000 euros",
    ),
    ("L'Autorità ha imposto un indennizzo di 50 euro per ogni cliente.", "50 euro"),
    ("Het energiebedrijf moet elk huishouden 50 euro schadevergoeding betalen.", "50 euro"),
]


@pytest.mark.parametrize(("text", "amount"), COMPENSATION, ids=[row[1] for row in COMPENSATION])
def test_compensation_in_other_languages_is_a_penalty(text: str, amount: str) -> None:
    """The compensation word makes the amount a refund, as 'compensation' does in English."""
    assert [row[0] for row in find_penalties(text)] == [amount]


# Taiwan's place names 台北, 台中, 高雄 read the same in simplified characters, so a mainland article that names a
# Taiwanese firm's city is no Taiwanese article: its 元 stays the yuan. Words only the mainland writes (罚款, 人民币,
# 网信办, 市场监管) weigh against the place name.
YUAN_ON_THE_MAINLAND = [
    (("上海市网信办对台北某公司的上海分公司罚款50万元。",), [("50万元", "CNY")]),
    (("台中市政府罚款50万元，该公司营收2亿元。",), [("50万元", "CNY"), ("2亿元", "CNY")]),
    (("市场监管部门对一家高雄企业在厦门的子公司处以20万元罚款。",), [("20万元", "CNY")]),
]
# A Taiwanese article, in traditional characters, keeps the New Taiwan dollar.
DOLLARS_IN_TAIWAN = [
    (("台北市政府對業者開罰6萬元。",), [("6萬元", "TWD")]),
    (("高雄市政府依個資法對該業者處以20萬元罰鍰。",), [("20萬元", "TWD")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), YUAN_ON_THE_MAINLAND + DOLLARS_IN_TAIWAN)
def test_yuan_follows_the_script_not_a_shared_place_name(paragraphs: tuple[str, ...], expected: list) -> None:
    """元 is the yuan in a mainland article that names a Taiwanese city, Taiwan's dollar in a Taiwanese one."""
    assert settled_currencies(*paragraphs) == expected


# Italian, Spanish and Portuguese legal writing marks the provisions that follow an article as German writes
# 'ff.': "artt. 13 e ss. del GDPR" (e seguenti), "artt. 15 ss. GDPR", "e segg.", Spanish "y ss." and "y sigs."
# (y siguientes), Portuguese "e segs.". The mark is part of the reference, one span with the law's name.
FOLLOWING_MARKS = [
    ("Ai sensi degli artt. 13 e ss. del GDPR, l'informativa deve essere chiara.", "artt. 13 e ss. del GDPR"),
    ("Il Garante richiama gli artt. 15 ss. GDPR sui diritti dell'interessato.", "artt. 15 ss. GDPR"),
    ("Si vedano gli artt. 2-quater e segg. del Codice privacy.", "artt. 2-quater e segg. del Codice privacy"),
    (
        "Conforme a los artículos 15 y ss. del RGPD, el interesado puede acceder.",
        "artículos 15 y ss. del RGPD",
    ),
    ("Véanse los artículos 12 y sigs. del RGPD.", "artículos 12 y sigs. del RGPD"),
    (
        "Nos termos do artigo 15 e segs. do RGPD, o titular tem direito de acesso.",
        "artigo 15 e segs. do RGPD",
    ),
]


@pytest.mark.parametrize(("sentence", "span"), FOLLOWING_MARKS, ids=[row[1] for row in FOLLOWING_MARKS])
def test_a_following_mark_joins_the_provision_to_its_law(sentence: str, span: str) -> None:
    """One span from the provision through the mark to the law's name."""
    assert [text for text, _law in find_laws(sentence)] == [span]


def test_pages_that_follow_are_no_provision() -> None:
    """'ss.' after a page number of a book is no law."""
    assert find_laws("Lo spiega il manuale a pagina 12 ss., con molti esempi.") == []


# Vietnamese names a law with its year after 'năm' (Luật An ninh mạng năm 2018), but a law is also the subject of a
# sentence whose later words give a year: 'Luật … được Quốc hội thông qua …', '… có hiệu lực từ năm …' (qdnd.vn,
# vneconomy.vn, znews.vn write so). Those words are the sentence's, not the name's. And 'Luật' after a school, a
# faculty or a firm is law the subject (vietnamnet.vn: 'Trường ĐH Luật Hà Nội tổ chức lễ tốt nghiệp năm 2025').
VIETNAMESE_LAW_AND_ITS_SENTENCE = [
    ("Luật An ninh mạng có hiệu lực từ năm 2019 và áp dụng với mọi doanh nghiệp.", ["Luật An ninh mạng"]),
    (
        "Luật Bảo vệ dữ liệu cá nhân sẽ được triển khai thi hành vào năm 2026.",
        ["Luật Bảo vệ dữ liệu cá nhân"],
    ),
    ("Luật Đất đai được Quốc hội thông qua năm 2024 với nhiều điểm mới.", []),
    ("Trường ĐH Luật Hà Nội tổ chức lễ tốt nghiệp năm 2025 cho 1.645 sinh viên.", []),
    ("Ông tốt nghiệp Trường Đại học Luật Hà Nội năm 2010.", []),
    ("Công ty Luật TNHH Minh Khuê năm 2022 đã tư vấn cho nhiều doanh nghiệp.", []),
    # The name with its year stays one span.
    ("Căn cứ Luật Doanh nghiệp năm 2020, công ty phải công bố thông tin.", ["Luật Doanh nghiệp năm 2020"]),
    ("Quốc hội thông qua Luật An ninh mạng năm 2018.", ["Luật An ninh mạng năm 2018"]),
]


@pytest.mark.parametrize(("sentence", "spans"), VIETNAMESE_LAW_AND_ITS_SENTENCE)
def test_a_vietnamese_law_name_stops_where_its_sentence_goes_on(sentence: str, spans: list[str]) -> None:
    """The year after 'năm' joins a law's name, never a verb phrase or an institution's name."""
    assert [text for text, _law in find_laws(sentence)] == spans


# 'Three times the profit' measures a penalty (SEBI's cap: up to ₹25 crore or three times the profit made); a profit
# with its own amount after it is still a profit, and no penalty.
def test_a_profit_with_its_amount_after_times_is_still_a_profit() -> None:
    """Only the fine is a penalty; the profit it is measured against is not."""
    text = "Its fine of $10 million was less than three times its profit of $5 million in the quarter."
    assert [row[0] for row in find_penalties(text)] == ["$10 million"]
    assert (
        find_penalties(
            "SEBI levied a penalty equal to three times the profit of Rs 12 crore that the trader made."
        )
        == []
    )
    cap = "SEBI can impose a penalty of up to ₹25 crore or three times the profit made, whichever is higher."
    assert [row[0] for row in find_penalties(cap)] == ["₹25 crore"]


# Damages or compensation a claimant only asks for, in the verbs Italian, French and Dutch papers use (chiede, ha
# chiesto, demande, a demandé, eist): guidelines, damages sought do not count. What a court grants after the ask,
# and a fine a regulator asks to be paid, stay penalties.
ASKED_FOR = [
    "Il consumatore chiede un risarcimento di 10 mila euro a Meta per la violazione dei dati.",
    "Gli utenti chiedono 500 euro di risarcimento ciascuno dopo il furto di dati.",
    "Il cliente ha chiesto un risarcimento di 5 mila euro alla banca.",
    "L'association demande 500 euros de dommages et intérêts par victime.",
    "Les victimes ont demandé 1 000 euros de dommages et intérêts chacune.",
    "De stichting eist 5 miljoen euro schadevergoeding van TikTok.",
]


@pytest.mark.parametrize("text", ASKED_FOR)
def test_damages_asked_for_in_other_languages_are_no_penalty(text: str) -> None:
    """The verb of asking before the amount makes the damages sought."""
    assert find_penalties(text) == []


GRANTED_AFTER_ASKING = [
    (
        "L'utente chiedeva 10 mila euro, ma il tribunale gli ha riconosciuto un risarcimento di 2 mila euro.",
        ["2 mila euro"],
    ),
    ("La CNIL demande à Google de payer une amende de 100 millions d'euros.", ["100 millions d'euros"]),
    ("Il Garante chiede il pagamento di una sanzione di 20 milioni di euro.", ["20 milioni di euro"]),
]


@pytest.mark.parametrize(("text", "amounts"), GRANTED_AFTER_ASKING)
def test_what_is_granted_or_fined_after_an_ask_stays_a_penalty(text: str, amounts: list[str]) -> None:
    """A court's award and a fine keep their type."""
    assert [row[0] for row in find_penalties(text)] == amounts
