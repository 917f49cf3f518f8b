"""A heading that names a document and its clauses over a list ("… Gizlilik Sözleşmesi Maddeleri", "Key clauses of the
new terms"): each list item under it is a clause, one span each; and a list whose items the parser took their markers
from goes on item by item under a lead-in as a marked list does. Pages of this shape: Turkish news printing a
messaging app's new privacy terms item by item under "WhatsApp Gizlilik Sözleşmesi Maddeleri". Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

_TITLE = "Kuzu'nun yeni gizlilik sözleşmesi"
_ITEMS = (
    "Ödeme sistemlerinin daha hızlı çalışmasına yardımcı olmak,",
    "Sohbet yedeklerinin ne sıklıkla alındığını ölçmek,",
    "Dolandırıcılık girişimlerini erken fark etmek ve engellemek.",
)


def _page(heading: str, *items: str) -> tuple:
    kinds = ("paragraph", "heading", *("list_item",) * len(items))
    intro = "Kuzu, kullanıcılarına yeni gizlilik sözleşmesini onaylatmaya başladı."
    return page_units(intro, heading, *items, title=_TITLE, kinds=kinds)


@pytest.mark.parametrize("heading", [
    "KUZU GİZLİLİK SÖZLEŞMESİ MADDELERİ",
    "Kuzu Gizlilik Sözleşmesi Maddeleri",
    "Key clauses of the new privacy policy",
])  # fmt: skip
def test_the_items_under_a_heading_naming_the_clauses_are_clauses(heading: str) -> None:
    assert quotes_found(_page(heading, *_ITEMS)) == list(_ITEMS)


@pytest.mark.parametrize("heading", [
    # A question, a heading naming no document, or the document without its clauses: the writer's list.
    "Kuzu gizlilik sözleşmesi hangi maddeleri içeriyor?",
    "Kuzu uygulaması maddeleri",
    "Kuzu gizlilik sözleşmesi",
    "What the privacy policy means for you",
])  # fmt: skip
def test_no_clauses_under_other_headings(heading: str) -> None:
    assert quotes_found(_page(heading, *_ITEMS)) == []


def test_a_list_without_markers_goes_on_under_a_lead_in() -> None:
    """The parser took the bullets off: the second item goes on with the first, as a marked list's does."""
    units = page_units(
        "Kestrel's new community rules say:",
        "Sellers must answer questions within two days or the listing is hidden.",
        "Buyers pay through the app only; paying outside it can end an account.",
        title="Kestrel market rules",
        kinds=("paragraph", "list_item", "list_item"),
    )
    assert quotes_found(units) == [
        "Sellers must answer questions within two days or the listing is hidden.",
        "Buyers pay through the app only; paying outside it can end an account.",
    ]


@pytest.mark.parametrize(("paragraphs", "kinds"), [
    # A news site's list of its own stories under "More articles on …": no clauses.
    (("Kuzu changed its privacy policy on Monday.", "More articles on the privacy policy",
      "Kuzu will let advertisers see your location, critics warn", "How to delete your Kuzu account in five minutes"),
     ("paragraph", "heading", "list_item", "list_item")),
    # The word for clauses inside the document's own name ("服务条款" is the terms of service), over the writer's prose.
    (("酷兔修改服务条款", "酷兔本周更新了用户协议，用户可以在设置中查看。"), ("heading", "paragraph")),
    # A heading naming the clauses over a paragraph of the writer's prose, not a list: the writer's.
    (("Key clauses of the new privacy policy", "You may wonder why Kuzu needs all this, and we asked them."),
     ("heading", "paragraph")),
])  # fmt: skip
def test_no_clauses_under_a_heading_that_heads_no_clause_list(
    paragraphs: tuple[str, ...], kinds: tuple
) -> None:
    assert quotes_found(page_units(*paragraphs, title=_TITLE, kinds=kinds)) == []
