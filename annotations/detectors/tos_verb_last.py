"""German puts a subordinate clause's verb last: "Kritiker bemängeln, dass die AGB dem Dienst eine „…“ einräumen",
"Diese Formulierung sorgte für Ärger, da sie Rechte wie „…“ umfasste". The document is the clause's subject before the
quotation and its verb closes the clause after it, so a lead that looks only before the quotation finds no verb."""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import letter_words
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_mentions import Mention, Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["verb_last_source"]

# How far back the quotation's sentence is read.
MAX_SENTENCE_CHARS = 300
# Words of the clause between the subordinator and its subject ("dass auch die AGB").
MAX_WORDS_TO_SUBJECT = 2
# Words between the quotation and the verb that closes the clause ("„…“ ausdrücklich vorsehen").
MAX_WORDS_TO_VERB = 1
# What may close the clause after its verb.
_CLOSE = re.compile(r"[ \t]*(?:[.,;:!?)]|$)")
_WORD = re.compile(r"[ \t]*([^\W\d_]+)")


def verb_last_source(text: str, quote: Quote, page: Page) -> Source | None:
    """The document that is the subject of the German subordinate clause holding the quotation (a sentence with a German
    word, noun_case_word), when a verb of the document closes that clause right after the quotation; None otherwise."""
    verb_at = quote.close_mark + 1
    for _ in range(MAX_WORDS_TO_VERB + 1):
        word = _WORD.match(text, verb_at)
        if word is None:
            return None
        verb_at = word.end()
        if _is_last_verb(word.group(1)) and _CLOSE.match(text, verb_at):
            break
    else:
        return None
    left = last_sentence(text[max(0, quote.open_mark - MAX_SENTENCE_CHARS) : quote.open_mark])
    openers = list(role_pattern("subordinator").finditer(left))
    if not openers or role_pattern("noun_case_word").search(left) is None:
        return None
    clause = left[openers[-1].end() :]
    if any(role_pattern(role).search(clause) for role in ("speaker", "named_speaker", "other_source")):
        return None
    main = left[: openers[-1].start()]
    if role_pattern("reporting_speaker").search(main) or role_pattern("other_source").search(main):
        return None  # "Ein Sprecher sagte, dass die AGB „nur übliche Regelungen“ vorsehen": the spokesman's words
    mentions = document_mentions(clause, page)
    if mentions and len(letter_words(clause[: mentions[0].start])) <= MAX_WORDS_TO_SUBJECT:
        return Source(mentions[0].name)
    # "Diese Formulierung sorgte für Ärger, da sie …": a pronoun for the main clause's subject.
    pronoun = role_pattern("subject_pronoun").match(clause.lstrip())
    return _subject(main, page) if pronoun is not None else None


def _is_last_verb(word: str) -> bool:
    """Whether a word is a document's verb that may close a subordinate clause."""
    return (
        role_pattern("last_verb").fullmatch(word) is not None
        or role_pattern("doc_verb").fullmatch(word) is not None
    )


def _subject(main: str, page: Page) -> Source | None:
    """The document the main clause opens on, as its subject."""
    mentions: list[Mention] = document_mentions(main, page)
    if not mentions or letter_words(main[: mentions[0].start]):
        return None
    return Source(mentions[0].name)
