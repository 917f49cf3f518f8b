"""Review of the part-heading rule of session 32 (tosprec16, tos_section_names), on shapes of Japanese and Korean news
on an app's revised terms: "「…」という項目" names a heading when the quotation is a noun ("「アカウントの削除」という項目"),
but reads "an item that says …" over a clause set in marks without its stop ("「当社は…利用できるものとします」という項目が
追加された"), which is the terms' wording. And a screenshot's caption between a lead-in and its clause ends the hand-over
only for prose that binds nobody: the clause after it is still the document's.
"""

from __future__ import annotations

import pytest
from tos_support import article_quotes, page_units, quotes_found

TITLE_JA = "ミルミル、利用規約を改定"
TITLE_KO = "스트리미, 이용약관 개정"


@pytest.mark.parametrize(("title", "body", "wanted"), [
    (
        TITLE_JA,
        "ミルミルは利用規約を改定した。新しい規約には「当社は、利用者の写真を無償で広告に利用できるものとします」という項目が"
        "追加された。",
        ["当社は、利用者の写真を無償で広告に利用できるものとします"],
    ),
    (
        TITLE_JA,
        "ミルミルは利用規約を改定した。新しい規約には「退会後も投稿は削除されません」という項目がある。",
        ["退会後も投稿は削除されません"],
    ),
])  # fmt: skip
def test_a_clause_named_as_an_item_is_wording(title: str, body: str, wanted: list[str]) -> None:
    assert article_quotes(title, body) == wanted


@pytest.mark.parametrize(("title", "body"), [
    (TITLE_JA, "ミルミルは利用規約を改定した。「アカウントの削除」という項目が新設された。"),
    (TITLE_JA, "ミルミルは利用規約を改定した。「利用者の権利」の項目が新しくなった。"),
    (TITLE_KO, "스트리미는 이용약관을 개정했다. ‘회원 게시물의 권리’ 항목이 새로 생겼다."),
])  # fmt: skip
def test_a_heading_named_as_an_item_stays_out(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # A screenshot's caption between the lead-in and the clause: the clause binds, it is still the document's.
    (("Wolkig changed its terms of service this week. The new section reads:",
      "Screenshot of Wolkig's updated terms of service",
      "We may use your uploads to train our machine learning models."),
     ["We may use your uploads to train our machine learning models."]),
    # The writer's prose after a caption binds nobody: not the document's.
    (("Wolkig links its terms of service from every page:",
      "Wolkig homepage screenshot showing the terms link in the footer",
      "The link is small and grey, and few visitors will ever click it."),
     []),
])  # fmt: skip
def test_a_caption_under_a_lead_in_leaves_only_a_binding_clause(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="Wolkig's new terms")) == expected
