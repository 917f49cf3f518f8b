"""A pointing word on a page that names no document in full: "Their version now reads: “We share …”", "The earlier
version said “we keep …”", "Dalam kebijakan baru itu tertulis bahwa layanan “dapat membagikan informasi yang kami
kumpulkan …”". News of one company's policy edit often never writes "privacy policy": a weak pointing word (a version, a
wording, a policy; tos_mentions) counts only on a page that names a document, so these were dropped. The page's topic
decides instead: on a page about a company's users (a consumer cue outside quotation marks), such a lead gives the quotation to the
document when the quotation speaks in a company's own voice (we, our, kami: roles document_voice and
document_voice_more), as the document does and a law, a regulator's order or the writer's summary does not.
"""

from __future__ import annotations

from annotations.detectors.base import sentence_bounds
from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution import lead
from annotations.detectors.tos_clause_context import clause_start
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["voiced_lead"]


def voiced_lead(text: str, quote: Quote, page: Page, before: str, fallback: Source | None) -> Source | None:
    """The document a lead made only of a weak pointing word gives a quotation to, on a page that names none, when the
    page is about a company's users and the quotation speaks in a company's voice, with no other source nor public body
    in the lead's sentence; None otherwise."""
    if page.names_document or not page.consumer:
        return None
    quoted = text[quote.start : quote.end]
    if role_pattern("document_voice").search(quoted) is None and (
        role_pattern("document_voice_more").search(quoted) is None
    ):
        return None
    opening = text[clause_start(text, quote.open_mark, sentence_bounds(text)) : quote.open_mark]
    if role_pattern("other_source").search(opening) or role_pattern("public_body").search(opening):
        return None  # "The FAQ's new version reads: “We …”", "the ministry's new version": theirs, no company's document
    named = Page(True, page.topic, page.consumer, page.privacy, page.lawless)
    return lead(text, quote.open_mark, named, before, fallback)
