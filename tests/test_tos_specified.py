"""A company that specified the quoted words as a rule, in Korean or Japanese news about its terms ("X는 “사용자는 …에
동의한다”고 명시했다"): the words are the terms', as on a Korean report of social networks' AI-training terms
(v.daum.net). An official, a lawmaker, a law or the government in the sentence keeps them theirs, and a company that
only announced or explained ("밝혔다", "설명했다") speaks for itself."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "모모톡, AI 학습 동의 필수로 약관 변경"
LEAD = "모모톡은 새 이용약관을 다음 달부터 적용한다. "


@pytest.mark.parametrize(("body", "wanted"), [
    (
        LEAD + "모모톡은 “이용자는 올린 사진을 당사의 AI 모델 개발에 쓰는 데 동의한다”고 명시했다.",
        ["이용자는 올린 사진을 당사의 AI 모델 개발에 쓰는 데 동의한다"],
    ),
    (
        LEAD + "모모톡은 “탈퇴한 이용자의 대화 기록은 30일 뒤 삭제한다”라고 규정했다.",
        ["탈퇴한 이용자의 대화 기록은 30일 뒤 삭제한다"],
    ),
    (
        "モモトークは新しい利用規約を来月から適用する。モモトークは「利用者は投稿した写真をAIの開発に使うことに同意する」と明記した。",
        ["利用者は投稿した写真をAIの開発に使うことに同意する"],
    ),
])  # fmt: skip
def test_a_company_that_specified_the_words_gives_them_to_the_terms(body: str, wanted: list[str]) -> None:
    assert article_quotes(TITLE, body) == wanted


@pytest.mark.parametrize("body", [
    # A lawmaker, a law and the government specify too.
    LEAD + "한 국회 의원은 “이용자 동의 없이 학습하면 안 된다”고 명시했다.",
    LEAD + "개인정보 보호법은 “정보주체의 동의를 받아야 한다”고 규정하고 있다.",
    LEAD + "정부는 지침에 “사업자는 학습 목적을 미리 알려야 한다”고 명시했다.",
    # The company announced or explained: its statement.
    LEAD + "모모톡은 “비공개 글은 AI 학습에 쓰지 않는다”고 밝혔다.",
    LEAD + "모모톡은 “이용자 불편을 줄이려는 조치”라고 설명했다.",
])  # fmt: skip
def test_others_and_statements_stay_out(body: str) -> None:
    assert article_quotes(TITLE, body) == []
