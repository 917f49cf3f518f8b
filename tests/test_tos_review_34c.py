"""Review of tosrec19's second session-34 batch (revtos34): where a new hand-over read the writer's words as the terms.

- A clause taken up to a comma goes on in the next paragraph only when that paragraph is itself left open on a comma
  or binds as the clause does ("無償で利用できることに同意します。"); the writer's full sentence on the clause after
  it ("この条項にはネット上で批判が相次いでいる。", "lol so they own everything now.") binds nobody and stays the
  writer's (tos_wrapped).
- A colon after a pronoun hands over to the document only when the sentence before opens on the document or a part of
  it ("The new provisions sit in chapter VI. They open innocuously: …"); "Quillo's executives defended the new terms.
  They were blunt: “…”" gives the executives' words (tos_attribution._opens_on_document).
"""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


_LICENCE = "You grant us a worldwide licence to use, copy and adapt your content,"
_ZH = "用户同意平台免费使用其上传的全部内容；"
_JA = "ユーザーは、当社が投稿内容を無償で利用することに同意し、"
_KO = "회원은 회사가 게시물을 무상으로 이용하는 것에 동의하며,"

WRAPPED = [
    (
        f"Ask HN: Quillo's new terms\n\njdoe 2 hours ago\nThe new terms say:\n\n{_LICENCE}\n\nlol so they own "
        "everything now. time to move my photos elsewhere.",
        [_LICENCE],
    ),
    (
        f"平台修改用户协议\n\n该平台上周修改了用户协议。新条款写道：\n\n{_ZH}\n\n这一条款在网上引发了不少争议。",
        [_ZH],
    ),
    (
        f"新しい利用規約\n\n同社は利用規約を改定した。新しい条項は次の通り。\n\n{_JA}\n\nこの条項にはネット上で批判が相次いでいる。",
        [_JA],
    ),
    (
        f"새 이용약관\n\n회사가 이용약관을 바꿨다. 새 조항은 다음과 같다:\n\n{_KO}\n\n이용자 단체는 즉각 반발했다.",
        [_KO],
    ),
    # A line that goes on binding, in lower case: still the clause.
    (
        f"Quillo's new terms\n\nQuillo changed its terms of service. The new clause says:\n\n{_LICENCE}\n\nand you agree "
        "that we may show it in our advertising.\n\nPhotographers are angry.",
        [_LICENCE, "and you agree that we may show it in our advertising."],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), WRAPPED)
def test_the_writers_sentence_after_a_clause_left_on_a_comma(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


PRONOUN_COLON = [
    (
        "Quillo's refund row\n\nQuillo's executives defended the new terms of service on Monday. They were blunt: "
        "“Nobody reads them anyway.”",
        [],
    ),
    (
        "Quillo's refund row\n\nQuillo published a statement about its terms of service on Monday. It is clear: “We "
        "will never sell your data.”",
        [],
    ),
    (
        "Quillo's long terms\n\nQuillo's new terms of service run to forty pages. They open innocuously: the company "
        "“may suggest albums made from your photos”.",
        ["may suggest albums made from your photos"],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), PRONOUN_COLON)
def test_a_colon_after_a_pronoun_for_what_the_sentence_before_opens_on(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes
