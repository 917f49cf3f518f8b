"""What the text around a quotation holds, read alike by its lead (tos_attribution) and its trail
(tos_trail): where its clause starts, who else speaks there, whether a preposition governs a
document, and which document the sentences before hand on."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from annotations.detectors.base import sentence_at
from annotations.detectors.memo import last_answer
from annotations.detectors.quotes import find_quotes
from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_mentions import Mention, Page, Source, company, document_mentions
from annotations.detectors.tos_vocabulary import flagged_phrases, role_pattern, role_phrases

__all__ = [
    "CLAUSE_BREAK",
    "MAX_BACK_SENTENCES",
    "MAX_CLAUSE_CHARS",
    "SENTENCE_END_MARKS",
    "back",
    "back_lead",
    "clause_start",
    "coordinated",
    "governed",
    "head_elsewhere",
    "headline_binds",
    "others",
    "poster_speaks",
]

# Words between a preposition and the document it governs: "in its updated privacy policy".
MAX_WORDS_AFTER_PREPOSITION = 3
# Sentences a pronoun or a connective may reach back to find its document.
MAX_BACK_SENTENCES = 2
# How much of a quotation's sentence is read before it for its lead and after it for its trail: real
# leads run to 500 characters; a sentence of thousands of quotations is not read whole for each.
MAX_CLAUSE_CHARS = 1_000
# The marks that end a sentence, the full-width ones of Chinese and Japanese too: one spelling for every module that
# looks for a sentence's end (tos_bound, tos_quotative, tos_closing_speaker).
SENTENCE_END_MARKS = ".!?。！？"
# What ends a clause besides a sentence's end: a CJK full stop or a line break.
CLAUSE_BREAK = re.compile(r"[。！？\n]")


def others(text: str, mentions: list[Mention]) -> list[int]:
    """Where someone else speaks in `text` (a person, a statement, a speaker verb's phrase), outside documents."""
    spans = sorted((mention.start, mention.end) for mention in mentions)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # the farthest end of the spans so far
    found = []
    for match in role_pattern("other_source").finditer(text):
        if not poster_speaks(text, match) or receives(text, match):
            continue  # "Under the terms, one reviewer per listing may “…”": a clause's words
        index = bisect_right(starts, match.start()) - 1  # spans starting at or before the match
        if index < 0 or reach[index] <= match.start():
            # A phrase that holds a document speaks after it: "The newsletter about the new terms said:".
            inner = bisect_left(starts, match.end()) - 1
            found.append(reach[inner] if inner > index and reach[inner] <= match.end() else match.start())
    return found


def poster_speaks(text: str, match: re.Match[str]) -> bool:
    """Whether another source's word found in `text` speaks: any but a poster (`poster` in the vocabulary), and a
    poster only as the speaker, before a verb of saying or a colon that ends `text` ("One commenter joked:", "As one
    Reddit user put it:", "The top comment on Reddit:"); not in a clause ("If another user reports your account,
    Kudipay may", "commenters must")."""
    if match.group().casefold() not in flagged_phrases("other_source", "poster"):
        return True
    rest = text[match.end() :].rstrip()
    return role_pattern("speaker").search(text, match.end()) is not None or rest.endswith((":", "："))


# "to" or "with" and at most two words before a person the document hands something to: "to federal officials".
_TO_RECIPIENT = re.compile(r"\b(?:to|with)[ \t]+(?:[\w'’-]+[ \t]+){0,2}$", re.IGNORECASE)
MAX_RECIPIENT_LEAD_CHARS = 40


def receives(text: str, match: re.Match[str]) -> bool:
    """Whether people found in `text` (an entry flagged `recipient`) only receive what the document hands over, with
    no verb of saying after them: "may disclose your health information to federal officials “…”"."""
    if match.group().casefold() not in flagged_phrases("other_source", "recipient"):
        return False
    lead = _TO_RECIPIENT.search(text, max(0, match.start() - MAX_RECIPIENT_LEAD_CHARS), match.start())
    return lead is not None and role_pattern("speaker").search(text, match.end()) is None


def someone_speaks(text: str) -> bool:
    """Whether anyone but a document speaks in `text`: a verb of saying, or a person or a statement named."""
    return (
        role_pattern("speaker").search(text) is not None
        or role_pattern("other_source").search(text) is not None
    )


def asks(text: str) -> bool:
    """Whether `text` ends on a question mark (a full-width one too)."""
    return text.rstrip().endswith(("?", "？"))


_PHRASE_BREAK = re.compile(r"[,;:，、；：]")


def governed(before: str, role: str = "document_preposition") -> bool:
    """Whether a preposition (of `role`) governs the document that follows `before`: "in its updated"."""
    for match in role_pattern(role).finditer(before[-60:]):
        rest = before[-60:][match.end() :]
        # "In our view, the clause is “…”": a comma closes the preposition's phrase before the document; "Under fire
        # over its terms": another preposition makes the document the topic of the phrase's noun.
        if (
            len(words(rest)) <= MAX_WORDS_AFTER_PREPOSITION
            and not _PHRASE_BREAK.search(rest)
            and not role_pattern("topic_preposition").search(rest)
        ):
            return True
    return False


@last_answer  # a quotation's lead is read by several checks in turn (general_lead, lead, trail), from one mark
def clause_start(text: str, position: int, bounds: list[tuple[int, int]]) -> int:
    """Where the sentence holding `position` starts (a CJK full stop or a line break also ends one), at most
    MAX_CLAUSE_CHARS before it."""
    start = max(bounds[sentence_at(bounds, position)][0], position - MAX_CLAUSE_CHARS)
    breaks = [match.end() for match in CLAUSE_BREAK.finditer(text, start, position)]
    return max([start, *breaks])


def coordinated(gap: str) -> bool:
    """Whether the words before a verb only join it to the clause before: "and", "then"."""
    said = [word.casefold() for word in words(gap)]
    return bool(said) and all(word in role_phrases("continuation") for word in said)


def back(earlier: list[str], page: Page) -> Source | None:
    """The document of the nearest sentence before that names one, through sentences that point back."""
    for sentence in reversed(earlier):
        mentions = document_mentions(sentence, page)
        if mentions:
            # The clause a sentence quotes speaks of "support" or "a statement" as often as anyone does.
            found = others(_unquoted(sentence), mentions)
            return (
                None
                if any(p >= mentions[-1].end for p in found)
                else Source(mentions[-1].name, company(sentence))
            )
        # A sentence between that gives the floor to someone else breaks the chain; a plain one
        # ("Most of it is standard.") does not.
        if someone_speaks(sentence):
            return None
    return None


def back_lead(left: str) -> bool:
    """Whether the sentence before a quotation opens with no subject of its own and goes on with the document the
    sentences before name (role back_lead: "Among the data it collects:", "Compromete-se a", "Demnach"), with nobody
    else speaking in it: no other source, nor a speaker's "según la Profeco", "segundo o Procon"."""
    return (
        role_pattern("back_lead").match(left.lstrip()) is not None
        and not others(left, [])
        and role_pattern("speaker").search(left) is None
    )


def _unquoted(text: str) -> str:
    """`text` with what its quotation marks enclose blanked out, offsets kept."""
    for quote in find_quotes(text):
        text = text[: quote.start] + " " * (quote.end - quote.start) + text[quote.end :]
    return text


_HEADLINE_TERMS = re.compile(r"(?:Novos|Novas|Nuevos|Nuevas|Nuovi|Nuove)\s")
_HEADLINE_QUOTE_CHARS = 300  # how much of a headline's quotation is read for binding words
_CLOSING = re.compile('[”»"“«]')


def headline_binds(left: str, mentions: list[Mention], text: str, position: int) -> list[Mention]:
    """`mentions` without a headline's bare new terms ("Novos termos do Papo:") when the quotation opening at
    `position` of `text` does not bind as terms do (roles terms_binding, headline_binding): a headline's quotation is as
    often a critic's ("Novos termos do Papo: “um absurdo”", "Nuovi termini di Lumo: «una vergogna per gli utenti»")."""
    headed = [mention for mention in mentions if _HEADLINE_TERMS.match(left, mention.start)]
    if not headed:
        return mentions
    # Read within a window: a search for the closing mark to the text's end, for each quotation, is quadratic.
    quoted = _CLOSING.split(text[position + 1 : position + 1 + _HEADLINE_QUOTE_CHARS], maxsplit=1)[0]
    if role_pattern("terms_binding").search(quoted) or role_pattern("headline_binding").match(
        quoted.lstrip()
    ):
        return mentions
    return [mention for mention in mentions if mention not in headed]


_HEAD_REACH = 60  # characters after an earlier head noun where the document it names stands


def head_elsewhere(earlier: str, pointing: str) -> bool:
    """Whether an Indonesian pointing phrase ("Aturan baru itu", "Kebijakan baru tersebut") last stood for something
    other than a document: its head noun, nearest before, names none ("Kominfo menerbitkan aturan baru soal moderasi
    konten. Aturan baru itu …"): the nearest named source wins."""
    said = pointing.split()
    if len(said) < 2 or said[-1].casefold() not in role_phrases("head_last_pointer"):
        return False
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(said[0])}(?!\w)", earlier, re.IGNORECASE)]
    if not found:
        return False
    return not document_mentions(earlier[found[-1] : found[-1] + _HEAD_REACH], named_only=True)
