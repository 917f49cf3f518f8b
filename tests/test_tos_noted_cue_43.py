"""Japanese and Korean news quoting a service's terms item by item after naming them earlier (tosjk43, session 43), with
the word that gives each quotation to the document after it (tos_noted_cue):

- Japanese coverage of a creator platform's changed guidelines (kai-you.net on pixiv) quotes the old and the new item
  ("以前の「…」から、「…」へと改定されている"), items now prohibited ("「…」について、改めて投稿禁止としている", "「…」
  ものが禁止事項として挙げられている") and a responsibility written down ("「…」と、責任の所在を明文化した"); the word the
  change is about, quoted as the sentence's topic ("“…”についても"), is no item. The company's reason for the change
  ("「…」と改定の理由を説明した") is its statement.
- Japanese posts on X's terms (note.com) quote what was added ("具体例に「…」が追加されています").
- Korean news on Kakao's and Naver's terms quotes the content put in or kept ("약관을 개정하면서 ‘…’는 내용을 넣으며",
  "‘…’라는 부분은 유지된다"); a spokesperson's “…” explained stays theirs.
- A quoted heading before "次の段落が加わった" is the part the following paragraph was added to, not an item.
- "以下のページ" (the page below, note.com) is a link, no lead-in to a clause set off under it.

Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

JA_TITLE = "ミルカ、ガイドラインを改定"
JA_LEAD = "投稿サービスのミルカは2日、利用規約とガイドラインの改定を発表した。"
JA_OLD = "他の利用者の名義で投稿する行為"
JA_NEW = "他の利用者や第三者の名義で投稿する行為、またはそう誤解されるおそれのある行為"
JA_BANNED = "実在の人物と見分けのつかない合成画像"
JA_DUTY = "生成ツールで作った作品も投稿者が責任を負う"
KO_TITLE = "누리톡 약관 개정 논란"
KO_LEAD = "누리톡이 서비스 약관을 개정했다."
KO_CLAUSE = "회원의 대화 기록을 분석해 맞춤형 광고를 보여줄 수 있다"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # The old and the new item of a change, with the topic word before them left out.
        (
            JA_TITLE,
            f"{JA_LEAD}\n\n“なりすまし”についても、以前の「{JA_OLD}」から、「{JA_NEW}」へと改定されている。",
            [JA_OLD, JA_NEW],
        ),
        # Items now prohibited, and a duty written down.
        (
            JA_TITLE,
            f"{JA_LEAD}\n\nその上で、「{JA_BANNED}」について、改めて投稿禁止としている。",
            [JA_BANNED],
        ),
        (JA_TITLE, f"{JA_LEAD}\n\n画像では「{JA_BANNED}」が禁止事項として挙げられている。", [JA_BANNED]),
        (JA_TITLE, f"{JA_LEAD}\n\n「{JA_DUTY}」と、責任の所在を明文化した。", [JA_DUTY]),
        (JA_TITLE, f"{JA_LEAD}\n\n具体例に「{JA_BANNED}」が追加されています。", [JA_BANNED]),
        # The company's reason, a spokesperson, a law and a feature's name are no items.
        (JA_TITLE, f"{JA_LEAD}\n\nミルカは、こうした行為は「創作の場を損なう」と改定の理由を説明した。", []),
        (JA_TITLE, f"{JA_LEAD}\n\n担当者は「{JA_DUTY}」が追加された点を強調した。", []),
        (JA_TITLE, f"{JA_LEAD}\n\n著作権法は「{JA_BANNED}」の公開を禁止していない。", []),
        (JA_TITLE, f"{JA_LEAD}\n\n同時に「おまかせ整理」という機能を追加した。", []),
        # A page that names no document: nothing to give the items to.
        ("ミルカの春の新機能", f"ミルカは2日、新機能を発表した。\n\n「{JA_BANNED}」が禁止となった。", []),
        # A part's heading before the paragraph added to it.
        (
            "ミルカのプライバシーポリシー改定",
            "新しいプライバシーポリシーでは、第3条「情報の共有」の第2項に次の段落が加わった。\n\n"
            "提携先への提供: 当社は利用者のデータを提携先に渡すことがあります。",
            ["提携先への提供: 当社は利用者のデータを提携先に渡すことがあります。"],
        ),
        # A part's heading as the place something was added: no item.
        (JA_TITLE, f"{JA_LEAD}\n\n「投稿のルール」の項目には新たな一文が追加された。", []),
        # Korean: the content put in or kept, not a spokesperson's account of it.
        (KO_TITLE, f"{KO_LEAD} 누리톡은 약관을 바꾸면서 ‘{KO_CLAUSE}’는 내용을 넣었다.", [KO_CLAUSE]),
        (KO_TITLE, f"{KO_LEAD} 다만 ‘{KO_CLAUSE}’라는 부분은 유지된다.", [KO_CLAUSE]),
        (KO_TITLE, f"{KO_LEAD} 누리톡 관계자는 “{KO_CLAUSE}는 내용은 오해”라고 설명했다.", []),
        (KO_TITLE, f"{KO_LEAD} 누리톡은 ‘{KO_CLAUSE}’는 문구를 삭제했다고 설명했다.", []),
    ],
)
def test_items_noted_after_the_quotation(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "The old terms can be seen on the page below": a link below, and the writer's tour after it is no clause.
        (
            "ピピの過去の規約は以下のページで見れます。\n\n以下では新しい規約と古い規約の違いを順に見ていきます。",
            [],
        ),
        # "The terms have the following sentence": the clause set off below is the document's.
        (
            "ピピの利用規約には以下の一文がある。\n\n当社は利用者の投稿を無償で使うことができます。",
            ["当社は利用者の投稿を無償で使うことができます。"],
        ),
    ],
)
def test_link_below_is_no_lead(body: str, expected: list[str]) -> None:
    assert article_quotes("ピピの規約の差分", body) == expected
