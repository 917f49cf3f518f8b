"""A paragraph that presents the document as what comes next, with no colon and no verb of saying: a forum
post's "This is our current terms of service. It's the software's boilerplate." over the pasted clauses.
The clauses below it are the document's while they bind as clauses do (the walk's "announced" mode)."""

from __future__ import annotations

import re

from annotations.detectors.tos_blocks import MAX_LEAD_CHARS, Paragraph
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["presented_document"]

# The presenting sentence is the paragraph's last, or the one before it ("It's the boilerplate.").
MAX_SENTENCES_BACK = 2
# Words before "This is" (a poster's name the parser joined to the line), and between "This is our current"
# and the document's name.
MAX_WORDS_BEFORE = 1
MAX_GAP_WORDS = 1
_SENTENCE = re.compile(r"[^.!?。]+[.!?。]?")
_WORD = re.compile(r"[\w'’-]+")


def presented_document(paragraph: Paragraph, page: Page) -> Source | None:
    """The document a paragraph presents in one of its last two sentences ("This is our current terms of
    service.", "Here are the new community guidelines."), the sentence ending on the document's name; not a
    question, nor a paragraph where someone else speaks after it."""
    text = paragraph.text.rstrip()[-MAX_LEAD_CHARS:]
    if text.endswith(("?", "？")):
        return None
    sentences = [match.group().strip() for match in _SENTENCE.finditer(text)]
    for index, sentence in enumerate(reversed(sentences[-MAX_SENTENCES_BACK:])):
        found = _presents(sentence, page)
        later = sentences[len(sentences) - index :]
        if found is not None and not any(role_pattern("other_source").search(other) for other in later):
            return found
    return None


def _presents(sentence: str, page: Page) -> Source | None:
    """The document a sentence presents: "This is our current terms of service."."""
    lead = role_pattern("presenting_lead").search(sentence)
    if lead is None or len(_WORD.findall(sentence[: lead.start()])) > MAX_WORDS_BEFORE:
        return None  # a poster's name the parser ran into the line may come first: "admin_rook This is our …"
    rest = sentence[lead.end() :]
    mentions = document_mentions(rest, page, named_only=True)
    if not mentions or len(_WORD.findall(rest[: mentions[0].start])) > MAX_GAP_WORDS:
        return None
    return Source(mentions[0].name) if not _WORD.search(rest[mentions[0].end :]) else None
