"""Whose words a quotation is: a terms document's, as the sentence around it presents them, or not.

A quotation is the document's when the text before it names the document and hands over to it
(the document is the subject of a verb of saying or holding, or a preposition puts the quote
inside it) with nobody else speaking in between; or when the text after it names the document
that way ("…”, stated clause 6.3"). A sentence that opens with a pronoun or a connective ("It
also says", "Y aclara") goes on with the sentence before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from annotations.detectors.base import sentence_at, sentence_bounds
from annotations.detectors.quotes import find_quotes
from annotations.detectors.tos_attribution_words import after_subject, names_document, piece_of_other, words
from annotations.detectors.tos_mentions import Mention, Page, Source, company, document_mentions
from annotations.detectors.tos_vocabulary import (
    is_cjk,
    law_name_pattern,
    part_link,
    role_pattern,
    role_phrases,
)

# What the other terms-quote modules read from here: the document mentions, and the attribution.
__all__ = ["Page", "Source", "company", "document_mentions", "lead", "spoken_after", "takes_floor", "trail"]

# Words between a document and the verb it is the subject of: "The policy, attached as an
# exhibit, says", "the wording of its privacy policy over the weekend and switched".
MAX_WORDS_TO_VERB = 8
# Words between a preposition and the document it governs: "in its updated privacy policy".
MAX_WORDS_AFTER_PREPOSITION = 3
# Sentences a pronoun or a connective may reach back to find its document.
MAX_BACK_SENTENCES = 2
# Words after a quote before the document that owns it: "…”, explica Charla en su política".
MAX_WORDS_TO_DOCUMENT_AFTER = 6
# Words after a quote before the verb of the one who said it: "…," the company's chief said.
MAX_WORDS_TO_SPEAKER = 4
# How far back a pointing word's noun is looked for, and how close before it another source must be.
MAX_EARLIER_CHARS = 600
# Words between the users a company speaks of and the quotation: "users grant it a “…”".
MAX_WORDS_TO_QUOTE = 8
MAX_ANTECEDENT_CHARS = 20
# How much of a quotation's sentence is read before it for its lead and after it for its trail: real
# leads run to 500 characters; a sentence of thousands of quotations is not read whole for each.
MAX_CLAUSE_CHARS = 1_000
# How many documents named before a quotation are read, nearest first, for the one that hands over to
# it (real leads name three at most); each is read with the whole text before it.
MAX_MENTIONS_READ = 12
_CLOSING_MARKS = '”»"’」』'
_CLAUSE_BREAK = re.compile(r"[。！？\n]")
_CJK_STOPS = ("。", "！", "？")
# A bracketed note by the writer right after a quotation: "(emphasis added)", "[sic]"; no speaker.
_EDITORIAL_NOTE = re.compile(r"^[,.;]?[ \t]*[(\[][^()\[\]\n]{0,40}[)\]]")
_PARENTHETICAL = re.compile(r",[^,.;:!?]{1,60},")


def _others(text: str, mentions: list[Mention]) -> list[int]:
    """Where someone else speaks in `text` (a person, a statement, a speaker verb's phrase), outside documents."""
    spans = sorted((mention.start, mention.end) for mention in mentions)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # the farthest end of the spans so far
    found = []
    for match in role_pattern("other_source").finditer(text):
        index = bisect_right(starts, match.start()) - 1  # spans starting at or before the match
        if index < 0 or reach[index] <= match.start():
            found.append(match.start())
    return found


def _verb_follows(after: str) -> bool:
    """Whether a verb of the document comes within a few words of it (asides between commas skipped)."""
    aside = _PARENTHETICAL.sub(" ", after, count=1) if after.lstrip().startswith(",") else after
    verb = role_pattern("doc_verb").search(aside)
    if verb is None and aside is not after:
        verb = role_pattern("doc_verb").search(after)  # the aside held the verb: "In section 2, it now says,"
    else:
        after = aside
    if verb is None:
        return False
    gap = after[: verb.start()]
    if is_cjk(gap):
        return verb.start() <= MAX_WORDS_TO_VERB * 3
    # Another clause between them has its own subject: "The policy is vague, but the firm said";
    # not a pronoun that picks the document up again: "found the policy too, it says".
    resumed = role_pattern("resumed_subject").search(gap)
    gap = gap[: resumed.start()] if resumed else gap
    # The verb goes with the gap: ", Zentri said" is a new subject's verb.
    clause = gap + after[verb.start() : verb.end()]
    return (
        len(words(gap)) <= MAX_WORDS_TO_VERB
        and not role_pattern("new_clause").search(gap)
        and not role_pattern("named_speaker").search(clause)
    )


def _governed(before: str) -> bool:
    """Whether a preposition governs the document that follows `before`: "in its updated"."""
    for match in role_pattern("document_preposition").finditer(before[-60:]):
        if len(words(before[-60:][match.end() :])) <= MAX_WORDS_AFTER_PREPOSITION:
            return True
    return False


def _postposed(after: str) -> bool:
    """A particle right after a document in Chinese or Japanese: プライバシーポリシーでは."""
    match = role_pattern("document_postposition").match(after)
    return match is not None


def _linked(left: str, mention: Mention) -> bool:
    """Whether the document at `mention` hands over to what follows it in `left`."""
    after = left[mention.end :]
    # "In its policy, the firm may “…”", but not "whether a clause in the terms is valid, they ask
    # whether a “…”": the quote belongs to the clause the preposition opens.
    governed = _governed(left[: mention.start]) and not role_pattern("new_clause").search(after)
    if governed or _postposed(after) or _verb_follows(after):
        return True
    # "switching the wording from “…”": nothing but a linking word between the document and the quote.
    if after.strip().casefold() in role_phrases("document_link"):
        return True
    # "The new terms of use are blunt: …" — a colon a few words after the document.
    colon = after.find(":")
    if colon < 0 or len(words(after[:colon])) > MAX_WORDS_TO_VERB:
        return False
    # Not "The updated terms prompted one user to write:": someone else says what follows.
    lead_in = after[:colon]
    return not any(role_pattern(role).search(lead_in) for role in ("speaker", "new_clause", "named_speaker"))


def _spoken_of(left: str, mention: Mention) -> bool:
    """Whether someone speaks of the document before it: "the minister said the policy would"."""
    before = left[: mention.start]
    return bool(role_pattern("other_source").search(before) and role_pattern("speaker").search(before))


def _clause_start(text: str, position: int, bounds: list[tuple[int, int]]) -> int:
    """Where the sentence holding `position` starts (a CJK full stop or a line break also ends one), at most
    MAX_CLAUSE_CHARS before it."""
    start = max(bounds[sentence_at(bounds, position)][0], position - MAX_CLAUSE_CHARS)
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, start, position)]
    return max([start, *breaks])


def _opens_with_reference(sentence: str) -> bool:
    """Whether a sentence goes on with the subject of the one before: "It says", "Y aclara", "Another"."""
    found = words(sentence)
    if not found:
        return False
    if role_pattern("change_subject").match(sentence.lstrip()):
        return True  # "The changes make it clear that …": the changes of the document named before
    first = re.split(r"['’]", found[0])[0].casefold()
    if first in role_phrases("back_reference") or first in role_phrases("continuation"):
        return True
    # A connective of several words: "En outre, il est prévu que …", "In addition, it says".
    return role_pattern("continuation").match(sentence.lstrip()) is not None


def _points_elsewhere(earlier: str, noun: str) -> bool:
    """Whether a pointing word's noun last stood for something else: "the pop-up notice … The notice"."""
    found = [match.start() for match in re.finditer(rf"\b{re.escape(noun)}\b", earlier, re.IGNORECASE)]
    if not found:
        return False
    window = earlier[max(0, found[-1] - MAX_ANTECEDENT_CHARS) : found[-1] + len(noun)]
    near = len(window) - len(noun) - 1
    other = any(match.end() >= near for match in role_pattern("other_source").finditer(window))
    return other and not document_mentions(window)


def _points_to_law(earlier: str, noun: str) -> bool:
    """Whether a pointing word ("the provision", "the text") stands for a law named after the last document."""
    if noun.casefold() not in role_phrases("law_pointable"):
        return False
    laws = [match.end() for match in law_name_pattern().finditer(earlier)]
    if not laws:
        return False
    named = document_mentions(earlier[laws[-1] :], named_only=True)
    return not named


def _from_left(left: str, mentions: list[Mention], earlier: str = "") -> Source | None:
    """The document `left` hands over to, when nobody else speaks between it and the end.

    `mentions` are the documents `left` names; `earlier` is the text of the unit before `left`,
    where a pointing word's noun may have stood for something other than a document.
    """
    if not mentions:
        return None
    mentions = _parts_joined(left, mentions)
    others = _others(left, mentions)
    # The nearest document that hands over wins; one named later that does not ("Its terms of use
    # state in the third paragraph that") gives way to it when its verb comes first.
    ends = [mention.start for mention in mentions[1:]] + [len(left)]
    last_other = max(others, default=-1)
    for mention, end in reversed(list(zip(mentions, ends, strict=True))[-MAX_MENTIONS_READ:]):
        if last_other >= mention.end:
            return None
        if mention.noun and _points_elsewhere(earlier + left[: mention.start], mention.noun):
            continue
        if mention.noun and _points_to_law(earlier + left[: mention.start], mention.noun):
            continue  # "… under the Australian Consumer Law. The relevant provision says:"
        if mention.noun and role_pattern("foreign_context").search(left[: mention.start]):
            continue  # "Under the settlement, the agreement requires …"
        if mention.noun and piece_of_other(left, mentions, mention, others):
            continue  # "Its help page sums it up in one line:"
        spoken = _spoken_of(left, mention) and not _verb_follows(left[mention.end :])
        linked = _linked(left, mention) if end == len(left) else _verb_follows(left[mention.end : end])
        if linked and not spoken:
            return (
                None
                if _floor_taken(left[mention.end :])
                else Source(mention.name, company(left[: mention.end]))
            )
    return None


def _parts_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """A numbered part and the document it is of ("section 9.2 of the new terms", "Ziffer 9.2 der
    neuen AGB") as one mention: the words before the part ("In …") lead to the document."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if last is not None and part_link().fullmatch(text, last.end, mention.start):
            joined[-1] = Mention(last.start, mention.end, mention.name, mention.noun)
        else:
            joined.append(mention)
    return joined


def _floor_taken(after: str) -> bool:
    """Whether, after a quotation the document's verb led to, someone else takes the floor:
    "The policy says “…”, and the company insists “…”", "… and critics called it “…”"."""
    close = max(after.rfind(mark) for mark in _CLOSING_MARKS)
    if close < 0:
        return False
    stretch = after[close + 1 :]
    return takes_floor(stretch) or role_pattern("naming_verb").search(stretch) is not None


def lead(
    text: str, position: int, page: Page, before: str = "", fallback: Source | None = None
) -> Source | None:
    """The document whose words start at `position` of `text`, by the text before it.

    `before` is the paragraph before `text`, which a sentence opening with "It" or "And" may
    reach back into; `fallback` is the document a pronoun opening a comment stands for ("They
    say “…”" under a thread about the terms).
    """
    if position == len(text) and text.endswith(_CJK_STOPS):
        position -= 1  # the lead-in's own full stop ends its sentence: "…規約には、次の一文がある。"
    bounds = sentence_bounds(text)
    start = _clause_start(text, position, bounds)
    left = text[start:position]
    mentions = document_mentions(left, page)
    found = _from_left(left, mentions, text[max(0, start - MAX_EARLIER_CHARS) : start])
    if found is not None or mentions:
        return found
    if fallback is not None and not text[:position].strip():
        return _comment_opening(text, position, fallback)
    if not _opens_with_reference(left):
        return _company_voice(left, page)
    # A pronoun or connective subject: the verb is in this sentence, the document before it.
    rest = after_subject(left)
    if _others(left, []) or rest is None or not _verb_follows(" " + rest):
        return None
    index = sentence_at(bounds, start)
    earlier = [text[s:e] for s, e in bounds[max(0, index - MAX_BACK_SENTENCES) : index]]
    if len(earlier) < MAX_BACK_SENTENCES and before:
        reach = MAX_BACK_SENTENCES - len(earlier)
        earlier = [before[s:e] for s, e in sentence_bounds(before)[-reach:]] + earlier
    if not earlier and not text[:start].strip():
        return fallback
    return _back(earlier, page)


def _comment_opening(text: str, position: int, fallback: Source) -> Source | None:
    """The document a thread is about, for a comment that opens with a quotation in the voice of
    terms, the company speaking or binding ("“we may keep your drafts” — so deleting does nothing"): a poster quoting the document
    under discussion, not a quip or another poster ("“you can't be serious”" is neither)."""
    ends = [index for mark in _CLOSING_MARKS if (index := text.find(mark, position + 1)) > 0]
    quoted = text[position + 1 : min(ends)] if ends else text[position + 1 :]
    if role_pattern("first_person").search(quoted):
        return None
    binding = role_pattern("document_voice").search(quoted) or role_pattern("clause_modal").search(quoted)
    return fallback if binding is not None else None


def _company_voice(left: str, page: Page) -> Source | None:
    """The document the page is about, when its company says in the present tense what users grant or
    must do and the quotation follows: "Kestrel now says users grant it “…”"."""
    if page.topic is None:
        return None
    voice = role_pattern("company_voice").search(left)
    if voice is None or _others(left, []) or role_pattern("speaker").search(left[: voice.start()]):
        return None  # "Critics say users must accept “…”": the critics' words
    gap = left[voice.end() :]
    if len(words(gap)) > MAX_WORDS_TO_QUOTE or role_pattern("new_clause").search(gap):
        return None
    if role_pattern("naming_verb").search(gap):
        return None  # "Kestrel says users can opt out, calling it “a clarification”"
    return Source(page.topic.document, company(left[voice.start() :]) or page.topic.company)


def _back(earlier: list[str], page: Page) -> Source | None:
    """The document of the nearest sentence before that names one, through sentences that point back."""
    for sentence in reversed(earlier):
        mentions = document_mentions(sentence, page)
        if mentions:
            # The clause a sentence quotes speaks of "support" or "a statement" as often as anyone does.
            others = _others(_unquoted(sentence), mentions)
            return (
                None
                if any(p >= mentions[-1].end for p in others)
                else Source(mentions[-1].name, company(sentence))
            )
        # A sentence between that gives the floor to someone else breaks the chain; a plain one
        # ("Most of it is standard.") does not.
        if _others(sentence, []) or role_pattern("speaker").search(sentence):
            return None
    return None


def _unquoted(text: str) -> str:
    """`text` with what its quotation marks enclose blanked out, offsets kept."""
    for quote in find_quotes(text):
        text = text[: quote.start] + " " * (quote.end - quote.start) + text[quote.end :]
    return text


def spoken_after(text: str, position: int) -> bool:
    """Whether a speaker takes the quotation ending at `position`: "…," said Ibarra; "…," the firm said."""
    right = _EDITORIAL_NOTE.sub(lambda note: " " * len(note.group()), _right(text, position), count=1)
    speaker = role_pattern("speaker").search(right)
    if speaker is None or _impersonal(right):
        return False  # "…,” it says": whose it is, the sentences before decide (`trail`)
    gap = right[: speaker.start()]
    if len(words(gap)) > MAX_WORDS_TO_SPEAKER or role_pattern("new_clause").search(gap):
        return False
    if _coordinated(gap):
        return False  # "… to “…” and added “…”": the same subject goes on
    if document_mentions(gap, Page(True, None)):
        return False  # "…," the policy says, "…": the document is the one speaking
    # "…,” stated clause 7.2": a numbered part or a pointing word after the verb is the document too.
    mentions = document_mentions(right[speaker.end() :], Page(True, None))
    return not mentions or len(words(right[speaker.end() : speaker.end() + mentions[0].start])) > 2


def _coordinated(gap: str) -> bool:
    """Whether the words before a verb only join it to the clause before: "and", "then"."""
    said = [word.casefold() for word in words(gap)]
    return bool(said) and all(word in role_phrases("continuation") for word in said)


def takes_floor(stretch: str) -> bool:
    """Whether someone other than the subject before speaks in `stretch`: "and the firm insists"."""
    return any(
        not _coordinated(stretch[: match.start()]) for match in role_pattern("speaker").finditer(stretch)
    )


def _right(text: str, position: int) -> str:
    """The rest of the sentence after `position` (a CJK full stop or a line break also ends it), at most
    MAX_CLAUSE_CHARS of it."""
    bounds = sentence_bounds(text)
    end = min(bounds[sentence_at(bounds, min(position, len(text) - 1))][1], position + MAX_CLAUSE_CHARS)
    stop = _CLAUSE_BREAK.search(text, position, end)
    return text[position : stop.start() if stop else end]


def trail(text: str, position: int, page: Page, opening: int, before: str = "") -> Source | None:
    """The document named after a quotation that ends at `position`: "…”, stated clause 6.3"; or,
    after "…”, peut-on lire" or "…“, heißt es darin", the one the sentences before name.

    Not when the sentence before the quotation (from `opening`, its mark) already gives it to
    someone: "The FAQ says training is "opt-out", yet nothing in the terms says so". `before` is
    the paragraph before `text`.
    """
    bounds = sentence_bounds(text)
    start = _clause_start(text, opening, bounds)
    left = text[start:opening]
    if _others(left, []) or role_pattern("speaker").search(left):
        return None
    index = sentence_at(bounds, min(position, len(text) - 1))
    right = _right(text, position)
    mentions = document_mentions(right, page)
    if _impersonal(right):
        if mentions:  # "„…“, heißt es in den neuen AGB": the document is named after the attribution
            return Source(mentions[0].name, company(right))
        # The words before the quotation in its own sentence come last ("… policy. “…,” it says").
        return _back([*_sentences_before(text, start, before), left], page)
    if mentions:
        first = mentions[0]
        between = right[: first.start]
        if names_document(text[opening + 1 : position - 1], between) or between.startswith(("…", "...")):
            return None  # "배달앱 '바로배달' 약관", a headline's "“…?”…모아페이 약관": no wording
        if (
            not _others(between, [])
            and not role_pattern("new_clause").search(between)
            and len(words(between)) <= MAX_WORDS_TO_DOCUMENT_AFTER
            and (
                len(words(between)) <= 2
                or _governed(between)
                or role_pattern("doc_verb").search(between[-20:]) is not None
                or role_pattern("trailing_link").search(between) is not None
                or role_pattern("speaker").search(between[-20:]) is not None
            )
        ):
            return Source(first.name, company(right))
        return None
    if index + 1 < len(bounds):
        following = text[bounds[index + 1][0] : bounds[index + 1][1]]
        if role_pattern("passage_reference").match(following):
            found = document_mentions(following, page)
            if found:
                return Source(found[0].name, company(following))
    return None


def _impersonal(right: str) -> bool:
    """Whether the words after a quotation attribute it with no subject of their own, or with a
    pronoun: "…”, peut-on lire", "…“, heißt es darin", "…”, it says" (and nobody else named after)."""
    found = role_pattern("trailing_attribution").search(right)
    if found is None or words(right[: found.start()]):
        return False
    return not _others(right[found.end() :], [])


def _sentences_before(text: str, start: int, before: str) -> list[str]:
    """The sentences before the one starting at `start`, the paragraph before's last ones included."""
    bounds = [(s, e) for s, e in sentence_bounds(text) if e <= start]
    earlier = [text[s:e] for s, e in bounds[-MAX_BACK_SENTENCES:]]
    if len(earlier) < MAX_BACK_SENTENCES and before:
        reach = MAX_BACK_SENTENCES - len(earlier)
        earlier = [before[s:e] for s, e in sentence_bounds(before)[-reach:]] + earlier
    return earlier
