"""A company that specified the quoted words as a rule, in Korean or Japanese news about its terms: "X는 “사용자는 …에
동의한다”고 명시했다" (X laid down that users agree to …). The verb after the quotation (role specifying_cue: 명시, 규정,
明記) says the words were written down, not announced, so on a page that names a document they are that document's;
an official, a lawmaker, a law, a public body or a statement in the sentence keeps them theirs."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_public_cjk import public_text_named
from annotations.detectors.tos_vocabulary import law_name_pattern, role_alternation

__all__ = ["specified_source"]

# How far after the closing mark the cue may stand ("”라고 명시했다").
MAX_CUE_CHARS = 12
# How far back the quotation's sentence is read for someone speaking.
MAX_SENTENCE_CHARS = 200
# The document a specified quotation is given on a page with no topic.
DEFAULT_DOCUMENT = "terms of service"


def specified_source(text: str, quote: Quote, page: Page) -> Source | None:
    """The page's document when a specifying verb follows the quotation and nobody speaks in its sentence before it;
    None otherwise."""
    after = quote.close_mark + 1
    if (
        not page.names_document
        or role_alternation("specifying_cue").match(text, after, min(len(text), after + MAX_CUE_CHARS))
        is None
    ):
        return None
    left = last_sentence(text[max(0, quote.open_mark - MAX_SENTENCE_CHARS) : quote.open_mark])
    if someone_speaks(left) or law_name_pattern().search(left) is not None:
        return None  # "개인정보 보호법은 “…”고 규정하고 있다": the law's
    if public_text_named(left, page) or any(
        role_alternation(role).search(left) for role in ("public_owner", "official_title")
    ):
        return None  # "박 의원은 “…”고 명시했다", "정부는 가이드라인에 “…”", "개정안은 “…”": the lawmaker's, the state's
    return page.topic or Source(DEFAULT_DOCUMENT)
