"""Terms quotes on the units the text parser now gives Chinese, Japanese and Korean pages: a line ending on a
full-width stop is its own paragraph, and a short Korean headline is the title.

(1) A news line right after a set-off clause is the writer's, not more of the clause, when it speaks of users in the
third person ('ユーザー', '用户', as "users") and binds no one, or when its 'we' (当社) is only inside its own
quotations; those quotations are read as any others. (2) A headline's quotation that repeats terms wording found in
the body is the document's, as the same words in the body are (every occurrence is labelled, headlines included).
Every text here is written for the test, after the shape of real pages."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from annotations.pipeline import annotate
from parsers import parse_text

JA_TITLE = "カモメ社のSNS、利用規約を変更"
JA_LEAD = "カモメ社は今月、運営するSNSの利用規約を以下のように変更しました(同社利用規約より一部抜粋):"
JA_CLAUSE = "お客様は、投稿した写真を当社が広告を含むあらゆる目的で無償で利用することを許諾するものとします。"
ZH_LEAD = "绿聊近日修改了用户协议,新增条款如下:"
ZH_CLAUSE = "您同意本平台可以将您发布的内容用于广告推广。"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A paragraph that is mostly one quotation speaks in its voice: the clause above, translated, goes on.
        (
            (
                "Ce passage des nouvelles CGU de Nimbo, rédigé en anglais, inquiète les abonnés :",
                "By uploading files you grant us a worldwide, royalty-free right to use and display those files.",
                "Soit, en français : « en déposant des fichiers, vous nous accordez un droit mondial et gratuit "
                "d'utiliser et d'afficher ces fichiers ».",
            ),
            2,
        ),
    ],
)
def test_a_translated_clause_after_a_set_off_clause(paragraphs: tuple[str, ...], expected: int) -> None:
    assert len(quotes_found(page_units(*paragraphs, title="Nimbo change ses CGU"))) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A news line of users' reaction after the clause: no more of it (was labelled as a block).
        (
            (JA_LEAD, JA_CLAUSE, "変更が伝わると、掲示板ではユーザーの反発が一気に広がりました。"),
            [JA_CLAUSE],
        ),
        (
            (ZH_LEAD, ZH_CLAUSE, "消息传开后,不少用户在论坛上表达了不满。"),
            [ZH_CLAUSE],
        ),
        # The next line quotes another document in the writer's words: its quotations, not the line.
        (
            (
                JA_LEAD,
                JA_CLAUSE,
                "さらに、プライバシーポリシーには、ユーザーの「閲覧履歴と位置情報」を「当社の広告配信の改善」に"
                "使うと書き加えられた。",
            ),
            [JA_CLAUSE, "閲覧履歴と位置情報", "当社の広告配信の改善"],
        ),
        # Still more of the clause: a line that binds the user, and one in the terms' own voice.
        (
            (
                JA_LEAD,
                JA_CLAUSE,
                "ユーザーは、当社の承諾なく本サービスの画像を転載してはならないものとします。",
            ),
            [JA_CLAUSE, "ユーザーは、当社の承諾なく本サービスの画像を転載してはならないものとします。"],
        ),
        (
            (JA_LEAD, JA_CLAUSE, "当社は、お客様への通知なく本規約の内容を変更することがあります。"),
            [JA_CLAUSE, "当社は、お客様への通知なく本規約の内容を変更することがあります。"],
        ),
        (
            (ZH_LEAD, ZH_CLAUSE, "用户不得将账号转让给他人使用。"),
            [ZH_CLAUSE, "用户不得将账号转让给他人使用。"],
        ),
    ],
)
def test_a_line_after_a_set_off_clause(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=JA_TITLE)) == expected


@pytest.mark.parametrize(
    ("title", "paragraphs", "expected"),
    [
        (
            "“흔적 없이 지워집니다”…별난 이용약관들",
            (
                "대형 플랫폼의 불공정 약관은 고쳐졌지만 엉성한 약관은 아직 많다.",
                "한 게임 앱은 '회원이 탈퇴하면 모든 기록은 흔적 없이 지워집니다'라고 이용약관에 적었다.",
            ),
            ["흔적 없이 지워집니다", "회원이 탈퇴하면 모든 기록은 흔적 없이 지워집니다"],
        ),
        (
            "绿聊协议写明“内容可用于广告”",
            ("绿聊近日更新了用户协议。", "新版用户协议规定:“平台有权将用户发布的内容可用于广告推广。”"),
            ["内容可用于广告", "平台有权将用户发布的内容可用于广告推广。"],
        ),
        (
            "Greenchat may now keep voice notes “to improve our products”",
            (
                "Greenchat updated its privacy policy on Friday.",
                "The policy now says voice notes may be kept “to improve our products and services” for two years.",
            ),
            ["to improve our products", "to improve our products and services"],
        ),
        # The headline repeats a spokesperson's words: no terms wording, in the title or the body.
        (
            "“흔적 없이 지워집니다”…별난 약관 논란",
            (
                "한 게임 앱이 이용약관을 바꿨다.",
                "회사 대변인은 기자에게 '모든 기록은 흔적 없이 지워집니다'라고 말했다.",
            ),
            [],
        ),
        # A two-word quotation in a spaced script's headline names what the article is about, a feature or an
        # option, even where the body's terms quotation holds the same words.
        (
            "Doorly's new 'entry insights' terms",
            (
                "Doorly pushed new terms of service to lock owners this week.",
                "The terms say “we may share entry insights with insurance partners” from March.",
            ),
            ["we may share entry insights with insurance partners"],
        ),
        (
            "Visage propose des publicités « moins ciblées »",
            (
                "Visage a modifié ses conditions d'utilisation.",
                "Les conditions indiquent désormais : « vous verrez des publicités moins ciblées si vous payez ».",
            ),
            ["vous verrez des publicités moins ciblées si vous payez"],
        ),
        # The headline quotes what the body's terms quotation does not hold.
        (
            "Greenchat users call new rules “a step too far”",
            (
                "Greenchat updated its privacy policy on Friday.",
                "The policy now says voice notes may be kept “to improve our products and services” for two years.",
            ),
            ["to improve our products and services"],
        ),
    ],
)
def test_a_headline_repeating_terms_wording(
    title: str, paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert sorted(quotes_found(page_units(*paragraphs, title=title))) == sorted(expected)


def test_a_plain_text_korean_page_through_the_parser() -> None:
    """The whole way: the parser takes the short headline for the title, and its quotation is still found."""
    page = (
        "“흔적 없이 지워집니다”…별난 약관들\n\n"
        "대형 플랫폼의 불공정 약관은 고쳐졌지만 엉성한 약관은 아직 많다.\n\n"
        "한 게임 앱은 '회원이 탈퇴하면 모든 기록은 흔적 없이 지워집니다'라고 이용약관에 적었다.\n"
    )
    article = parse_text(page)
    found = [(a.unit_kind, a.text) for a in annotate(article).annotations if a.kind == "tos_quote"]
    assert ("title", "흔적 없이 지워집니다") in found
    assert ("block", "회원이 탈퇴하면 모든 기록은 흔적 없이 지워집니다") in found


def test_a_plain_text_japanese_page_through_the_parser() -> None:
    """Each line is its own paragraph now: the reaction line under the clause stays the writer's."""
    page = f"{JA_TITLE}\n\n{JA_LEAD}\n\n{JA_CLAUSE}\n\n変更が伝わると、掲示板ではユーザーの反発が一気に広がりました。\n"
    found = [a.text for a in annotate(parse_text(page)).annotations if a.kind == "tos_quote"]
    assert found == [JA_CLAUSE]
