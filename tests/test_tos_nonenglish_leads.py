"""Lead-ins of non-English pages over clauses set off below them (tosrec18b, real pages kept outside the repo):

- a Korean lead-in that ends, with no colon, on "if we look at the policy" or "according to the terms" ("…약관을 잠시
  살펴보면"), right after the document's name; and the older Korean name of a privacy policy (개인정보취급방침);
- a Japanese lead-in that ends on "clauses like the following were added" (下記のような条項が追加されました) or
  "there were things like the following" (以下のようなものもありました), the terms named in the paragraph before;
- a Japanese clause list whose items open on a corner bracket that never closes ("1「ユーザーは…"): the bracket and
  the number stay outside each span;
- a lead-in that names a numbered part of no document and what one reads there ("In Artikel 4.2 hieß es:",
  "Nell'articolo 4.2 si legge:"), in the sentence after the one naming the terms; not after a law or someone's note;
- Japanese users' voices quoted under such a list ("「…」という声が上がりました") stay theirs.
"""

from __future__ import annotations

import pytest
from tos_support import article_quotes, page_units, quotes_found

TITLE_KO = "모모톡 약관 논란"


@pytest.mark.parametrize(("paragraphs", "wanted"), [
    (
        (
            "모모톡이 지난달 약관을 바꿔 논란이 됐다.",
            "논란이 된 모모톡의 개인정보취급방침(2024년 3월 개정)을 잠시 살펴보면",
            "회사는 이용자의 대화 기록을 서비스 개선을 위해 최대 3년간 보관할 수 있습니다.",
        ),
        ["회사는 이용자의 대화 기록을 서비스 개선을 위해 최대 3년간 보관할 수 있습니다."],
    ),
    (
        (
            "모모톡은 국내 메신저 서비스다.",
            "모모톡이 지난달 약관을 바꿨다. 바뀐 이용약관에 따르면",
            "회원은 게시물을 회사가 광고에 활용하는 것에 동의한 것으로 봅니다.",
        ),
        ["회원은 게시물을 회사가 광고에 활용하는 것에 동의한 것으로 봅니다."],
    ),
])  # fmt: skip
def test_korean_lead_looking_at_the_document(paragraphs: tuple[str, ...], wanted: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE_KO)) == wanted


@pytest.mark.parametrize("paragraphs", [
    (
        "모모톡은 국내 메신저 서비스다.",
        "모모톡이 지난달 약관을 바꿨다. 업계에 따르면",
        "회사는 이용자의 대화 기록을 서비스 개선을 위해 보관할 수 있습니다.",
    ),
    (
        "모모톡은 국내 메신저 서비스다.",
        "모모톡이 지난달 약관을 바꿨다. 회사 관계자에 따르면",
        "회사는 이용자의 대화 기록을 서비스 개선을 위해 보관할 수 있습니다.",
    ),
])  # fmt: skip
def test_korean_sources_that_are_no_document_hand_nothing_over(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE_KO)) == []


def test_japanese_clause_list_left_open_after_added_clauses() -> None:
    body = (
        "2019年の規約改定により、新たに下記のような条項が追加されました。\n\n"
        "第7条 投稿作品の利用\n\n"
        "1「ユーザーが作品を投稿した場合、ユーザーは当社に対して、その作品を無償で複製および公開する権利を許諾するものとする\n\n"
        "2「ユーザーは当社に対し、著作者人格権を行使しないものとする\n\n"
        "「作品が勝手に本になるのではないか」という声が上がりました。\n\n"
        "「規約を読まずに同意する人がほとんどだ」との意見もありました。"
    )
    assert article_quotes("ピクモの規約改定騒動", body) == [
        "ユーザーが作品を投稿した場合、ユーザーは当社に対して、その作品を無償で複製および公開する権利を許諾するものとする",
        "ユーザーは当社に対し、著作者人格権を行使しないものとする",
    ]


def test_japanese_things_like_the_following_under_terms_named_before() -> None:
    body = (
        "また、ピクモの利用規約では、禁止される使い方について長々と書かれています。\n\n"
        "違法な目的での利用を禁じる記述のほかに、以下のようなものもありました。\n\n"
        "次のような目的での本サービスの利用は許可されていません。"
    )
    assert article_quotes("規約を読んでみた", body) == [
        "次のような目的での本サービスの利用は許可されていません。"
    ]


def test_japanese_opinions_like_the_following_are_no_clauses() -> None:
    body = (
        "ピクモの利用規約が変わりました。\n\n"
        "これに対して、以下のような意見もありました。\n\n"
        "次のような変更は利用者にとって不利益でしかありません。"
    )
    assert article_quotes("規約を読んでみた", body) == []


@pytest.mark.parametrize(("body", "wanted"), [
    (
        "Ein Nutzer entdeckte die Änderung in den AGB von Wolkig am Montag. In Artikel 4.2 hieß es:\n\n"
        "Ihr gewährt uns eine dauerhafte und kostenlose Lizenz an euren Dateien, um neue Dienste zu entwickeln, gemäß "
        "unserer Datenschutz- und Cookie-Richtlinie.",
        [
            "Ihr gewährt uns eine dauerhafte und kostenlose Lizenz an euren Dateien, um neue Dienste zu entwickeln, "
            "gemäß unserer Datenschutz- und Cookie-Richtlinie."
        ],
    ),
    (
        "Un utente ha notato la modifica ai termini di servizio di Wolkig. Nell'articolo 4.2 si legge:\n\n"
        "Questa licenza comprende il diritto di riprodurre, distribuire e mostrare pubblicamente i contenuti.",
        ["Questa licenza comprende il diritto di riprodurre, distribuire e mostrare pubblicamente i contenuti."],
    ),
])  # fmt: skip
def test_a_numbered_part_read_after_the_terms_were_named(body: str, wanted: list[str]) -> None:
    assert article_quotes("Wolkig", body) == wanted


@pytest.mark.parametrize("body", [
    "Die AGB von Wolkig verweisen auf die DSGVO. In Artikel 6 hieß es:\n\n"
    "Die Verarbeitung ist nur rechtmäßig, wenn die betroffene Person ihre Einwilligung gegeben hat.",
    "I termini di servizio di Wolkig rimandano al GDPR. Nell'articolo 6 si legge:\n\n"
    "Questa licenza comprende il diritto di riprodurre, distribuire e mostrare pubblicamente i contenuti.",
    "Wolkig ha cambiato i termini di servizio. Un portavoce ci ha inviato una nota. Al punto 2 si legge:\n\n"
    "Questa licenza comprende solo il diritto di conservare i contenuti per il servizio.",
])  # fmt: skip
def test_a_numbered_part_of_a_law_or_a_note_is_none_of_the_terms(body: str) -> None:
    assert article_quotes("Wolkig", body) == []


def test_japanese_numbered_clauses_in_closed_brackets_after_clauses_newly_added() -> None:
    body = (
        "動画共有サービス「ミルモ」は昨年の規約改定で、次のような条項を新たに加えた。\n\n"
        "第9条 投稿動画の利用許諾\n\n"
        "1「ユーザーが動画を投稿する場合、ユーザーは当社に対し、その動画を無償で宣伝に利用する権利を許諾するものとする」\n\n"
        "2「ユーザーは当社に対し、著作者人格権を行使しないものとする」\n\n"
        "これに対して同社の広報担当者は「動画の権利はユーザーにある」と説明した。"
    )
    assert article_quotes("規約改定をふり返る", body) == [
        "ユーザーが動画を投稿する場合、ユーザーは当社に対し、その動画を無償で宣伝に利用する権利を許諾するものとする",
        "ユーザーは当社に対し、著作者人格権を行使しないものとする",
    ]


@pytest.mark.parametrize(("lead", "wanted"), [
    ("その中で特に注目されているのが、以下の条項だ。", ["第8条 ユーザーは、当社が投稿内容を広告に利用することに同意するものとします。"]),
    ("その中で特に注目されているのが、以下の意見だ。", []),
])  # fmt: skip
def test_japanese_the_following_clause_is_it(lead: str, wanted: list[str]) -> None:
    body = (
        "投稿アプリ「トイバコ」の利用規約が3月に変更され、不安が広がっている。\n\n"
        f"{lead}\n\n"
        "第8条 ユーザーは、当社が投稿内容を広告に利用することに同意するものとします。"
    )
    assert article_quotes("規約改定で退会続出", body) == wanted
