"""Whether "the notice" before or after a quotation is a message sent or shown to users, not a document.

A privacy notice is a terms document; the notice an app pops up, or the one a company emails about changes to its
policy, is not (GUIDELINES: in-app notices and emails are the company's explanations). "The notice" stands for
the message when the text before it last spoke of one: shown on screen, with no document named since ("A pop-up
appeared. The notice read, “Tap AGREE …”"), or sent to users, with no document named after the sentence that
sent it ("Gogo sent users a notice about changes to its privacy policy. “…,” the notice read")."""

from __future__ import annotations

import re

from annotations.detectors.base import sentence_at, sentence_bounds
from annotations.detectors.tos_clause_context import SENTENCE_END_MARKS
from annotations.detectors.tos_mentions import document_mentions
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["MAX_MESSAGE_REACH_CHARS", "earlier_window", "stands_for_message"]

# How far before a quotation the message "the notice" may stand for is looked for: as far as a lead reads back
# (tos_attribution.MAX_EARLIER_CHARS). The whole paragraph was read before each quotation, so a paragraph of many
# "“…,” the notice read" took time growing with the square of its length.
MAX_MESSAGE_REACH_CHARS = 600
# A sentence's end between a message shown and a document named after it: the document is then not its subject.
_SENTENCE_STOP = re.compile(rf"[{re.escape(SENTENCE_END_MARKS)}]\s|\n")


def earlier_window(before: str, text: str, opening: int) -> str:
    """The last MAX_MESSAGE_REACH_CHARS before `opening` in `text`, reaching into the paragraph before (`before`,
    joined by a line break) only when `text` holds fewer."""
    earlier = text[max(0, opening - MAX_MESSAGE_REACH_CHARS) : opening]
    reach = MAX_MESSAGE_REACH_CHARS - len(earlier)
    if reach > 0 and before:
        earlier = f"{before[-reach:]}\n{earlier}"
    return earlier


def stands_for_message(earlier: str, noun: str) -> bool:
    """Whether a pointing word's `noun` ("notice") stands for a message the text before it (`earlier`) spoke of."""
    if noun.casefold() not in role_phrases("screen_notice_noun"):
        return False
    shown = role_pattern("screen_notice").finditer(earlier)
    if shown and _names_no_document(earlier, shown[-1].end(), noun):
        return True  # "A pop-up appeared on Tuesday. The notice read, “…”"
    sent = role_pattern("sent_notice").finditer(earlier)
    if not sent:
        return False
    # The document the sent notice was about is named in its own sentence; one named after it is another matter.
    after = _next_sentence(earlier, sent[-1].end())
    return after is not None and not document_mentions(earlier[after:], named_only=True)


def _names_no_document(earlier: str, shown: int, noun: str) -> bool:
    """Whether no document is named after the message shown on screen that ends at `shown`, but the one the message is
    about in its own sentence ("woke up to an in-app notice about Chalo's new terms of service. “…,” the notice read"):
    that one is the notice's subject, not a notice of its own. Unless that document is itself called by the pointing
    word's `noun` ("a pop-up about Kelvo's new privacy notice. The notice says"): the notice is then the document."""
    named = document_mentions(earlier[shown:], named_only=True)
    if not named:
        return True
    own = earlier[shown + named[0].start : shown + named[0].end]
    if noun.casefold() in (word.casefold() for word in re.findall(r"\w+", own)):
        return False
    between = earlier[shown : shown + named[0].start]
    if _SENTENCE_STOP.search(between) or not role_pattern("notice_topic").search(between):
        return False
    after = _next_sentence(earlier, shown + named[0].end)
    return after is not None and not document_mentions(earlier[after:], named_only=True)


def _next_sentence(text: str, offset: int) -> int | None:
    """Where the sentence after the one holding `offset` starts (the text's end when that one ends it on its stop);
    None when that sentence runs on to the end of `text`."""
    bounds = sentence_bounds(text)
    index = sentence_at(bounds, offset)
    if index + 1 < len(bounds):
        return bounds[index + 1][0]
    return len(text) if text.rstrip().endswith(tuple(SENTENCE_END_MARKS)) else None
