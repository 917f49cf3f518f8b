"""Review of session 40's terms-quote rules (revtos40), and what revtos39 left: a block set off under a lead whose
subject is a law ("《个人信息保护法》第十三条规定：", "Le Code civil est clair :") or the company's own statement ("同社の発表文は次の
通り。", "회사 측 입장은 다음과 같다.") is not the terms', though the page named them before. Every text here is written for the
test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_ZH_CLAUSE = "平台有权在不通知用户的情况下删除任何内容。"
_ZH_LAW = "处理个人信息应当取得个人同意。"
_JA_CLAUSE = "当社は、ユーザーの投稿を無償で利用できるものとします。"
_KO_CLAUSE = "회사는 이용자가 게시한 작품을 서비스 홍보를 위하여 무상으로 이용할 수 있습니다."
_FR_CLAUSE = "Roulo peut suspendre votre compte à tout moment et sans préavis."


@pytest.mark.parametrize(
    ("title", "body", "found"),
    [
        # A law's article as the lead's subject, in Chinese: the statute's text below, known to the knowledge base or not.
        ("法院判决", f"平台修改了用户协议。《个人信息保护法》第十三条规定：\n\n{_ZH_LAW}\n\n律师认为新协议存在问题。", []),
        ("条例", "平台修改了用户协议。《网络安全条例》第五条规定：\n\n网络运营者应当保护用户信息。\n\n律师认为新协议存在问题。", []),
        ("民法典", "平台修改了用户协议。《民法典》第四百九十六条规定：\n\n提供格式条款的一方应当遵循公平原则。\n\n律师认为新协议存在问题。", []),
        # The agreement's own article, bracketed or not: its clause.
        ("协议条款", f"平台修改了用户协议。《用户服务协议》第八条规定：\n\n{_ZH_CLAUSE}\n\n律师认为新协议存在问题。", [_ZH_CLAUSE]),
        ("协议条款", f"平台修改了用户协议。新版协议第八条规定：\n\n{_ZH_CLAUSE}\n\n律师认为新协议存在问题。", [_ZH_CLAUSE]),
        # A code as the lead's subject, in French, German or Italian: its text below.
        ("Le code civil", "Roulo a modifié ses conditions générales d'utilisation. Le Code civil est clair :\n\n"
         "Dans un contrat d'adhésion, toute clause qui crée un déséquilibre significatif est réputée non écrite.\n\n"
         "L'association a saisi le juge.", []),
        ("Das BGB", "Rolli hat seine AGB geändert. Das BGB ist eindeutig:\n\nBestimmungen in Allgemeinen "
         "Geschäftsbedingungen sind unwirksam, wenn sie den Vertragspartner unangemessen benachteiligen.\n\n"
         "Der Verband klagt.", []),
        ("Il codice", "Spedly ha cambiato le sue condizioni generali. Il Codice del consumo è chiaro:\n\nSono vessatorie "
         "le clausole che escludono o limitano le azioni del consumatore.\n\nL'associazione ha fatto ricorso.", []),
        ("Les CGU", f"Roulo a modifié ses conditions générales d'utilisation. L'article 5 est clair :\n\n{_FR_CLAUSE}\n\n"
         "L'association a saisi le juge.", [_FR_CLAUSE]),
        # The company's release or position set off as a block: its statement.
        ("会社の発表", "ピクモは利用規約を改定した。同社の発表文は次の通り。\n\n当社は、お客様のデータを厳重に管理し、第三者に販売する"
         "ことはありません。\n\n利用者の反応は冷ややかだ。", []),
        ("웹툰 약관", "툰모아가 이용약관을 개정했다. 회사 측 입장은 다음과 같다.\n\n회사는 작가의 권리를 존중하며 작품을 무단으로 "
         "이용하지 않을 것입니다.\n\n작가들은 여전히 반발하고 있다.", []),
        # The terms' own passage under the same lead forms: theirs.
        ("規約の改定", f"ピクモは利用規約を改定した。新しい規約の該当部分は次の通り。\n\n{_JA_CLAUSE}\n\n利用者の反応は冷ややかだ。",
         [_JA_CLAUSE]),
        ("웹툰 약관", f"툰모아가 이용약관을 개정했다. 개정 약관의 해당 조항은 다음과 같다.\n\n{_KO_CLAUSE}\n\n작가들은 여전히 반발하고 있다.",
         [_KO_CLAUSE]),
    ],
)  # fmt: skip
def test_review_40_leftovers(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


_SCREENS = "may be charged a fee for each extra screen"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # A clause of another contract, named before "a clause" in the sentence: that contract's, not the terms'.
        ('Many employment contracts contain a clause stating that the employee "shall not work for a competitor for '
         'twelve months". Streamio\'s terms of use say subscribers "may not share account credentials".',
         ["may not share account credentials"]),
        ('Streamio\'s terms of use say subscribers "may not share account credentials". The lease contains a clause '
         'stating that the tenant "must not keep pets without written consent".', ["may not share account credentials"]),
        ('Streamio changed its terms of use. Clause 4 of the lease says "the tenant must not sublet the flat".', []),
        ('Streamio changed its terms of use. The "Limitation of Liability" clause in the employment contract says "the '
         'employer is not liable for lost property".', []),
        # The terms' clause, with another contract only compared or named in another sentence: the terms'.
        (f'Streamio changed its terms of use. Clause 4 of the terms says subscribers "{_SCREENS}".', [_SCREENS]),
        (f'Streamio changed its terms of use. The clause in the user agreement says subscribers "{_SCREENS}".',
         [_SCREENS]),
        (f'Streamio changed its terms of use. Clause 4 of the rental agreement says riders "{_SCREENS}".', [_SCREENS]),
        (f'Unlike an employment contract, Streamio\'s terms of use contain a clause stating that subscribers "{_SCREENS}".',
         [_SCREENS]),
        (f'Streamio changed its terms of use. The lease on its office is a different matter. The new terms contain a '
         f'clause stating that subscribers "{_SCREENS}".', [_SCREENS]),
    ],
)  # fmt: skip
def test_review_40_other_contract(body: str, found: list[str]) -> None:
    assert article_quotes("Small print", body) == found


_TAPPR = "Tappr's terms of use changed in March."


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # A court judging a law's clause, not the terms' (tosrec31, 1479e13).
        (f"{_TAPPR} The Constitutional Court struck down the clause “the minister may block any website without a court "
         "order” in the new law.", []),
        (f"{_TAPPR} The Supreme Court struck down the Information Technology Act clause “the government may block any "
         "website without a hearing”.", []),
        (f"{_TAPPR} The court found the clause “Tappr may change the price at any time without notice” in breach of "
         "consumer law.", ["Tappr may change the price at any time without notice"]),
        ("Tappr cambió sus condiciones. El Tribunal Constitucional declaró nula la cláusula «el ministro podrá bloquear "
         "cualquier sitio sin orden judicial» de la nueva ley.", []),
        # A kind of clause a law speaks of, and a broadcaster's disclaimer: no terms (tosrec31's clause titles).
        (f"{_TAPPR} Under the statute, an arbitration agreement “shall be valid, irrevocable, and enforceable” save on "
         "general contract grounds.", []),
        (f"{_TAPPR} The broadcaster read out a disclaimer: “The views expressed may not reflect those of the station.”",
         []),
        (f"{_TAPPR} The arbitration agreement says “you and Tappr agree to arbitrate all disputes”.",
         ["you and Tappr agree to arbitrate all disputes"]),
        (f"{_TAPPR} The limitation of liability reads: “Tappr is not liable for any indirect loss.”",
         ["Tappr is not liable for any indirect loss."]),
    ],
)  # fmt: skip
def test_review_40_legal_writing(body: str, found: list[str]) -> None:
    assert article_quotes("Tappr ruling", body) == found
