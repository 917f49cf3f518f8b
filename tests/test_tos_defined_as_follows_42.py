"""Items set off under a Japanese lead-in that says the terms define something "as follows" (famtos42): "同社は規約
改定にあわせ、…を以下のように定義した。" over the items is the terms' wording, when the sentence itself names the terms;
the writer's own definition ("本稿では", "筆者は") is not. Shape from ascii.jp on pixivFANBOX's terms change. Every
text here is written for the test; the items are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "ミナトノート、利用規約を改定"
TOP = "ミナトは3月2日、「ミナトノート」の利用規約を改定した。\n\n改定のポイントは二つある。\n\n●自動生成作品の扱い"
ITEMS = ("制作の大部分を自動生成ツールで作った作品。", "自動生成した作品に少しだけ手を加えた作品。")


def _body(lead: str) -> str:
    return f"{TOP}\n\n{lead}\n\n- {ITEMS[0]}\n- {ITEMS[1]}\n\n改定後の規約は4月1日から適用される。"


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("同社は規約改定にあわせ、自動生成作品を以下のように定義した。", list(ITEMS)),
        ("新しい利用規約では、自動生成作品を次のように定義しています。", list(ITEMS)),
        ("約款の改定で、自動生成作品は以下のように定義されました。", list(ITEMS)),
        # The writer's definition, though the terms were named before.
        ("規約改定を受けて、本稿では自動生成作品を以下のように定義した。", []),
        ("利用規約の改定について、筆者は問題点を以下のように定義した。", []),
        # No terms in the sentence: the items are the writer's.
        ("ここでは、自動生成作品を以下のように定義した。", []),
    ],
)
def test_defined_as_follows(lead: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, _body(lead)) == expected
