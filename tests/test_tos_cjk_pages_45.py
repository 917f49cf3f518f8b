"""ToS quotes on Japanese, Korean and Chinese pages, session 45 (tosjk45): rows in our own words after the families that
a pool of real pages showed on several pages each.

- Korean news says where in the document a quotation was put before the verb of putting ("쿠팡은 ‘…’는 내용을 지난해
  이용약관 38조 7항에 추가했다", "\"…\"는 내용을 개인정보 처리방침에 담았다"; insight.co.kr, news.sbs.co.kr and
  kmib.co.kr on shopping platforms' terms): the words are the document's, as "‘…’는 내용을 넣으며" right after the
  quotation was. Words a company says it put into a notice, or a group put into its report, stay theirs.

Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

KO_TITLE = "모모몰 약관 논란"
KO_LEAD = "쇼핑 앱 모모몰이 약관을 바꿨다."
KO_CLAUSE = "회사는 제3자의 불법 접속으로 생긴 손해에 대해 책임을 지지 않는다"
KO_POLICY = "당사는 배송을 위해 회원의 연락처를 협력사와 공유할 수 있다"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The part of the terms named between the quotation and the verb of putting.
        (f"{KO_LEAD} 모모몰은 ‘{KO_CLAUSE}’는 내용을 지난해 이용약관 38조 7항에 추가했다.", [KO_CLAUSE]),
        (f"{KO_LEAD}\n모모몰의 경우 “{KO_POLICY}”는 내용을 개인정보 처리 방침에 담았다.", [KO_POLICY]),
        (
            "모모몰과 파파몰은 개인정보처리방침을 통해 회원 정보를 판매자에게 줄 수 있다고 고지한다.\n"
            f"모모몰의 경우 “{KO_POLICY}”는 내용을 개인정보 처리 방침에 담았다.",
            [KO_POLICY],
        ),
        (f"{KO_LEAD} 회사는 ‘{KO_CLAUSE}’는 조항을 올해 약관에 새로 넣었다.", [KO_CLAUSE]),
        # A verb of saying makes the words the company's explanation.
        (
            f"{KO_LEAD} 모모몰은 ‘회원 보호를 강화했다’는 내용을 공지사항에 담았다고 설명했다.",
            [],
        ),
        # A report or a message, not the document, is where the words were put.
        (f"{KO_LEAD} 소비자원은 ‘약관이 소비자에게 불리하다’는 내용을 보고서에 담았다.", []),
    ],
)
def test_korean_words_put_into_a_named_part(body: str, expected: list[str]) -> None:
    assert article_quotes(KO_TITLE, body) == expected
