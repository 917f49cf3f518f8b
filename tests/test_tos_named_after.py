"""Quoted terms whose document is named only after the quotation or at the end of the sentence, in the shapes
of Korean, Chinese and Japanese news (tos-real-styles-18): a quotation named a clause right after it ("「…」라는
조항", "“…”的条款", "「…」という規約"), a quotation said to be added to a document named before it ("禁止事項に
「…」が加わった"), a lead-in ending "다음과 같다" (as follows), a hypothetical clause ("a clause such as"), and a
quotation cut off by the end of the text. Each with rows where the same shape carries a law's, a speaker's or
nobody's words. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "앱 소식 / App news"

_units = partial(page_units, title=TITLE)

MATCHES = [
    # A quotation named a clause right after it; the document in the next sentence, before it, or the page's.
    (
        (
            "「회원이 탈퇴해도 회사는 게시물을 계속 쓸 수 있다」라는 조항이 사라졌다. "
            "이 조항은 사진앱 '누리' 이용약관 제9조에 있던 것이다.",
        ),
        ["회원이 탈퇴해도 회사는 게시물을 계속 쓸 수 있다"],
    ),
    (
        (
            "공정위는 수리앱 '뚝딱'의 이용약관을 심사했다.",
            "뚝딱은 '회원 간 분쟁에 대해 회사는 책임을 지지 않으며'(이하 생략)라는 조항을 두고 있었다.",
        ),
        ["회원 간 분쟁에 대해 회사는 책임을 지지 않으며"],
    ),
    (
        ("网友发现，快送App用户协议中“平台有权随时调整配送费用”的条款已存在两年。",),
        ["平台有权随时调整配送费用"],
    ),
    (
        ("「退会後も投稿データは削除されません」という規約に、ユーザーから疑問の声が上がっている。",),
        ["退会後も投稿データは削除されません"],
    ),
    # A quotation added to or written in a document named before it in its sentence.
    (
        (
            "ゲーム会社ミドリのメンバーズ利用規約が今月改定され、禁止事項に「本サービスへの不満を広める行為」が加わった。",
        ),
        ["本サービスへの不満を広める行為"],
    ),
    (
        ("사진앱 '누리'가 이용약관을 바꾸면서 '회사는 사진을 광고에 쓸 수 있다'는 문구가 추가됐다.",),
        ["회사는 사진을 광고에 쓸 수 있다"],
    ),
    # A law named for the day it takes effect tells when the terms changed, not whose wording the quotation is.
    (
        (
            "메신저 '톡톡'의 이용약관이 바뀌었다.",
            "톡톡은 AI 기본법 시행을 앞두고 넣은 '대화 요약은 인공지능이 만든 것임을 알린다'는 문구를 그대로 두기로 했다.",
        ),
        ["대화 요약은 인공지능이 만든 것임을 알린다"],
    ),
    # A Korean lead-in ending "as follows", the document named in the sentence before.
    (
        (
            "쇼핑앱 '바구니'가 지난달 개인정보 처리방침을 개정했다. 새로 추가된 수집 항목은 다음과 같다.",
            "이용자가 설치한 앱의 목록, 앱별 실행 횟수와 사용 시간, 단말기 모델명",
        ),
        ["이용자가 설치한 앱의 목록, 앱별 실행 횟수와 사용 시간, 단말기 모델명"],
    ),
    # A Japanese lead-in ending "I quote" (引用する), the document in the sentence before.
    (
        (
            "ピクモは1日、利用規約を改定した。規約の該当部分を引用する。",
            "当社は、ユーザーが投稿した画像を無償で宣伝に利用できるものとします。",
        ),
        ["当社は、ユーザーが投稿した画像を無償で宣伝に利用できるものとします。"],
    ),
    # A Hong Kong privacy policy named after a dash; a Chinese wording changed from one quotation to another.
    (
        ("「本公司可將閣下的資料轉移至香港以外的地方」——這是外賣平台快吃私隱政策中的一句。",),
        ["本公司可將閣下的資料轉移至香港以外的地方"],
    ),
    (
        ("《鲸读用户协议》将退款期限从“购买后七日内”修改为“购买后三日内”。",),
        ["购买后七日内", "购买后三日内"],
    ),
    # A Japanese lead-in ending "there is such a passage", over the clause.
    (
        (
            "音声アプリ「ハナミ」のプライバシーポリシーには、こんな記述もある。",
            "当社は、ユーザーの音声データを録音し分析することがあります。",
        ),
        ["当社は、ユーザーの音声データを録音し分析することがあります。"],
    ),
    # A quotation cut off by the end of the text.
    (
        (
            "The last line of Pebbleshare's privacy policy reads: \"We keep backups of deleted accounts for as long as",
        ),
        ["We keep backups of deleted accounts for as long as"],
    ),
]

NO_MATCHES = [
    # A law's provision named a clause; a spokesperson; a quotation named 내용 (content), which anyone's words are.
    ("개인정보 보호법에 '동의 없이 제3자에게 제공할 수 없다'라는 조항이 새로 들어갔다.",),
    # The law's enforcement decree (시행령) is the law's own text, though it opens as its taking effect does.
    ("톡톡은 AI 기본법 시행령의 '사업자는 이용자에게 미리 알려야 한다'는 조항을 소개했다.",),
    ('회사 관계자는 "이용자 정보를 판매한 적이 없다"라는 입장을 밝혔다.',),
    ('한 이용자는 "앱 하나 쓰려다 다 넘겼다"라는 내용의 글을 올렸다.',),
    ("広報担当者は「権利を制限する意図はない」という規約の説明を繰り返した。",),
    # A wording named in a public notice, on a page whose paragraph before names the terms.
    (
        "톡톡이 이용약관을 바꾼다.",
        "구청 공고문에도 '동의하지 않으면 신청할 수 없습니다'라는 문구가 적혀 있다.",
    ),
    # A rule named a clause on a page that names no document anywhere.
    ("“七日内不得退货”的规定引发争议。",),
    # Added to something that is no document.
    ("政府の指針が改定され、「本人の同意を得ること」が加わった。",),
    # A Korean "as follows" with nothing named before it but a survey; one where a spokesperson speaks.
    ("설문 결과는 다음과 같다.", "응답자의 절반이 약관을 읽지 않는다고 답했다."),
    ("회사 관계자가 밝힌 변경 내용은 다음과 같다.", "이용자가 설치한 앱의 목록을 더는 수집하지 않는다."),
    # A wording changed in a bill, and "such a passage" in a ruling: no document named.
    ("新法案将期限从“七日内”修改为“三日内”。",),
    ("判決には、こんな記述もある。", "被告は、原告の投稿を削除することができる。"),
    # "I quote" after a lawyer is named in its sentence.
    (
        "ピクモは1日、利用規約を改定した。弁護士の意見を引用する。",
        "ユーザーは、規約の変更に気づかないまま利用を続けることができます。",
    ),
    # A hypothetical clause given as an example; a quotation cut off that is a speaker's.
    (
        "Your agreement with a site may well contain a clause such as: “All material here belongs to the owner.”",
    ),
    ('Asked about the privacy policy, a spokesperson said: "We never keep backups of deleted accounts for',),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_a_document_named_after_or_around_its_quotation_owns_it(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCHES)
def test_a_law_s_a_speaker_s_or_a_supposed_clause_is_not(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(_units(*paragraphs)) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ('누리 약관 "사진 광고에 무상 활용" 논란', ["사진 광고에 무상 활용"]),
        ("鲸读用户协议“可将阅读记录用于推荐”引争议", ["可将阅读记录用于推荐"]),
        # A regulator or a company named right before the quotation: their words.
        ('공정위 "약관 조항 고쳐라"', []),
        ('누리 "약관 개정 계획 없다"', []),
    ],
)
def test_a_headline_sets_the_document_right_before_its_content(title: str, expected: list[str]) -> None:
    units = page_units("누리와 鲸读 consumers read the new terms this week.", title=title)
    assert quotes_found(units) == expected
