"""A clause quoted right after a version of the document, with no verb between, as its wording in apposition: "This
was the older version of the privacy policy ‘Respect for your privacy is coded into our DNA …’". Only a version or a
text of the document (role apposed_lead), not a part of anything ("drops the line “Private by design”" on a homepage)
nor a document's name on a line of links ("Birdhouse: birdhouse.example/tos “…”"); only a quotation that reads as a
sentence of its own (it opens on a capital and runs to a clause's length) and a sentence where nobody else speaks."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source, company, document_mentions
from annotations.detectors.tos_vocabulary import is_cjk, role_pattern

__all__ = ["apposed_source"]

# How much text before the quotation is read for its sentence and the document that ends it.
MAX_APPOSED_LEAD_CHARS = 200
# A quotation set beside the document is a clause of at least this many words.
MIN_APPOSED_WORDS = 4


def apposed_source(text: str, quote: Quote, page: Page) -> Source | None:
    """The document named right before a clause quoted in apposition to it, or None."""
    quoted = text[quote.start : quote.end]
    if not quoted[:1].isupper() or len(quoted.split()) < MIN_APPOSED_WORDS or is_cjk(quoted):
        return None  # "the terms “out loud to the room”": the writer's sentence goes on in the quotation
    left = text[max(0, quote.open_mark - MAX_APPOSED_LEAD_CHARS) : quote.open_mark]
    stripped = left.rstrip(" \t")
    if stripped == left or not stripped[-1:].isalpha():
        return None  # the mark right after a word, or after a colon or a comma: others' leads
    sentence = last_sentence(stripped)
    mentions = document_mentions(sentence, page)
    if not mentions or mentions[-1].end != len(sentence) or someone_speaks(sentence):
        return None
    version = role_pattern("apposed_lead").search(sentence[: mentions[-1].start])
    if version is None or sentence[version.end() : mentions[-1].start].strip():
        return None  # "the older version of the privacy policy": the version stands right before the document
    return Source(mentions[-1].name, company(sentence))
