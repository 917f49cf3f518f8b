"""Guards on a lead that would hand a quotation to a document, for tos_attribution: the writer's own reading of a
clause ("In plain English, clause 9 means:"), a purpose someone gives for a change ("the clause had been added to “…”"), and a company's past statement after a sentence about what it did to its
document ("Nuvo published new terms on Monday. It promised users “…”"); and what outranks them, the document as the
subject of its own verb in the quotation's clause ("Kelvo's acceptable use policy bans any content intended to “…”").
"""

from __future__ import annotations

import re

from annotations.detectors.base import sentence_bounds
from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_clause_context import MAX_CLAUSE_CHARS, SENTENCE_END_MARKS, clause_start
from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = [
    "company_said",
    "document_leads",
    "document_speaks",
    "purpose_given",
    "received_message",
    "writers_reading",
]

# How much of the lead's end is read for a purpose ("had been added to allow it to potentially use "): the longest
# such phrase.
MAX_PURPOSE_CHARS = 110
# How far after a quotation another source that takes it is read ("…”, according to a support statement").
MAX_SOURCE_AFTER_CHARS = 80
# The end of the quotation's sentence: a source named after it takes no part in this one.
_SENTENCE_STOP = re.compile(rf"[{re.escape(SENTENCE_END_MARKS)}]\s|\n")
# The closing mark of a quotation around this one, right after its own ("…,’”"): what follows is the outer one's.
_OUTER_CLOSE = re.compile(r"[,.;:!?]?[”»\"」』]")
# Words between a document and its own verb ("Nuvo's terms now say"): adverbs only.
MAX_WORDS_TO_OWN_VERB = 2
# Words before a verb that make it a passive or a perfect ("had been added"): then the document is no speaker.
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "had", "have"})
# The pronouns that, opening a sentence, may stand for the company just named.
_PRONOUNS = ("It", "They", "it", "they")
_CLAUSE_MARKS = frozenset(",;:()")
# The possessive ending of a company's name joined to the document after it ("Kelvo's privacy policy").
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def document_speaks(left: str, page: Page) -> bool:
    """Whether a document named in `left` (the quotation's clause) is the subject of its own verb of saying, holding
    or forbidding, a few adverbs at most between them: "Kelvo's terms now say it may", "the policy bans any content
    intended to". Not a passive ("the clause had been added to"), nor a verb after an aside ("The new terms, Nuvo
    says, were designed to")."""
    verbs = role_pattern("doc_verb")
    for mention in document_mentions(left, page):
        verb = verbs.search(left, mention.end)
        if verb is None or verb.group().casefold() in _AUXILIARIES:
            continue  # "the clause had first been added to": an auxiliary, no verb of the document's
        gap = left[mention.end : verb.start()]
        between = [word.casefold() for word in words(gap)]
        if (
            len(between) <= MAX_WORDS_TO_OWN_VERB
            and not _CLAUSE_MARKS.intersection(gap)
            and not _AUXILIARIES.intersection(between)
        ):
            return True
    return False


def document_leads(text: str, opening: int, closing: int, page: Page) -> bool:
    """Whether the clause before the quotation (its marks at `opening` and `closing`) has the document speak ("Kelvo's
    terms now say it may “…”, the company confirmed"): the document's verb outranks a speaker after the quotation, who
    only vouches for what the document says. Not when another source is named after it ("…”, according to a support
    statement"): the claim is that source's, unless it is a record that quotes the document as evidence ("…”, the
    decision notes"; role quoting_record), or unless the quotation is nested in another that closes right after it ("“The
    agreement states that ‘…,’” the company wrote"): that source speaks the outer quotation, and the document the inner
    one. Read in the clause's reach only, so many quotations cost no more."""
    window = text[max(0, opening - MAX_CLAUSE_CHARS) : opening]
    left = window[clause_start(window, len(window), sentence_bounds(window)) :] if window else ""
    if not document_speaks(left, page):
        return False
    if _OUTER_CLOSE.match(text, closing + 1):
        return True  # "“… the agreement states that ‘…,’” the company wrote": the source after is the outer one's
    after = _SENTENCE_STOP.split(text[closing + 1 : closing + 1 + MAX_SOURCE_AFTER_CHARS], maxsplit=1)[0]
    # "…”, the decision notes": a ruling or a complaint that quotes the document as evidence only vouches for it.
    return all(
        source.group().casefold() in role_phrases("quoting_record")
        for source in role_pattern("other_source").finditer(after)
    )


def purpose_given(left: str, page: Page) -> bool:
    """Whether the lead ends on a purpose someone gives ("Nuvo said the clause had been added to", "Elles ont été
    conçues pour"): what the change is for, not its wording. Not when the document itself speaks in the clause and
    the purpose is in its wording ("the terms forbid accounts created to “…”", "the policy says the tracking is
    designed to “…”")."""
    purpose = role_pattern("purpose_lead").search(left[-MAX_PURPOSE_CHARS:])
    if purpose is None or document_mentions(purpose.group(), page):
        return False  # not "a line was added to allow users of the terms of service": the document, named after it
    return not document_speaks(left, page)


def company_said(said: str, rest: str, sentence: str, page: Page) -> bool:
    """Whether a pronoun's verb is a past-tense statement (`rest`: "promised users", "said users would") after a
    `sentence` whose subject is a company acting on the document ("Nuvo published new terms on Monday."): the pronoun
    is the company, and what it said a statement, not the document's wording. Only a pronoun that opens its
    sentence (`said`, the sentence up to the quotation; "Until then, it said" looks back at the document's old
    wording), and not when the sentence's
    subject is the document a company's possessive is joined to ("Kelvo's privacy policy was rewritten in March.")."""
    verb, subject = words(rest)[:1], words(said)[:1]
    if (
        not subject
        or subject[0] not in _PRONOUNS
        or not verb
        or verb[0].casefold() not in role_phrases("past_statement")
    ):
        return False
    opening = words(sentence)[:1]
    if not opening or not opening[0][:1].isupper() or opening[0].casefold() in role_phrases("determiner"):
        return False
    mentions = document_mentions(sentence, page)
    first_end = sentence.find(opening[0]) + len(opening[0])
    if not mentions or mentions[0].start <= first_end:
        return False
    return not (opening[0].endswith(_POSSESSIVE_ENDS) and not sentence[first_end : mentions[0].start].strip())


def writers_reading(left: str) -> bool:
    """Whether the lead gives what follows as the writer's or a speaker's reading of a clause ("clause 9 means:"), or
    announces a plain-language reading with no document's verb after it: "In plain English, the deal is simple:", but
    not "In plain English, the policy says" or "Im Klartext sagen die AGB:"."""
    if role_pattern("gloss").search(left) or role_pattern("summary_hedge").search(left):
        return True  # "clause 9 means:", "The policy basically says “…”"
    phrases = role_pattern("plain_language").finditer(left)
    return bool(phrases) and role_pattern("doc_verb").search(left, phrases[-1].end()) is None


def received_message(lead: str, page: Page | None = None) -> bool:
    """Whether a lead-in gives what follows as a message someone received ("I found the following in my inbox …, after
    its terms of service changed:", "Got this email today:": role received_message), with no document named before
    those words as the sentence's subject ("The new terms, which landed in my inbox, say:" hands over to them)."""
    found = role_pattern("received_message").search(lead)
    return found is not None and not document_mentions(lead[: found.start()], page)


def framed_by_other(left: str) -> bool:
    """Whether the sentence that leads to a quotation opens with a frame naming another source ("In its FAQ,", "In a
    blog post,": role source_frame): its quotations are that source's."""
    return role_pattern("source_frame").search(left) is not None
