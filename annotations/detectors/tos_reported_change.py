"""A paragraph under a lead-in that reports a change to a document in the third person ("Tech giants like Google
and Microsoft have modified their terms to allow …") is the writer's news, not the document's wording: a clause
speaks of its own document as "these Terms" or "our policy", never as "their terms" that someone changed."""

from __future__ import annotations

from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["reports_change"]

# How far before the document's name the verb of changing may stand ("modified their terms").
MAX_CHARS_TO_VERB = 40


def reports_change(text: str, page: Page) -> bool:
    """Whether `text` says that a document was changed, naming it with an owner's word ("their", "its") or a
    possessive ("Google's") right after a verb of changing in the past ("updated its privacy policy")."""
    for mention in document_mentions(text, page):
        left = text[max(0, mention.start - MAX_CHARS_TO_VERB) : mention.start]
        if not role_pattern("change_verb").search(left):
            continue
        # The owner's word opens the mention ("their terms") or stands right before it ("Google's terms").
        words = (left.split()[-1:] or [""]) + text[mention.start : mention.end].split()[:1]
        if any(_owner(word) for word in words):
            return True
    return False


def _owner(word: str) -> bool:
    folded = word.casefold()
    return folded in role_phrases("third_person_owner") or folded.endswith(("'s", "’s"))
