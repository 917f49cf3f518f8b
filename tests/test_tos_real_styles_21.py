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
