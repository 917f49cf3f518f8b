"""Documents in general: "Most privacy policies say …", "the ideal privacy policy is one that says …", "A typical
privacy policy says …". A quantifier or a word of kind right before the document's name makes it every company's
and none's: what the sentence quotes is the writer's idea of such documents, no company's wording (GUIDELINES:
text quoted from a company's terms)."""

from __future__ import annotations

from annotations.detectors.base import sentence_bounds
from annotations.detectors.memo import last_answer
from annotations.detectors.tos_clause_context import clause_start
from annotations.detectors.tos_mentions import Mention, Page, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

# How far before the document's name its quantifier may start: "la mayoría de las", "most online".
MAX_QUANTIFIER_CHARS = 40
# How far before a general document's quantifier the word that compares with it may start: "similar to".
MAX_COMPARISON_CHARS = 20
# Marks a writer puts around the kind word ('the "ideal" privacy policy'), passed over with the spaces.
_PASSED = frozenset(" \t\"'“”‘’«»„")


def in_general(text: str, mention: Mention) -> bool:
    """Whether the words right before a document named in `text` make it documents in general (role
    generic_quantifier): "Most privacy policies", "many of the terms", 'the "ideal" privacy policy'."""
    return _quantifier_start(text, mention) is not None


def compared(text: str, mention: Mention) -> bool:
    """Whether a document named in `text` is documents in general that another is only compared with (role
    comparison_lead): "Plumo's privacy policy, like many privacy policies, says “…”" quotes Plumo's."""
    start = _quantifier_start(text, mention)
    if start is None:
        return False
    end = len(text[:start].rstrip())
    found = role_pattern("comparison_lead").finditer(text, max(0, end - MAX_COMPARISON_CHARS), end)
    return bool(found) and found[-1].end() == end


@last_answer  # each document a lead names is asked about in turn by compared and by in_general
def _quantifier_start(text: str, mention: Mention) -> int | None:
    """Where the quantifier or word of kind right before a document's name starts, if one stands there."""
    end = mention.start
    while end > 0 and text[end - 1] in _PASSED:
        end -= 1
    if end == 0:
        return None
    found = role_pattern("generic_quantifier").finditer(text, max(0, end - MAX_QUANTIFIER_CHARS), end)
    return found[-1].start() if found and found[-1].end() == end else None


def general_lead(text: str, position: int, page: Page) -> bool:
    """Whether the document that the clause before `position` names last, past those only compared with, is
    documents in general ("Most privacy policies actually say the opposite: “…”"): then no later reading (a clause
    that binds, a trailing name) makes the quotation a company's."""
    bounds = sentence_bounds(text)
    start = clause_start(text, position, bounds)
    words = role_pattern("generic_quantifier")
    if words.search(text, start, position) is None:
        return False  # most clauses hold no quantifier: named documents are not looked for
    left = text[start:position]
    mentions = [mention for mention in document_mentions(left, page) if not compared(left, mention)]
    return bool(mentions) and in_general(left, mentions[-1])
