"""Review of tosrec18b's Japanese clause lists in corner brackets (session 33): a run of short quoted paragraphs at
the end of a page goes to the terms the page is about when each binds as a clause does; but a lead-in right above
it that names users' opinions ("利用者からは次のような意見が寄せられた。") or a law that provides what follows
("個人情報保護法は次のように定めている。") hands the run to them, numbered ("1「…」") or not."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "ミルミル、利用規約を改定"


@pytest.mark.parametrize("body", [
    "ミルミルは利用規約を改定した。利用者からは次のような意見が寄せられた。\n\n「もう二度と写真を投稿しない」\n\n"
    "「運営はきちんと説明してほしい」",
    "ミルミルは利用規約を改定した。利用者からは次のような意見が寄せられた。\n\n1「もう二度と写真を投稿しない」\n\n"
    "2「運営はきちんと説明してほしい」",
    "ミルミルは利用規約を改定した。個人情報保護法は次のように定めている。\n\n"
    "「個人情報取扱事業者は、利用目的をできる限り特定しなければならない」",
    "ミルミルは利用規約を改定した。個人情報保護法は次のように定めている。\n\n"
    "1「個人情報取扱事業者は、利用目的をできる限り特定しなければならない」",
])  # fmt: skip
def test_a_run_under_users_opinions_or_a_law_is_none_of_the_terms(body: str) -> None:
    assert article_quotes(TITLE, body) == []


@pytest.mark.parametrize("body", [
    "ミルミルの新しい利用規約には、次のような条項がある。\n\n1「ユーザーは、投稿した写真の利用を当社に無償で許諾するものとする」\n\n"
    "2「当社は、ユーザーの同意なく規約を変更できるものとする」",
    "ミルミルの新しい利用規約には、次のような条項がある。\n\n「ユーザーは、投稿した写真の利用を当社に無償で許諾するものとする」\n\n"
    "「当社は、ユーザーの同意なく規約を変更できるものとする」",
])  # fmt: skip
def test_a_run_under_the_terms_stays_their_clauses(body: str) -> None:
    assert article_quotes(TITLE, body) == [
        "ユーザーは、投稿した写真の利用を当社に無償で許諾するものとする",
        "当社は、ユーザーの同意なく規約を変更できるものとする",
    ]
