"""A public text named in a Japanese or Korean sentence before a quotation ("政府のガイドラインは「…」", "개정안은 “…”"),
unless the word is part of the company's document the page names: "コミュニティガイドライン" (community guidelines)
holds ガイドライン, and a service's guidelines are its terms, not the state's."""

from __future__ import annotations

from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import role_alternation

__all__ = ["public_text_named"]


def public_text_named(left: str, page: Page) -> bool:
    """Whether `left` names a public text (role public_text_cjk) outside every document it names."""
    found = list(role_alternation("public_text_cjk").finditer(left))
    if not found:
        return False  # most sentences name none: one look before reading the documents
    mentions = document_mentions(left, page)
    return any(
        not any(mention.start <= match.start() and match.end() <= mention.end for mention in mentions)
        for match in found
    )
