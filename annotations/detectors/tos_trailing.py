"""Terms quotations whose attribution stands around them rather than before them: in languages that put the verb
last (Turkish, Korean, Japanese, Hindi) and in Vietnamese, an article names the document as a topic or a place just
before the quotation, and a word of the language ties the quotation to it: a noun or verb right after the closing
mark ("Yeni sözleşmede “…” ifadesi yer alıyor", "정책에는 ‘…’라는 항목", "規約には「…」と明記") or a verb of writing
right before the opening mark ("नई शर्तों में साफ लिखा है, “…”", "điều khoản của nó viết: “…”").

A law's, a regulator's or a statement's text named there instead (public_owner), or someone speaking between the
document and the quotation, leaves the quotation to them. The words are roles of knowledge/tos_quotes.toml, read by
tos_vocabulary.role_alternation (as written, with no word edges: the languages here attach endings and particles).
"""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_alternation

__all__ = ["trailing_source"]

# How much after a closing mark a cue is read in (the longest cue, Japanese words of the sentence before it included).
MAX_CUE_CHARS = 40
# How much before an opening mark a written lead is read in.
MAX_LEAD_CHARS = 60
# How far before an opening mark the document's word may end: a few words ("Yeni metinde kullanıcıların, verilerinin").
MAX_DOCUMENT_GAP = 40
# How far before the document's word a word that makes it a law's or a public body's is read ("Kanun metninde").
MAX_OWNER_CHARS = 10
# The document's word is looked for this far before the opening mark: the gap and the longest word.
MAX_BACK_CHARS = MAX_DOCUMENT_GAP + 30
# A sentence ends at . ! ? 。 or a line break; a quotation mark between the document and the quotation is another's.
_BREAK = re.compile(r"[.!?。！？\n“”„«»「」『』\"]")
# How far back a page that names no document is read for the same word owned by a public body or a law.
MAX_EARLIER_CHARS = 300
# How far before that earlier word its owner may stand ("राज्य सरकार ने नई नीति", "सरकार ने नई डेटा नीति").
MAX_EARLIER_OWNER_CHARS = 24
# How far before a quotation its sentence is read for a word of a service ("Khi một ứng dụng giao hàng xin quyền …").
MAX_SERVICE_CHARS = 200
# The document a quotation is given when its word names none and the page has no topic.
DEFAULT_DOCUMENT = "terms of service"


def trailing_source(text: str, quote: Quote, page: Page) -> Source | None:
    """The document a quotation is the wording of by the words around it in a verb-final language, or None."""
    after = quote.close_mark + 1
    owned = (
        role_alternation("owned_cue").match(text, after, min(len(text), after + MAX_CUE_CHARS)) is not None
    )
    cued = (
        role_alternation("trailing_cue").match(text, after, min(len(text), after + MAX_CUE_CHARS)) is not None
    )
    if not cued:
        lead_start = max(0, quote.open_mark - MAX_LEAD_CHARS)
        if role_alternation("written_lead").search(text, lead_start, quote.open_mark) is None:
            return None
    return _document_before(text, quote, page, owned)


def _document_before(text: str, quote: Quote, page: Page, owned: bool) -> Source | None:
    """The document whose word stands at most MAX_DOCUMENT_GAP before the quotation, in its sentence, with no law or
    public body before it or between, and nobody speaking in the sentence before the quotation; None otherwise.
    `owned`: the cue is a noun a genitive right before the quotation may own ("Bakan Yılmaz'ın “…” ifadesi")."""
    opening = quote.open_mark
    start = _sentence_start(text, max(0, opening - MAX_BACK_CHARS), opening)
    found = None  # the nearest one
    for match in role_alternation("trailing_document").finditer(text, start, opening):
        found = match
    if found is None or opening - found.end() > MAX_DOCUMENT_GAP:
        return None
    gap = text[found.end() : opening]
    owner = text[max(start, found.start() - MAX_OWNER_CHARS) : found.start()]
    if role_alternation("public_owner").search(owner) or role_alternation("public_owner").search(gap):
        return None
    if owned and gap.strip() and role_alternation("genitive_end").search(gap):
        return None  # "bir kullanıcının “…” cümlesi": the user's sentence, not the policy's
    if someone_speaks(text[start:opening]):
        return None  # "전문가는 약관에 대해 “…”라고 지적했다": the expert's words about the terms
    named = document_mentions(text[max(start, found.start() - MAX_OWNER_CHARS) : opening], page)
    if named:
        return Source(named[-1].name)
    if (
        page.topic is None
        and not role_alternation("company_document").match(text, found.start())
        and not _of_a_service(text, quote)
    ):
        return None  # "Hükümetin yeni ekonomi politikasında “…” ifadesi": a policy of no service on a page about none
    if not page.names_document and _public_earlier(text, found.start()):
        return None  # "राज्य सरकार ने नई नीति जारी की है। नई नीति में लिखा है, “…”": a government's policy
    return Source(page.topic.document if page.topic else DEFAULT_DOCUMENT)


def _sentence_start(text: str, start: int, end: int) -> int:
    """Where the sentence holding `end` starts, read back no further than `start`: after the last break between."""
    for stop in _BREAK.finditer(text, start, end):
        start = stop.end()
    return start


def _of_a_service(text: str, quote: Quote) -> bool:
    """Whether the sentence of a quotation, the quotation included, has a word of a service or its users (service_word),
    read from at most MAX_SERVICE_CHARS before the quotation."""
    start = _sentence_start(text, max(0, quote.open_mark - MAX_SERVICE_CHARS), quote.open_mark)
    return role_alternation("service_word").search(text, start, quote.close_mark) is not None


def _public_earlier(text: str, position: int) -> bool:
    """Whether a document's word before `position`, in the MAX_EARLIER_CHARS before it, is a public body's or a law's
    by the word before it: on a page that names no company's document, the one the quotation's word goes on with."""
    for earlier in role_alternation("trailing_document").finditer(
        text, max(0, position - MAX_EARLIER_CHARS), position
    ):
        owner = text[max(0, earlier.start() - MAX_EARLIER_OWNER_CHARS) : earlier.start()]
        if role_alternation("public_owner").search(owner):
            return True
    return False
