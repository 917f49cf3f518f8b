"""A heading that names a document and its clauses over a list: "WhatsApp Gizlilik Sözleşmesi Maddeleri" (the privacy
agreement's articles) over the purposes the policy lists, item by item, as Turkish news printed the new terms. The list
items under such a heading are the document's clauses, one span each (GUIDELINES: a clause list quoted from the terms
is one span per clause)."""

from __future__ import annotations

from annotations.detectors.tos_blocks import Paragraph, words
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern
from annotations.detectors.tos_wording import is_heading_line

__all__ = ["clause_heading"]

# Words between the document's name and the word for its clauses ("gizlilik sözleşmesi maddeleri", "terms: key
# clauses") or before the document ("Key clauses of the new terms").
MAX_GAP_WORDS = 3


def clause_heading(paragraph: Paragraph, page: Page) -> Source | None:
    """The document a heading line names with a word for its clauses, near it ("WhatsApp Gizlilik Sözleşmesi
    Maddeleri", "Key clauses of the new terms"); not a question ("… hangi maddeleri içeriyor?") nor a line where
    someone speaks."""
    if not is_heading_line(paragraph) or someone_speaks(paragraph.text):
        return None
    text = paragraph.text.strip()
    parts = role_pattern("clause_heading_part").finditer(text)
    if not parts:
        return None
    for mention in document_mentions(text, page, named_only=True):
        for part in parts:
            # The word for clauses beside the name, not inside it ("服务条款" is the terms, no heading over clauses).
            if mention.end <= part.start():
                gap = text[mention.end : part.start()]
            elif part.end() <= mention.start:
                gap = text[part.end() : mention.start]
            else:
                continue
            if words(gap) <= MAX_GAP_WORDS and role_pattern("clause_heading_topic").search(gap) is None:
                return Source(mention.name)  # not "Provisions on terms of service": a bill's, about them
    return None
