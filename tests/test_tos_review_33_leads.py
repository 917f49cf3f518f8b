"""Review of tosrec18b's Korean and Japanese lead-ins (session 33). A Korean paragraph that ends on "according to …"
or "if we look at …" hands the block below to the terms only when the terms are what it names there ("바뀐
이용약관에 따르면", "개인정보취급방침(2012년 개정)을 잠시 살펴보면"): a minister, a survey with its year in brackets or an
oversight body that ends on the same syllable ("장관에 따르면", "조사(2023)에 따르면", "감독기관에 따르면") is no document.
And a lead-in ending "as follows" whose own sentence names a law ("개인정보 보호법의 관련 규정을 살펴보면",
"個人情報保護法では、以下のような規定があります。") sets off the law's text, whatever document the paragraph before named."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE_KO = "스트리미 약관 변경"
TITLE_JA = "ミルミル、利用規約を改定"


@pytest.mark.parametrize(("title", "body"), [
    (TITLE_KO, "스트리미는 이용약관을 개정했다. 행정안전부 장관에 따르면\n\n정부는 내년부터 모든 앱의 약관을 점검할 계획이다."),
    (TITLE_KO, "스트리미는 이용약관을 개정했다. 한국소비자원 조사(2023)에 따르면\n\n이용자의 80%가 약관을 읽지 않는다."),
    (TITLE_KO, "스트리미는 이용약관을 개정했다. 감독기관에 따르면\n\n이번 개정은 법 위반 소지가 있다."),
    (
        TITLE_KO,
        "스트리미는 개인정보 처리방침을 개정했다. 개인정보 보호법의 관련 규정을 살펴보면\n\n"
        "개인정보처리자는 정보주체의 동의를 받아 개인정보를 제3자에게 제공할 수 있다.",
    ),
    (
        TITLE_JA,
        "ミルミルは利用規約を改定した。\n\n個人情報保護法では、以下のような規定があります。\n\n"
        "個人情報取扱事業者は、あらかじめ本人の同意を得ないで、個人データを第三者に提供してはならない。",
    ),
])  # fmt: skip
def test_a_lead_that_names_no_document_or_a_law_sets_off_none_of_the_terms(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "wanted"), [
    (
        TITLE_KO,
        "스트리미의 개인정보취급방침(2012년 3월 1일 개정)을 잠시 살펴보면\n\n"
        "회사는 이용자의 위치정보를 광고 목적으로 제3자에게 제공할 수 있습니다.\n\n이용자들은 반발했다.",
        ["회사는 이용자의 위치정보를 광고 목적으로 제3자에게 제공할 수 있습니다."],
    ),
    (
        TITLE_KO,
        "스트리미가 이용약관을 바꿨다. 바뀐 이용약관에 따르면\n\n회원이 올린 게시물은 회사가 무상으로 이용할 수 있습니다.",
        ["회원이 올린 게시물은 회사가 무상으로 이용할 수 있습니다."],
    ),
    (
        TITLE_JA,
        "ミルミルは利用規約を改定した。\n\n新たに下記のような条項が追加されました。\n\n"
        "当社は、利用者の投稿を無償で広告に利用できるものとします。",
        ["当社は、利用者の投稿を無償で広告に利用できるものとします。"],
    ),
])  # fmt: skip
def test_a_lead_that_names_the_terms_still_sets_off_their_clause(
    title: str, body: str, wanted: list[str]
) -> None:
    assert article_quotes(title, body) == wanted
