"""A sentence that frames its clause by the user accepting a document ("ao aceitar os novos termos, você declara que
“…”", "by accepting the terms, you agree that “…”"): what the user then declares, grants or agrees to is the document's
wording. Only when the user is the subject right after the frame's comma and does it with a verb of consenting; a user
who feels or says something ("muitos usuários reclamaram que …") speaks for themself."""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import letter_words
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["accepting_source"]

# How far back the quotation's sentence is read for the frame.
MAX_SENTENCE_CHARS = 300
# Words between the frame and the document: "ao aceitar os novos termos".
MAX_WORDS_TO_DOCUMENT = 3
# Words between the user and the verb ("you also agree"), and between the verb and the quotation ("declara que",
# "agree that you", "erklären sich damit einverstanden, dass").
MAX_WORDS_TO_VERB = 1
MAX_WORDS_TO_QUOTE = 5
_COMMA = re.compile(r"\s*,\s*")


def accepting_source(text: str, quote: Quote, page: Page) -> Source | None:
    """The document whose acceptance frames the quotation's sentence, when the user right after the frame's comma
    consents to the quoted words; None otherwise."""
    left = last_sentence(text[max(0, quote.open_mark - MAX_SENTENCE_CHARS) : quote.open_mark])
    frames = list(role_pattern("accepting_frame").finditer(left))
    if not frames:
        return None
    rest = left[frames[-1].end() :]
    mentions = document_mentions(rest, page)
    if not mentions or len(letter_words(rest[: mentions[0].start])) > MAX_WORDS_TO_DOCUMENT:
        return None
    comma = _COMMA.match(rest, mentions[0].end)
    subject = role_pattern("accepting_subject").match(rest, comma.end()) if comma else None
    if subject is None:
        return None
    tail = rest[subject.end() :]
    said = letter_words(tail)
    verbs = [
        index
        for index, word in enumerate(said[: MAX_WORDS_TO_VERB + 1])
        if role_pattern("consenting_verb").fullmatch(word)
    ]
    if not verbs or len(said) - verbs[0] - 1 > MAX_WORDS_TO_QUOTE:
        return None
    if any(role_pattern(role).search(tail) for role in ("speaker", "named_speaker", "other_source")):
        return None
    return Source(mentions[0].name)
