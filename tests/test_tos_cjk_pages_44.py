"""ToS quotes on Japanese, Korean and Chinese pages, session 44 (tosjk44): rows in our own words after the families of
real pages they stand for.

- Chinese news on a changed privacy policy or user agreement quotes the company's answer ("该公司回应称“…”", "官方微博
  发文致歉表示：" over the apology's text) and a regulator's notice ("市场监管部门发布通知称，“…”"): statements and a
  regulator's words, not the terms, though the sentence names the document as the matter answered (pcxun.com,
  ctmanga.com and kj01.top on WPS's and Yuanbao's terms). "协议第十二条规定“…”", "新版隐私政策称" and "此外，协议还写道
  “…”" stay the document's.
- Japanese pages list a service's rules as a run of quotations with only 、 or と between them, the cue after the last
  ("「…」「…」などを例示している", "禁止事項には「…」、「…」と「…」が並ぶ"): every item is the rules' wording; users'
  voices in a run ("「…」「…」といった声") are not. A service's "コミュニティガイドライン" is its document, not a public
  guideline (the state's ガイドライン stays the state's).
- Korean and Japanese news goes on quoting the same terms in the next sentence with its subject dropped ("또 “…”고
  고지했다", "이어 ‘…’라고 명시했다", "また「…」も禁止している"); an official or a verb of explaining keeps it theirs.
- "下記" (below) ends a Japanese lead-in as "以下" does ("問題の利用規約は下記の通りです。" over the clause), and so does
  the terms as the subject that "is below" ("問題の利用規約が下記です。", "…が以下になります。").
- A message a site or an app shows, quoted with its screen or its title before or after it ("『…』というタイトルに変更
  され、本文は『…』と明記されます", 0yen-blog.com on Ameba; "팝업 화면에 “…”라는 안내가 뜬다", "弹窗提示“…”"), is the
  service's message, not its terms.

Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

ZH_TITLE = "某应用用户协议引争议"
ZH_LEAD = "某应用近日更新了用户协议和隐私政策。"
ZH_CLAUSE = "用户在平台发布的内容，平台可永久免费使用"
ZH_OTHER = "平台有权在不通知用户的情况下删除任何内容"
ZH_ANSWER = "我们不会出售任何用户的个人信息"
JA_TITLE = "ピコ、ガイドラインを改定"
JA_LEAD = "動画共有アプリのピコは1日、コミュニティガイドラインを改定した。"
JA_ITEMS = ("他人の個人情報を公開する行為", "他人になりすます行為", "虚偽の情報を広める行為")
KO_TITLE = "모모톡 약관 개정 논란"
KO_LEAD = "모모톡은 이용약관을 개정했다."
KO_CLAUSE = "회사는 회원의 게시물을 서비스 개선에 활용할 수 있다"
KO_MORE = "회원이 삭제한 게시물은 30일 후 완전히 삭제된다"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The document's own verb and clause numbers give it the words.
        (f"{ZH_LEAD}协议第十二条规定“{ZH_CLAUSE}”。", [ZH_CLAUSE]),
        (
            f"{ZH_LEAD}新版隐私政策称，平台将“收集用户的通讯录信息以推荐好友”。",
            ["收集用户的通讯录信息以推荐好友"],
        ),
        # The company's answer, apology or post, inline or over a set-off paragraph: its statement.
        (f"{ZH_LEAD}对于隐私政策的争议，该公司回应称“{ZH_ANSWER}”。", []),
        (f"{ZH_LEAD}针对隐私政策遭到的质疑，该公司官方微博发文致歉称“我们已删除容易引起误解的表述”。", []),
        (f"{ZH_LEAD}对于网友的疑问，该公司表示：\n\n{ZH_ANSWER}。", []),
        (f"针对隐私政策引发的质疑，该公司官方微博昨晚发文致歉表示：\n\n{ZH_ANSWER}。", []),
        # A regulator's notice binds platforms, but it is the regulator's.
        (f"{ZH_LEAD}市场监管部门发布通知称，“平台不得强制用户同意收集非必要信息”。", []),
        # A lead-in where the document speaks still hands over to the clause below.
        (f"{ZH_LEAD}该政策写道：\n\n{ZH_ANSWER}。", [f"{ZH_ANSWER}。"]),
    ],
)
def test_chinese_statements_and_notices(body: str, expected: list[str]) -> None:
    assert article_quotes(ZH_TITLE, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A run of items with the cue after the last, a rule with its examples.
        (
            f"{JA_LEAD}禁止事項には「{JA_ITEMS[0]}」、「{JA_ITEMS[1]}」と「{JA_ITEMS[2]}」が並ぶ。",
            list(JA_ITEMS),
        ),
        (
            f"{JA_LEAD}新たに「他人を傷つける投稿」を禁止事項とし、「{JA_ITEMS[0]}」「{JA_ITEMS[1]}」などを例示している。",
            ["他人を傷つける投稿", JA_ITEMS[0], JA_ITEMS[1]],
        ),
        # The lead's community guidelines are the service's own: the item after them is theirs.
        (f"{JA_LEAD}新たに「{JA_ITEMS[2]}」を禁止事項とした。", [JA_ITEMS[2]]),
        # Users' voices in a run, the state's guideline and a spokesperson's words are no items.
        (f"{JA_LEAD}SNSでは「わかりにくい」「厳しすぎる」といった声が並ぶ。", []),
        (f"{JA_LEAD}政府のガイドラインは「本人の同意なく顔写真を公開すること」を禁止している。", []),
        (f"{JA_LEAD}担当者は「安心して使える場にしたい」「利用者の声を聞いた」と話した。", []),
    ],
)
def test_japanese_runs_of_items(body: str, expected: list[str]) -> None:
    assert article_quotes(JA_TITLE, body) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # The next sentence goes on quoting the same terms, its subject dropped.
        (
            KO_TITLE,
            f"{KO_LEAD} 개정 약관에는 “{KO_CLAUSE}”는 조항이 새로 들어갔다. 또 “{KO_MORE}”고 고지했다.",
            [KO_CLAUSE, KO_MORE],
        ),
        (
            KO_TITLE,
            f"{KO_LEAD} 개정 약관은 “{KO_CLAUSE}”고 규정했다. 이어 ‘{KO_MORE}’라고 명시했다.",
            [KO_CLAUSE, KO_MORE],
        ),
        (
            "ピコ、利用規約を改定",
            "ピコは利用規約を改定し、「投稿した作品の著作権は投稿者に帰属する」と明記した。また「作品を無断で転載する行為」も禁止している。",
            ["投稿した作品の著作権は投稿者に帰属する", "作品を無断で転載する行為"],
        ),
        (
            ZH_TITLE,
            f"{ZH_LEAD}协议第十二条规定“{ZH_CLAUSE}”。此外，协议还写道“{ZH_OTHER}”。",
            [ZH_CLAUSE, ZH_OTHER],
        ),
        # An official named, or a verb of explaining after the quotation: theirs.
        (
            KO_TITLE,
            f"{KO_LEAD} 개정 약관은 “{KO_CLAUSE}”고 규정했다. 또 관계자는 “이용자 불편이 없도록 하겠다”고 말했다.",
            [KO_CLAUSE],
        ),
        (
            KO_TITLE,
            f"{KO_LEAD} 개정 약관은 “{KO_CLAUSE}”고 규정했다. 또 “이용자 불편이 없도록 하겠다”고 설명했다.",
            [KO_CLAUSE],
        ),
        # With no quotation of the terms right above, "또" hands nothing on.
        (
            KO_TITLE,
            f"{KO_LEAD}\n\n이용자들의 반발이 이어졌다.\n\n또 “이용자 불편이 없도록 하겠다”는 글도 올라왔다.",
            [],
        ),
    ],
)
def test_follow_on_quotations(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "このアプリで問題になっている利用規約は下記の通りです。\n\n"
            "お客様は、本サービスに投稿したコンテンツについて、当社が無償で複製および配布することを許諾します。",
            [
                "お客様は、本サービスに投稿したコンテンツについて、当社が無償で複製および配布することを許諾します。"
            ],
        ),
        # The terms as the subject that "is below".
        (
            "このアプリで一番問題になっている利用規約が下記です。\n\n"
            "お客様は、本サービスに投稿したコンテンツについて、当社が無償で複製および配布することを許諾します。",
            [
                "お客様は、本サービスに投稿したコンテンツについて、当社が無償で複製および配布することを許諾します。"
            ],
        ),
        # A spokesperson's comment or users' opinions below are theirs.
        ("担当者のコメントが以下です。\n\n当社はお客様のコンテンツを販売することはありません。", []),
        ("利用規約についての意見が以下です。\n\n規約が長すぎて読む気になれません。", []),
        # A link below is no lead-in.
        ("過去の利用規約は下記のページで読めます。\n\n下記では新旧の規約の違いを順に見ていきます。", []),
    ],
)
def test_below_ends_a_japanese_lead(body: str, expected: list[str]) -> None:
    assert article_quotes("ピコの利用規約", body) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A notice's title and body the site shows, then the terms' own item.
        (
            "ピピの利用規約違反で記事が非表示に",
            "ピピでは利用規約に違反した記事は『この記事は表示できません』というタイトルに変更され、本文は"
            "『この記事には規約に反する表現が含まれる可能性があるため表示できません』と明記されます。"
            "規約上では「他人の権利を侵害する内容の投稿」が禁止されています。",
            ["他人の権利を侵害する内容の投稿"],
        ),
        # A pop-up's notice in Korean and Chinese, beside the clause the terms added.
        (
            KO_TITLE,
            f"{KO_LEAD} 앱을 열면 팝업 화면에 “약관이 변경되었습니다. 동의해 주세요”라는 안내가 뜬다. "
            f"개정 약관에는 “{KO_CLAUSE}”는 조항이 새로 들어갔다.",
            [KO_CLAUSE],
        ),
        (
            ZH_TITLE,
            f"{ZH_LEAD}打开应用后，弹窗提示“用户协议已更新，请阅读并同意”。协议第十二条规定“{ZH_CLAUSE}”。",
            [ZH_CLAUSE],
        ),
        # "The policy shows": the document's own verb, no screen.
        (
            ZH_TITLE,
            f"{ZH_LEAD}新版隐私政策显示，“平台将收集用户的通讯录信息”。",
            ["平台将收集用户的通讯录信息"],
        ),
    ],
)
def test_messages_shown_on_screen(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected
