"""Quotations whose own wording binds as terms do, on a page that names a terms document.

An article about a company's terms often quotes a clause with no lead-in at all ("Drivers now
complain about one line. “You waive any claim against the operator” sits near the end."): the
wording itself says what it is, the company granting itself rights ("we may", "at our sole
discretion") or the user giving them ("you grant", "you agree"). Such a quotation is the
document's the text before it names (or the page's), unless the words around it give it to
someone else (a spokesperson, a statement, a regulator), name it ("calling it") or make it a
supposition, or the quotation speaks as a poster or asks.
"""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import Paragraph, in_poster_voice, last_sentence, words
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["bound_wording"]

# How much text before a quotation is read for the sentence that leads to it and for the document
# it names: a paragraph of thousands of quotations is not read from its start for each.
MAX_BEFORE_CHARS = 1_000
# How much text after a quotation is read for someone who says it ("…,” the lawyer added).
MAX_AFTER_CHARS = 200
# Words around a quotation that give it to someone or something other than the document (a button's
# label never gets here: wording_quotes leaves it out).
_NOT_THE_DOCUMENT = ("speaker", "other_source", "naming_verb", "supposition")
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)|\n")
# The document of a page that names one only in passing, with no topic and none before the quote.
DEFAULT_DOCUMENT = "terms of service"


def bound_wording(text: str, paragraph: Paragraph, quote: Quote, page: Page) -> Source | None:
    """The document a quotation that binds as terms do is from, when nothing around it says whose it is."""
    if not page.names_document:
        return None
    quoted = text[quote.start : quote.end]
    if role_pattern("terms_binding").search(quoted) is None:
        return None
    if in_poster_voice(quoted) or quoted.rstrip().endswith(("?", "？")):
        return None
    outside = text[paragraph.start : quote.open_mark] + text[quote.close_mark + 1 : paragraph.end]
    if not words(outside):
        return None  # set off alone: the paragraph after may still say whose it is, or someone's post
    before = text[max(paragraph.start, quote.open_mark - MAX_BEFORE_CHARS) : quote.open_mark]
    after = text[quote.close_mark + 1 : min(paragraph.end, quote.close_mark + 1 + MAX_AFTER_CHARS)]
    stop = _SENTENCE_END.search(after)
    around = (last_sentence(before), after[: stop.start()] if stop else after)
    if any(role_pattern(role).search(part) for role in _NOT_THE_DOCUMENT for part in around):
        return None
    named = document_mentions(before, page)
    if named:
        return Source(named[-1].name)
    return page.topic or Source(DEFAULT_DOCUMENT)
