"""A review of several companies' documents that labels each company's clause "What they say:" under the company's
heading, after a sentence that says the writer went through their privacy policies or terms: the pronoun is the company
whose document the review reads, and the clause after the label is that document's.

Syndicated consumer-tech reviews ("we decided to go through the privacy policies of several popular applications", then
"Tinder", a line on the app, "What they say: We also may share …") label the clause so; a colon after a pronoun and a
verb of saying otherwise reads as someone speaking.
"""

from __future__ import annotations

from annotations.detectors.base import sentence_bounds
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["review_say_label"]

# How many paragraphs before the label are read for the sentence that says which documents the review reads.
MAX_REVIEW_PARAGRAPHS = 12


def review_say_label(head: str, recent: list[str], page: Page) -> Source | None:
    """The document a label such as "What they say" (role review_say_label, `head` without its colon) stands for: the
    documents a sentence of the `recent` paragraphs (nearest last) names as what the review reads (role
    reviewed_documents), with no other source in that sentence."""
    label = head.strip().lstrip("-•*–— ").strip().casefold()
    if label not in role_phrases("review_say_label"):
        return None
    for paragraph in reversed(recent[-MAX_REVIEW_PARAGRAPHS:]):
        for start, end in reversed(sentence_bounds(paragraph)):
            sentence = paragraph[start:end]
            if role_pattern("reviewed_documents").search(sentence) is None:
                continue
            named = document_mentions(sentence, page)
            if named and role_pattern("other_source").search(sentence) is None:
                return Source(named[-1].name)
    return None
