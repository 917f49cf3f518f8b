"""A Japanese nominal sentence that names a document as its predicate says what the document is: "円滑な運営に不可欠なのが
利用規約です。" leads in to nothing (the reader questions set off under it are the writer's), and "「…」のが、いろいろなWebサービス
の規約。" gives the quotation before のが no document (it says what the terms are like). Pages of this shape: Japanese
explainers on terms of use (legalon-cloud.com, king.mineo.jp). Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

_TITLE = "利用規約とは？作り方を解説\n\n事業者向けに基本をまとめました。\n\n"


def _quotes(text: str) -> list[str]:
    return [note.text for note in annotate(parse_text(_TITLE + text)).annotations if note.kind == "tos_quote"]


@pytest.mark.parametrize("text", [
    "トラブルを防ぐために欠かせないのが利用規約です。\n\n「そもそも利用規約は必要?」\n\n「約款とどう違う?」\n\n"
    "といった疑問を持つ方もいるでしょう。",
    "「長くて最後まで読めない」のが、多くのアプリの規約。",
    "「難しくて意味がわからない」のが利用規約です。",
])  # fmt: skip
def test_what_the_terms_are_is_no_wording(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("以下が新しい利用規約です。\n\n「当社は、ユーザーの投稿を無償で利用できるものとします。」",
     ["当社は、ユーザーの投稿を無償で利用できるものとします。"]),
    ("新しい利用規約には「当社は、ユーザーの投稿を無償で利用できるものとします」と書かれている。",
     ["当社は、ユーザーの投稿を無償で利用できるものとします"]),
    ("「当社は、ユーザーの投稿を無償で利用できるものとします」というのが、新しい利用規約の一文だ。",
     ["当社は、ユーザーの投稿を無償で利用できるものとします"]),
])  # fmt: skip
def test_the_terms_keep_their_clauses(text: str, found: list[str]) -> None:
    assert _quotes(text) == found
