"""Terms set out in several paragraphs under a Chinese or Korean lead-in (tosrec29, session 39): each paragraph is
its own span while it speaks and binds as terms do, in the parties' own names ("本公司", "用戶", "회사", "회원") and
modals ("保有", "有權", "保留"); a paragraph of news after the block ("이용자들은 반발했다.", "对此，…") is not.
Shape from lianxianjia.com (a Chinese tech site setting out another site's terms of use in three paragraphs under
"…有下述規定:"). Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE_ZH = "Zumbo 條款引發爭議"
LEAD_HANT = "我們先看看Zumbo的使用條款在版權方面有下述規定:"
HANT = (
    "用戶投稿之圖像的著作權,皆歸屬於創作該圖像之用戶所有。",
    "本公司為了提供本服務,保有在所需範圍內使用圖像之權利。",
    "本公司使用圖像時,保有省略表示姓名之權利。",
)
LEAD_HANS = "Zumbo的用户协议有如下规定:"
HANS = (
    "用户上传的内容,其著作权归用户所有。",
    "本公司有权在必要范围内免费使用上述内容。",
    "会员注销账号后,本公司保留其内容的权利。",
)
TITLE_KO = "줌보 약관 논란"
LEAD_KO = "줌보 이용약관에는 다음과 같이 적혀 있다."
KO = (
    "회원이 올린 게시물의 저작권은 회원에게 있다.",
    "회사는 서비스 운영을 위해 게시물을 무상으로 이용할 수 있다.",
    "회원이 탈퇴한 뒤에도 회사는 게시물을 보관할 수 있다.",
)


def _page(lead: str, clauses: tuple[str, ...], after: str = "") -> str:
    return "\n\n".join((lead, *clauses, after) if after else (lead, *clauses))


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # Every paragraph of the block is the terms', in traditional and simplified Chinese and in Korean.
        (TITLE_ZH, _page(LEAD_HANT, HANT), list(HANT)),
        (TITLE_ZH, _page(LEAD_HANS, HANS), list(HANS)),
        (TITLE_KO, _page(LEAD_KO, KO), list(KO)),
        # Users named in a news line that binds nobody: the writer's.
        (TITLE_KO, _page(LEAD_KO, KO[1:2], "이용자들은 크게 반발했다."), [KO[1]]),
        (TITLE_ZH, _page(LEAD_HANT, HANT[1:2], "許多用戶表示不滿，會員紛紛留言抗議。"), [HANT[1]]),
        # "In response to this" opens the writer's paragraph, whatever its words bind.
        (TITLE_KO, _page(LEAD_KO, KO[1:2], "이에 대해 회원들은 탈퇴할 수 있다며 반발했다."), [KO[1]]),
        (TITLE_ZH, _page(LEAD_HANS, HANS[1:2], "对此，不少用户认为平台必须修改条款。"), [HANS[1]]),
    ],
)
def test_a_cjk_block_of_several_paragraphs(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


TITLE_PT = "Zumbo muda a política"
TOP_PT = "O Zumbo atualizou sua política de privacidade."


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # Portuguese "na" (em + a) before the policy places the company's words in it (folhape.com.br's shape).
        (
            TITLE_PT,
            f'{TOP_PT}\n\nNa nova política, o Zumbo afirma que o conteúdo pode ser usado para "analisar, promover e '
            'melhorar os serviços".',
            ["analisar, promover e melhorar os serviços"],
        ),
        # The policy or its passage highlights a point of its own (bol.uol.com.br's shape), in Spanish too.
        (
            TITLE_PT,
            f'{TOP_PT}\n\nA política destaca que as informações poderão ser usadas para "treinar modelos de '
            'inteligência artificial".',
            ["treinar modelos de inteligência artificial"],
        ),
        (
            "Zumbo cambia su política",
            "Zumbo actualizó su política de privacidad.\n\nLa política subraya que los datos podrán usarse para "
            '"entrenar modelos de inteligencia artificial".',
            ["entrenar modelos de inteligencia artificial"],
        ),
        # A pricing policy is no privacy policy; a spokesperson or a lawyer who highlights speaks for themselves.
        (
            TITLE_PT,
            f'{TOP_PT}\n\nNa nova política de preços, o Zumbo afirma que os planos vão custar "menos do que antes".',
            [],
        ),
        (TITLE_PT, f'{TOP_PT}\n\nUm porta-voz destaca que a empresa "nunca vendeu dados de ninguém".', []),
        (
            TITLE_PT,
            f'{TOP_PT}\n\nO advogado Paulo Lima destaca que a política "não explica quem recebe os dados".',
            [],
        ),
    ],
)
def test_the_policy_placed_or_highlighting_in_romance_languages(
    title: str, body: str, expected: list[str]
) -> None:
    assert article_quotes(title, body) == expected


TITLE_DE = "Verbraucherzentrale klagt gegen App-Laden"
TITLE_EN = "Consumer group sues app store"
TOP_EN = "App store users are affected."
WIR = "Wir können Ihre Daten unter Umständen an Partner weitergeben"
WE = "We may share your data with partners in some cases"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # The clause named right before a quotation in the company's voice, on a page that names no document
        # (business-on.de's shape), in German and in English.
        (TITLE_DE, f"Beanstandet wird unter anderem die Klausel „{WIR}“.", [WIR]),
        (TITLE_EN, f"{TOP_EN} The group objects to the clause “{WE}”.", [WE]),
        # A spokesperson or a regulator in the sentence, a clause that is only supposed, or one in no company's voice.
        (TITLE_DE, f"Ein Sprecher verteidigte die Klausel „{WIR}“.", []),
        (TITLE_EN, f"{TOP_EN} The regulator's draft code includes the clause “{WE}”.", []),
        (TITLE_EN, f"{TOP_EN} A clause like “{WE}” would be illegal.", []),
        (
            TITLE_EN,
            f"{TOP_EN} The group objects to the clause “Users must settle all disputes in Delaware”.",
            [],
        ),
    ],
)
def test_a_clause_in_the_companys_voice_named_before_it(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


TITLE_JA = "ゲーム配信の新ガイドライン"
TOP_JA = "ゲーム会社ルミナが配信ガイドラインを改定した。"
ITEMS_JA = ("ネタバレを含む配信をサムネイルに表示すること", "有料アイテムの販売を目的とした配信")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The Japanese bullet "・" is a list marker, left outside each item of a list quoted from the guidelines.
        (
            f"{TOP_JA}新ガイドラインには、禁止事項として次のように書かれている。\n\n・{ITEMS_JA[0]}\n\n・{ITEMS_JA[1]}",
            list(ITEMS_JA),
        ),
        # The writer's own points in bullets, after "the points are as follows", are no quotation.
        (
            f"{TOP_JA}変更のポイントは次の通りだ。\n\n・サムネイルの規制が厳しくなった\n\n・有料アイテムの扱いが変わった",
            [],
        ),
    ],
)
def test_a_japanese_bulleted_list_under_a_lead(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE_JA, body) == expected
