"""Rows from the styles read for tos-real-styles-21: a Korean app's name in single quotes is one word, not
wording; the user agreement and privacy policy named in Russian, in any case; a platform's merchant or
community rules named in Chinese. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.tos_mentions import Page, document_mentions


def test_a_korean_apps_name_in_single_quotes_is_no_wording() -> None:
    units = page_units(
        "스트리미가 이용약관을 개정했다.",
        title="OTT 서비스 '스트리미', 약관 바꾸며 계정 공유 제한",
    )
    assert quotes_found(units) == []


def test_korean_wording_of_several_words_in_single_quotes_stays_wording() -> None:
    units = page_units(
        "개정 약관에는 '회원은 계정을 가족 외의 사람과 공유해서는 안 된다'는 내용이 추가됐다.",
        title="스트리미 약관 개정",
    )
    assert quotes_found(units) == ["회원은 계정을 가족 외의 사람과 공유해서는 안 된다"]


@pytest.mark.parametrize(("text", "name"), [
    ("В пользовательском соглашении сервиса говорится", "terms of use"),
    ("Пользовательское соглашение гласит", "terms of use"),
    ("по условиям использования сервиса", "terms of use"),
    ("в политике конфиденциальности указано", "privacy policy"),
    ("某平台的商家规则明确规定", "community guidelines"),
    ("社区公约写明", "community guidelines"),
])  # fmt: skip
def test_documents_named_in_russian_and_chinese(text: str, name: str) -> None:
    assert [mention.name for mention in document_mentions(text, Page(True, None))] == [name]


@pytest.mark.parametrize(
    "text", ["Соглашение о сотрудничестве между компаниями", "политика компании", "交通规则"]
)
def test_other_agreements_policies_and_rules_name_no_document(text: str) -> None:
    assert document_mentions(text, Page(True, None)) == []


def test_a_russian_user_agreement_quoted_is_the_documents_and_the_press_secretary_is_not() -> None:
    units = page_units(
        "В пользовательском соглашении сервиса говорится: «Компания вправе передавать обезличенные данные партнёрам».",
        "«Личные сообщения никто не читает», — заверил пресс-секретарь сервиса.",
        title="Новое соглашение такси-сервиса",
    )
    assert quotes_found(units) == ["Компания вправе передавать обезличенные данные партнёрам"]


PHONE_PLAN = "Cancelling your phone plan early? Read this first"


def test_a_page_naming_only_its_contract_quotes_the_contract() -> None:
    units = page_units(
        "Customers of Northern Mobile who cancel before their two-year term ends face a fee.",
        "The contract says “the customer agrees to pay an early cancellation fee equal to the remaining device "
        "balance,” and Northern Mobile has enforced it since January.",
        title=PHONE_PLAN,
    )
    assert quotes_found(units) == [
        "the customer agrees to pay an early cancellation fee equal to the remaining device balance,"
    ]


def test_a_contract_between_two_parties_is_no_terms() -> None:
    units = page_units(
        "The city signed a deal with the bus maker Nimbus in 2023.",
        "The contract between Nimbus and the city says “the supplier shall deliver 500 electric buses by 2027”.",
        title="City bus deal delayed",
    )
    assert quotes_found(units) == []


def test_a_loan_apps_loan_agreement_is_its_terms() -> None:
    units = page_units(
        "Borrowers of the instant-loan app CashNow complained of recovery agents calling their relatives.",
        'The loan agreement reads: "The borrower authorises the lender to access contacts stored on the device."',
        title="Loan app's agreement lets it read your contacts",
    )
    assert quotes_found(units) == [
        "The borrower authorises the lender to access contacts stored on the device."
    ]


def test_the_terms_by_a_pointing_word_in_arabic_on_a_page_naming_no_document() -> None:
    units = page_units(
        'وتنص الشروط الجديدة لتطبيق "وصلني" على أن "الشركة قد تشارك بيانات الموقع مع شركاء الإعلانات".',
        'وأكد المتحدث باسم الشركة أن "الشركة لن تبيع بيانات أي مستخدم".',
        title="تطبيق توصيل يغير قواعده",
    )
    assert quotes_found(units) == ["الشركة قد تشارك بيانات الموقع مع شركاء الإعلانات"]


@pytest.mark.parametrize("text", ["الشروط التي وضعتها الحكومة", "الشروط اللازمة للهدنة"])
def test_conditions_set_out_for_anything_are_no_terms_in_arabic(text: str) -> None:
    assert document_mentions(text, Page(False, None)) == []


def test_the_policy_by_a_pointing_word_in_chinese_on_a_page_naming_one() -> None:
    units = page_units(
        "某外賣平台更新了隱私權政策。",
        "政策中提到，「本公司得蒐集使用者之位置資訊」。",
        title="外賣平台更新政策",
    )
    assert quotes_found(units) == ["本公司得蒐集使用者之位置資訊"]


def test_a_governments_new_policy_in_chinese_is_no_document() -> None:
    units = page_units("新政策规定，“外卖骑手每天工作不得超过十小时”。", title="骑手保障新规出台")
    assert quotes_found(units) == []


@pytest.mark.parametrize("text", ["그리고 5항에는", "약관 9조 4항에는", "3조 2항에서는"])
def test_a_korean_article_or_paragraph_numbered_without_je_is_a_part_of_the_document(text: str) -> None:
    assert [mention.name for mention in document_mentions(text, Page(True, None))][-1] == "terms of service"


@pytest.mark.parametrize(
    "text", ["과징금이 10조 원에 이른다", "10조원 규모", "개인정보 보호법 15조에는", "법 3항에는"]
)
def test_trillions_of_won_and_a_laws_articles_are_no_part_of_the_document(text: str) -> None:
    assert document_mentions(text, Page(True, None)) == []


def test_japanese_items_under_written_as_follows_are_the_guidelines() -> None:
    units = page_units(
        "ゲーム会社ルミナが配信ガイドラインを改定した。新ガイドラインには、禁止事項として次のように書かれている。",
        "ネタバレを含む配信をサムネイルに表示すること",
        title="ゲーム配信の新ガイドライン",
    )
    assert quotes_found(units) == ["ネタバレを含む配信をサムネイルに表示すること"]


def test_japanese_items_under_a_speakers_as_follows_are_theirs() -> None:
    units = page_units(
        "ゲーム会社ルミナが配信ガイドラインを改定した。担当者は次のように述べている。",
        "ファンの皆さんに安心して配信を楽しんでほしいと考えています",
        title="ゲーム配信の新ガイドライン",
    )
    assert quotes_found(units) == []


def test_korean_clause_under_written_as_follows_is_the_terms() -> None:
    units = page_units(
        "빨리와 이용약관에는 다음과 같이 적혀 있다.",
        "회원은 주문 내역을 제3자에게 공개해서는 안 된다.",
        title="배달앱 약관",
    )
    assert quotes_found(units) == ["회원은 주문 내역을 제3자에게 공개해서는 안 된다."]


def test_a_laws_article_written_with_je_is_no_part_of_the_document() -> None:
    assert document_mentions("개인정보 보호법 제15조는", Page(True, None)) == []


@pytest.mark.parametrize(
    ("title", "lead", "sentence"),
    [
        (
            "Two regional airlines agree to merge",
            "Skyhop and Bluewing announced the merger in March. The deal closed on Friday.",
            "The contract says “the buyer pays a break fee of five percent if regulators object”.",
        ),
        (
            "Kenya signs loan for rural roads",
            "The treasury will draw the money over three years.",
            "The loan agreement with the World Bank states that “the borrower shall open a separate account”.",
        ),
    ],
)
def test_a_contract_or_loan_agreement_on_a_page_with_no_users_is_no_terms(
    title: str, lead: str, sentence: str
) -> None:
    assert quotes_found(page_units(lead, sentence, title=title)) == []


def test_the_arabic_terms_of_a_lender_to_a_government_are_no_terms() -> None:
    units = page_units(
        "توصلت الحكومة إلى اتفاق مع صندوق النقد الدولي بعد أشهر من المفاوضات.",
        'وتنص الشروط الجديدة على "خفض دعم الوقود بنسبة النصف" خلال عامين.',
        title="الحكومة توافق على شروط الصندوق",
    )
    assert quotes_found(units) == []


def test_the_contract_of_a_gym_whose_members_are_named_is_its_terms() -> None:
    units = page_units(
        "Members of the Fitlane gym chain say leaving is harder than joining.",
        "The contract says “membership renews each year unless cancelled in writing”.",
        title="Why quitting your gym is so hard",
    )
    assert quotes_found(units) == ["membership renews each year unless cancelled in writing"]


def test_the_contract_between_a_company_and_its_members_is_its_terms() -> None:
    units = page_units(
        "Fitlane runs forty gyms across the north.",
        "The contract between Fitlane and its members says “members may cancel only in person at the branch”.",
        title="Gym chain under fire",
    )
    assert quotes_found(units) == ["members may cancel only in person at the branch"]
