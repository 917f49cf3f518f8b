"""A document that names something in its own words: "The policy calls ad networks “trusted partners”", "what the
policy calls “shared content”". A naming verb before a quotation otherwise makes it a label someone gives (a feature
called “Smart Share”, role ui_cue); with the document as its subject, the name is the document's wording."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import after_spaces, last_sentence
from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["document_calls"]

# How much text before the quotation is read for the document and its naming verb.
MAX_CALLING_CHARS = 200
# Words between the naming verb and the quotation: "calls ad networks and data brokers".
MAX_NAMED_WORDS = 5


def document_calls(text: str, quote: Quote) -> bool:
    """Whether the quotation's sentence names a document right before a naming verb of its own (role
    document_naming_verb), a few words before the quotation."""
    left = last_sentence(text[max(0, quote.open_mark - MAX_CALLING_CHARS) : quote.open_mark])
    if role_pattern("document_naming_verb").search(left) is None:
        return False  # most quotations: no naming verb before them, read no further
    mentions = document_mentions(left, Page(True, None))
    if not mentions:
        return False
    verb = role_pattern("document_naming_verb").match(left, after_spaces(left, mentions[-1].end))
    return verb is not None and len(left[verb.end() :].split()) <= MAX_NAMED_WORDS
