"""A paragraph that ends by announcing a walk through a document's clauses, with no colon: "So let's break down the
licensing clauses in most common ToS statements, and see what they say." The clause set off under it is the
document's, as under a bare colon (the walk's "bound" mode: only a paragraph that binds as terms do is taken).

Explainers and listicles on terms walk through clauses this way, one set off after each such sentence; with no colon
and no verb of saying the lead-in forms of tos_blocks do not see them.
"""

from __future__ import annotations

from annotations.detectors.tos_blocks import MAX_LEAD_CHARS, Paragraph, last_sentence
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["walkthrough_lead"]


def walkthrough_lead(paragraph: Paragraph, page: Page) -> Source | None:
    """The document a paragraph's last sentence announces a walk through, when the sentence holds a verb of walking
    through (role walkthrough_verb: "let's break down", "let's go through"), then the clauses or parts walked through
    (role walked_part), then the document; nobody else speaks or is named as a source before the document."""
    text = paragraph.text.rstrip()[-MAX_LEAD_CHARS:]
    if not text.endswith("."):
        return None  # a colon is tos_blocks' lead-in; a question asks, a heading names
    last = last_sentence(text[:-1])
    verb = role_pattern("walkthrough_verb").search(last)
    if verb is None:
        return None
    part = role_pattern("walked_part").search(last, verb.end())
    if part is None:
        return None
    named = [mention for mention in document_mentions(last, page) if mention.start >= part.end()]
    if not named or someone_speaks(last[: named[0].start]):
        return None  # "Let's go through what the lawyer said about the clauses in the terms."
    return Source(named[0].name)
