"""ToS quotes on Japanese, Korean and Chinese pages, session 45 (tosjk45): rows in our own words after the families that
a pool of real pages showed on several pages each.

- Korean news says where in the document a quotation was put before the verb of putting ("쿠팡은 ‘…’는 내용을 지난해
  이용약관 38조 7항에 추가했다", "\"…\"는 내용을 개인정보 처리방침에 담았다"; insight.co.kr, news.sbs.co.kr and
  kmib.co.kr on shopping platforms' terms): the words are the document's, as "‘…’는 내용을 넣으며" right after the
  quotation was. Words a company says it put into a notice, or a group put into its report, stay theirs.

- Blogs and forum posts copy a service's terms with the article's number and title alone on a line over its text
  ("第3条(禁則事項)", "第3条 本サービス対象地域", "2条2", "제12조(이용 제한)"; jeison.biz, kussun.jp, a 5ch post): the
  text under it is the document's clause when it speaks as the terms do; a clause that points to items below ("以下の
  事由", "다음 각 호") leads them, and the writer's heading on "●" ends them.

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


JA_TITLE = "ピピの規約が変わった"
JA_LEAD = "写真共有アプリのピピが利用規約を改定した。"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # An article's number and title alone on a line over its text: the text is the document's clause.
        (
            JA_TITLE,
            f"{JA_LEAD}\n\n第5条(禁止事項)\n\n利用者は、他人になりすます行為をしてはなりません。",
            ["利用者は、他人になりすます行為をしてはなりません。"],
        ),
        # A clause that points to the items below it leads them; the writer's "●" heading ends the list.
        (
            JA_TITLE,
            f"{JA_LEAD}\n\n第5条 禁止事項\n\n利用者は、次の各号の行為をしてはなりません。\n\n・他人になりすます行為\n\n"
            "・虚偽の情報を広める行為\n\n●まとめ\n\n・今回の改定は妥当だと思う",
            [
                "利用者は、次の各号の行為をしてはなりません。",
                "他人になりすます行為",
                "虚偽の情報を広める行為",
            ],
        ),
        (
            "모모톡 약관 개정",
            "모모톡 이용약관이 바뀌었다.\n\n제12조(이용 제한)\n\n회사는 다음 각 호의 경우 회원의 서비스 이용을 제한할 수 있습니다."
            "\n\n1. 타인의 정보를 도용한 경우\n\n2. 서비스 운영을 방해한 경우",
            [
                "회사는 다음 각 호의 경우 회원의 서비스 이용을 제한할 수 있습니다.",
                "타인의 정보를 도용한 경우",
                "서비스 운영을 방해한 경우",
            ],
        ),
        (
            "某应用用户协议引争议",
            "某应用更新了用户协议。\n\n第十二条 用户行为规范\n\n用户不得利用本服务发布违法信息。",
            ["用户不得利用本服务发布违法信息。"],
        ),
        # The article's numbered paragraphs are its own, though they name no party.
        (
            JA_TITLE,
            f"{JA_LEAD}\n\n第3条 提供地域\n\n1. 本サービスは、日本国内でのみ提供されます。\n\n"
            "2. 本サービスのサポートは、日本語でのみ行います。",
            ["本サービスは、日本国内でのみ提供されます。", "本サービスのサポートは、日本語でのみ行います。"],
        ),
        # The writer's own words under the heading, and a law's article, are no clause of the terms.
        (JA_TITLE, f"{JA_LEAD}\n\n第5条(禁止事項)\n\nこの条文は正直ひどいと思う。", []),
        (
            JA_TITLE,
            f"{JA_LEAD}\n\n個人情報保護法第3条\n\n個人情報は、個人の人格尊重の理念の下に慎重に取り扱われるべきものである。",
            [],
        ),
    ],
)
def test_article_heading_over_its_text(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected
