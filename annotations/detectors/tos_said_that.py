"""A quotation inside what someone else said the document holds: "A spokesperson said that the updated policy
contains “only the usual rules”", "The company insisted the new terms were “nothing out of the ordinary”".

The document is the subject of a clause reported after a verb of saying whose own subject is the company or one who
speaks for it (a spokesperson, an executive, its lawyer): the quotation is that speaker's account of the terms, not their wording
(GUIDELINES: statements by spokespeople and the company's explanations of its terms do not count, even where they
repeat terms wording). Critics, a regulator or a complaint that say the policy "promised" "…" are no such speaker:
they cite the document.
"""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_added_piece import added_piece
from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["said_that"]

# How much text before a quotation is read for its sentence: a hostile sentence is not read whole.
MAX_LEAD_CHARS = 300
# Words that may stand between the verb of saying and the document it reports on: "said on Monday that the".
MAX_GAP_WORDS = 5


def said_that(text: str, quote: Quote, page: Page) -> bool:
    """Whether the quotation's sentence reports, after a speaker's verb of saying, a clause whose subject is the
    document ("A spokesperson said that the updated policy contains “…”")."""
    lead = last_sentence(text[max(0, quote.open_mark - MAX_LEAD_CHARS) : quote.open_mark])
    if role_pattern("reporting_subject").search(lead) is None:
        return (
            False  # most quotations: no speaker of the company's side in their sentence, nothing more to read
        )
    mentions = document_mentions(lead, page)
    if not mentions:
        return False
    head = lead[: mentions[0].start]
    subject = _speaking_subject(head)
    if subject is None:
        return False
    verbs = role_pattern("reporting_verb").finditer(head[subject.end() :])
    if not verbs:
        return False
    verb = (subject.end() + verbs[-1].start(), subject.end() + verbs[-1].end())
    if added_piece(lead, verb, mentions[0]):
        return False  # "the company added a new sentence: “…”": the piece, not a statement
    gap = head[verb[1] :]
    if "," in gap or role_pattern("new_clause").search(gap):
        return False  # "“Trust us,” the chief executive said, while the policy lets …": a new clause of the writer's
    return len(words(gap)) <= MAX_GAP_WORDS


def _speaking_subject(head: str) -> re.Match[str] | None:
    """The first speaker of the company's side in `head` that opens its clause, as the subject of what follows: after
    nothing but names and small words ("A Quillo spokeswoman", "In a statement, the company"); not one that is
    sued, contacted or criticised ("Users who sued the company said", "Critics of the firm argue")."""
    for subject in role_pattern("reporting_subject").finditer(head):
        opening = head[head.rfind(",", 0, subject.start()) + 1 : subject.start()]
        if all(_opens_clause(word) for word in opening.split()):
            return subject
    return None


def _opens_clause(word: str) -> bool:
    """A word that may stand before a clause's subject: a name or a capital that opens the sentence, or a small word
    ("a", "the", "and", "but")."""
    return word[0].isupper() or word.casefold() in role_phrases("speaker_opening_word")
