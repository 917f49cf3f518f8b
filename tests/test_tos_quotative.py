"""Korean and Japanese reported speech (tos_quotative): a quotation closed by a quotative ending (고, 라며, 라는 목소리; と) is
what the subject before it said, whatever the verb, unless that subject is the document, the verb is one a
document or a notice states with, or a document named after it holds the words. Every text here is written for
the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.quotes import find_quotes
from annotations.detectors.tos_mentions import Page
from annotations.detectors.tos_quotative import reported_speech

TITLE = "배달앱 약관 개정 논란"
LEAD = "배달앱 빨리와가 이용약관을 개정했다."

# Each binds as terms do on a page that names the terms, and was labelled before the rule.
SAID = [
    '김민수 소비자단체 국장은 "회사는 이용자에게 불리한 조항을 삭제해야 한다"고 꼬집었다.',
    '빨리와 측은 "회원은 언제든지 탈퇴할 수 있다"고 반박했다.',
    '한 이용자는 "회원은 약관을 읽을 의무가 있다는 게 말이 되냐"고 되물었다.',
    '업계에서는 "회사는 수수료를 올릴 수 있다는 조항이 문제"라는 목소리가 나온다.',
]

DOCUMENTS = [
    ("새 약관은 '회사는 이용자의 주문 기록을 제휴사와 공유할 수 있다'고 정하고 있다.", "회사는 이용자의 주문 기록을 제휴사와 공유할 수 있다"),
    ("빨리와는 '회원은 타인의 명의로 주문해서는 안 된다'고 새로 규정했다.", "회원은 타인의 명의로 주문해서는 안 된다"),
    ("빨리와는 '회원은 타인의 명의로 주문해서는 안 된다'고 이용약관에 적었다.", "회원은 타인의 명의로 주문해서는 안 된다"),
]  # fmt: skip


@pytest.mark.parametrize("said", SAID)
def test_a_quotation_closed_by_a_quotative_ending_is_its_subjects(said: str) -> None:
    assert quotes_found(page_units(LEAD, said, title=TITLE)) == []


@pytest.mark.parametrize(("sentence", "expected"), DOCUMENTS)
def test_the_documents_subject_verb_or_name_keeps_the_quotation(sentence: str, expected: str) -> None:
    assert quotes_found(page_units(LEAD, sentence, title=TITLE)) == [expected]


JAPANESE_TITLE = "写真アプリの規約改定"
JAPANESE_LEAD = "写真共有アプリ「ピクモ」が利用規約を改定した。"


@pytest.mark.parametrize("said", [
    "「ユーザーは規約を守らなければならない」と田中社長は語った。",
    "田中社長は「ユーザーは規約を守らなければならない」と力説した。",
    "消費者団体は「当社は投稿写真を無償で利用できるとする条項は削除すべきだ」と訴えている。",
])  # fmt: skip
def test_a_japanese_quotation_closed_by_to_is_its_subjects(said: str) -> None:
    assert quotes_found(page_units(JAPANESE_LEAD, said, title=JAPANESE_TITLE)) == []


@pytest.mark.parametrize("sentence", [
    "新規約は「ユーザーは退会後も投稿を削除できない」と定める。",
    "同社は規約で「ユーザーは退会後も投稿を削除できない」としている。",
])  # fmt: skip
def test_a_japanese_quotation_the_document_states_stays_the_documents(sentence: str) -> None:
    found = quotes_found(page_units(JAPANESE_LEAD, sentence, title=JAPANESE_TITLE))
    assert found == ["ユーザーは退会後も投稿を削除できない"]


# A clause of the document as the subject ("이 조항은", "同条は") is the document saying it, whatever the verb.
@pytest.mark.parametrize("sentence", [
    '이 조항은 "회원은 탈퇴 후에도 게시물 삭제를 요구할 수 없다"고 못박았다.',
    '새 조항은 "회원은 탈퇴 후에도 게시물 삭제를 요구할 수 없다"고 돼 있다.',
    '해당 조문은 "회원은 탈퇴 후에도 게시물 삭제를 요구할 수 없다"고 강조한다.',
])  # fmt: skip
def test_a_korean_clause_as_the_subject_is_the_documents(sentence: str) -> None:
    found = quotes_found(page_units(LEAD, sentence, title=TITLE))
    assert found == ["회원은 탈퇴 후에도 게시물 삭제를 요구할 수 없다"]


@pytest.mark.parametrize("sentence", [
    "この条項は「ユーザーは退会後も投稿を削除できない」とうたっている。",
    "同条は「ユーザーは退会後も投稿を削除できない」と言い切っている。",
    "新しい条文は「ユーザーは退会後も投稿を削除できない」と明記した。",
])  # fmt: skip
def test_a_japanese_clause_as_the_subject_is_the_documents(sentence: str) -> None:
    found = quotes_found(page_units(JAPANESE_LEAD, sentence, title=JAPANESE_TITLE))
    assert found == ["ユーザーは退会後も投稿を削除できない"]


def test_a_korean_speaker_speaking_of_a_clause_is_still_the_speaker() -> None:
    said = '김민수 국장은 "이 조항은 회원에게 너무 불리하다"고 지적했다.'
    assert quotes_found(page_units(LEAD, said, title=TITLE)) == []


@pytest.mark.parametrize(("text", "said"), [
    # A full-width question or exclamation mark ends the sentence before the speaker's, as a full stop does:
    # the document named in that question is no subject of the quotation.
    ("新しい利用規約は本当に安全なのか？田中社長は「心配はいらない」と述べた。", True),
    ("新しい利用規約は本当に安全なのか！田中社長は「心配はいらない」と述べた。", True),
    ('새 약관은 괜찮은가？김 대표는 "걱정할 필요 없다"고 말했다.', True),
    ("新しい利用規約は本当に安全なのか。田中社長は「心配はいらない」と述べた。", True),
    # In the same sentence the document is still the subject.
    ("新しい利用規約は「当社は投稿を広告に利用できる」と定める。", False),
])  # fmt: skip
def test_full_width_marks_end_the_sentence_before_a_speaker(text: str, said: bool) -> None:
    assert reported_speech(text, find_quotes(text)[0], Page(True, None)) is said
