"""The document's past words after a quotation that opens its sentence: "X's privacy policy said there were cases when
data could be sold. “We may share, sell, or transfer …,” it stated." In news "it said" after a quotation tells of a
company's statement more often ("“We take privacy seriously,” it said"), so the pronoun stands for the document only
when the sentence right before opens on it as its subject (GUIDELINES: text quoted from the terms, as the article
presents it; statements by the company do not count)."""

from __future__ import annotations

import re

from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_clause_context import back, others
from annotations.detectors.tos_mentions import Mention, Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["past_document_trail"]

# Words besides those of its version that may stand before the document opening a sentence as its subject: "But X's".
MAX_WORDS_BEFORE_SUBJECT = 2
# An owner's name in the possessive: "X's", "Quillo’s", "users'".
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


def past_document_trail(right: str, earlier: list[str], page: Page) -> Source | None:
    """The document a pronoun and a past verb right after a quotation (`right`, role past_document_trail: "…,” it
    stated") stand for: the one the last sentence before (of `earlier`) opens on, with nobody named after the verb."""
    found = role_pattern("past_document_trail").search(right)
    if found is None or words(right[: found.start()]) or others(right[found.end() :], []) or not earlier:
        return None
    sentence = earlier[-1]
    mentions = document_mentions(sentence, page)
    if not mentions or not _opens_on(sentence, mentions[0]):
        return None  # "Quillo defended its privacy policy. “…,” it said": the company
    return back([sentence], page)


def _opens_on(sentence: str, mention: Mention) -> bool:
    """Whether the document at `mention` is the subject `sentence` opens on: before it only words of its version right
    before its name ("The updated"), after an owner's name or small words ("X's", "But its"); never a verb ("Quillo
    defended its", "Quillo updated its")."""
    before = words(sentence[: mention.start])
    while before and before[-1].casefold() in role_phrases("subject_version_word"):
        before.pop()
    return len(before) <= MAX_WORDS_BEFORE_SUBJECT and all(
        word.casefold() in role_phrases("speaker_opening_word") or _POSSESSIVE.search(word) is not None
        for word in before
    )
