"""A clause quoted whole after a reaction to the document's quotation before it, in one paragraph: "The terms say “Quillet
may scan your files”. Fair enough. “Scanned files are kept for ninety days.” That is new." A reader pasting the terms
quotes them this way, clause after clause with a word of their own between, and so does a writer going through them:
the second quotation is the same document's when it stands as a sentence of its own (it opens one and ends one), reads
as a clause (tos_bound.reads_as_clause), follows within a few of the poster's words with nobody else named, speaking or
leading in between (no colon: "Their support agent's reply:" decides), and nobody takes it after it.

A fragment the writer quotes at the end of a sentence of their own right after such a quotation goes on the same way:
"The terms say “Quillet may use uploaded files …”. Files can also be kept “for as long as necessary”." The sentence says
what the terms allow or require (restating_modal: "can also be kept", "may", "must"), the fragment ends it, and nobody
else, no law and no public body, stands between."""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import idiom, words
from annotations.detectors.tos_blocks import in_poster_voice, last_sentence
from annotations.detectors.tos_bound import reads_as_clause, unquoted
from annotations.detectors.tos_clause_context import SENTENCE_END_MARKS, others, someone_speaks
from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_trail import spoken_after
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern

__all__ = ["reacted_on", "restated_on"]

# The most words between the two quotations: a short reaction ("Fair enough.", "Then, a bit further down."), not a
# paragraph of the writer's own that may turn to anyone's words.
MAX_REACTION_WORDS = 12
# How far after the document's quotation a fragment ending the writer's next sentence may stand.
MAX_RESTATED_CHARS = 300
# The fewest words of such a fragment: two are as often the writer's label for a thing as the terms' words.
MIN_FRAGMENT_WORDS = 3
# How much text after a clause quoted whole is read for the sentence after it.
MAX_NEXT_CHARS = 160
# The end of that sentence.
_NEXT_STOP = re.compile(r"(?<=[.!?])\s")
# Roles whose words in the writer's sentence give the fragment to a law or a public body.
_PUBLIC = ("public_body", "law_subject")


def reacted_on(text: str, previous: Quote, quote: Quote, page: Page) -> bool:
    """Whether `quote` is a clause of the document whose quotation `previous` stands before it in its paragraph, with
    only a short reaction of the poster's or the writer's between them."""
    between = text[previous.close_mark + 1 : quote.open_mark]
    if len(words(between)) > MAX_REACTION_WORDS or not _opens_sentence(between):
        return False
    if not _ends_sentence(text, quote) or not reads_as_clause(text[quote.start : quote.end]):
        return False
    plain = unquoted(between)
    if document_mentions(plain, page) or someone_speaks(plain) or others(plain, []):
        return (
            False  # "Their blog post is kinder. “…”", "A spokesperson disagreed. “…”": someone else's words
        )
    return not spoken_after(text, quote.close_mark + 1) and not _told_after(text, quote, page)


def _told_after(text: str, quote: Quote, page: Page) -> bool:
    """Whether the sentence right after the quotation gives it to someone else ("“We will refund you within 30 days.”
    That is what support told me."), naming no document ("That is what the terms say." keeps it the document's)."""
    rest = text[quote.close_mark + 1 : quote.close_mark + 1 + MAX_NEXT_CHARS].split("\n", 1)[0]
    sentence = _NEXT_STOP.split(rest.lstrip(SENTENCE_END_MARKS + " "), maxsplit=1)[0]
    if not sentence.strip() or document_mentions(sentence, page):
        return False
    return someone_speaks(sentence) or bool(others(sentence, []))


def restated_on(text: str, previous: Quote, quote: Quote, page: Page) -> bool:
    """Whether `quote`, a fragment ending the writer's sentence after the one that holds the document's quotation
    `previous`, restates what the document allows or requires in the document's words."""
    if quote.open_mark - previous.close_mark > MAX_RESTATED_CHARS:
        return False
    quoted = text[quote.start : quote.end]
    if len(words(quoted)) < MIN_FRAGMENT_WORDS or in_poster_voice(quoted) or idiom(quoted):
        return False
    if role_pattern("legal_consequence").match(quoted):
        # "The company may soon “face a class action”.": what may befall it, no clause (revtos40).
        return False
    if quoted.rstrip().endswith(("?", "？", "!", "！")) or not _ends_sentence(text, quote):
        return False
    between = unquoted(text[previous.close_mark + 1 : quote.open_mark])
    lead = last_sentence(between)
    if lead.strip() == between.strip() or lead.rstrip().endswith((":", "：")):
        return (
            False  # the same sentence as the document's quotation (tos_continued), or a colon that leads in
        )
    if role_pattern("restating_modal").search(lead) is None:
        return False
    if someone_speaks(between) or others(between, []) or law_name_pattern().search(lead):
        return False  # "A lawyer said the company can now “…”": the lawyer's words
    if any(role_pattern(role).search(lead) for role in _PUBLIC):
        return False
    return not spoken_after(text, quote.close_mark + 1)


def _opens_sentence(between: str) -> bool:
    """Whether the text between the two quotations leaves the second opening a sentence: it ends on a full stop, a
    question or an exclamation mark (after the first quotation's own stop, or the reaction's)."""
    stripped = between.strip()
    return not stripped or stripped.endswith(tuple(SENTENCE_END_MARKS))


def _ends_sentence(text: str, quote: Quote) -> bool:
    """Whether a quotation ends its sentence: with its own stop inside the marks, or one right after them."""
    if text[quote.start : quote.end].rstrip().endswith(tuple(SENTENCE_END_MARKS)):
        return True
    after = text[quote.close_mark + 1 : quote.close_mark + 2]
    return after in ("", "\n") or after in SENTENCE_END_MARKS
