"""A document's definition quoted right after the defined term it gives: "But “Disputes” is a defined term that
“covers any claim …”", "“Lumo Services” means “…”", "What are the Lumo Services? They are “…”". The term itself is a word of the document's, quoted earlier on
the page inside the document's own wording ("… all Disputes"); what the sentence then quotes as its definition is that
document's wording too, though the sentence names no document. A term the page never quoted from a document
hands nothing over."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Source
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern

__all__ = ["defined_term_source"]

# How much text before the quotation is read for the defined term and the words that give its definition.
MAX_DEFINING_CHARS = 160


def defined_term_source(text: str, quote: Quote, wording: list[tuple[str, Source]]) -> Source | None:
    """The document whose wording, found earlier on the page, holds the term defined right before the quotation."""
    if not wording:
        return None
    window = text[max(0, quote.open_mark - MAX_DEFINING_CHARS) : quote.open_mark]
    sentence = last_sentence(window)
    if someone_speaks(sentence) or law_name_pattern().search(sentence) or _public(sentence):
        return None  # "The lawyer said “Disputes” means “…”", "Under the Arbitration Act, …": theirs, not the terms'
    match = role_pattern("defined_term_lead").search(sentence)
    # "What are the Lumo Services? They are “…”": the question before the pronoun names the term.
    match = match or role_pattern("defined_term_answer").search(window)
    if match is None:
        return None
    term = match.group("term")
    for found, source in reversed(wording):
        if term in found:
            return source
    return None


def _public(text: str) -> bool:
    """Whether `text` names a public body or a law by kind or shape ("the regulator", "the Arbitration Act")."""
    return any(
        role_pattern(role).search(text)
        for role in ("public_body", "law_subject", "law_word", "statute_context")
    )
