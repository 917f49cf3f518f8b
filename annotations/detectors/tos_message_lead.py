"""A quotation a message reads ("users saw a pop-up reading “…”", "se topó con un aviso que decía: “…”"), or one the
writer labels as a translation ("Translation: “…”").

A message the app shows or the company sends (a pop-up, a banner, a notification, an email), brought in right before
the quotation in its sentence, is what speaks there: its words are an in-app notice or an email, not the terms,
however much they sound like a clause ("By continuing you accept …") and whatever document the sentence names
before the message (GUIDELINES: in-app notices and pop-ups are the company's explanations). The lead-ins are data
(role message_lead), one pattern per language, each ending where the quotation opens.
"""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_mentions import document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["message_reads", "translated"]

# How much text before a quotation is read for the message that reads it: a lead-in is a few words.
MAX_LEAD_CHARS = 160
# Words between a document and the verb by which it holds a message ("The terms | now | contain a notice").
MAX_HOLDER_GAP_WORDS = 2


def message_reads(text: str, quote: Quote) -> bool:
    """Whether the sentence before the quotation ends on a message shown or sent that reads it ("a pop-up reading")."""
    lead = last_sentence(text[max(0, quote.open_mark - MAX_LEAD_CHARS) : quote.open_mark])
    found = role_pattern("message_lead").finditer(lead)
    return bool(found) and not _held_by_document(lead[: found[-1].start()])


def _held_by_document(before: str) -> bool:
    """Whether the message is a passage a document named before it holds ("The new terms contain a notice that
    reads", role document_holds): the notice's words are then the document's."""
    verb = role_pattern("document_holds").search(before)
    if verb is None:
        return False
    named = document_mentions(before[: verb.start()])
    # The document is the verb's subject, right before it ("The new terms of service contain"), not a word of an
    # earlier phrase ("After the update to its privacy policy, the app has a banner reading").
    gap = before[named[-1].end : verb.start()] if named else ","
    return "," not in gap and len(gap.split()) <= MAX_HOLDER_GAP_WORDS


# How much text before a quotation is read for a translation label: "(My rough translation:" at most.
MAX_LABEL_CHARS = 60


def translated(text: str, quote: Quote) -> bool:
    """Whether a label right before the quotation gives it as the writer's translation ("Translation: “…”"): the
    writer's rendering of the terms, not their wording (role translation_label)."""
    start = max(0, quote.open_mark - MAX_LABEL_CHARS)
    window = ("\n" if start == 0 else "") + text[
        start : quote.open_mark
    ]  # the text's start opens a label too
    return bool(role_pattern("translation_label").finditer(window))
