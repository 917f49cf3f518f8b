"""A quotation joined by "and" to a document's name in marks is a name or topic beside it, no wording of the
document: "「利用規約」と「都合のいい男」" in a Japanese explainer's title, with the terms named again after it.
Two quoted clauses joined by "and" after the document stay its wording."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


NAMES = [
    "「利用規約」と「都合のいい男」~利用規約の落とし穴~\n\n前回は規約の書き方を話しました。\n",
    "「利用規約」と「大人の約束」~規約の読み方~\n\n今回は規約の読み方です。\n",
]


@pytest.mark.parametrize("text", NAMES)
def test_a_quotation_beside_a_documents_name_is_no_wording(text: str) -> None:
    assert _quotes(text) == []


WORDING = [
    (
        "見出し\n\n新しい規約には「当社は投稿を無償で使用できる」と「ユーザーは人格権を行使しない」が追加された。\n",
        ["当社は投稿を無償で使用できる", "ユーザーは人格権を行使しない"],
    ),
    (
        "Headline\n\nThe terms say “you agree to arbitration” and “we may share your data with partners”.\n",
        ["you agree to arbitration", "we may share your data with partners"],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), WORDING)
def test_clauses_joined_after_the_document_stay_its_wording(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes
