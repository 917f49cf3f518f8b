"""Quotations of a document that do not name it in their own sentence: pieces of its wording,
quotations that go on from one already given to it, and companies quoted one by one in a review.

Under a page about a document, "the “perpetual, irrevocable” bit", "the part about “improve our
services”" and "lo de «sin previo aviso»" quote the document: the words around the quotation say
it is a piece of wording, and the page (or the text before it) says whose. In one sentence,
"the wording changed from “…” to “…” and added “…”" gives every quotation after the first to the
same document, unless someone else takes the floor in between. After "Most of the policies we
read …", "Quillo states, “…”" quotes Quillo's policy: a review reads documents, and news reports a
spokesperson with "said".
"""

from __future__ import annotations

import re

from annotations.detectors.base import sentence_at, sentence_bounds
from annotations.detectors.quotes import Quote, marks
from annotations.detectors.tos_attribution import Page, Source, document_mentions, lead
from annotations.detectors.tos_blocks import Paragraph, last_sentence
from annotations.detectors.tos_bound import reads_as_clause, unquoted
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import DEFAULT_DOCUMENT
from annotations.detectors.tos_quoted_mentions import inside_quotation
from annotations.detectors.tos_supposed_lead import made_up
from annotations.detectors.tos_trail import spoken_after, takes_floor
from annotations.detectors.tos_vocabulary import role_alternation, role_pattern, role_phrases
from annotations.detectors.tos_wording import paragraph_quotes

# A fragment is a short piece of wording; a longer quotation needs an attribution of its own.
MAX_FRAGMENT_WORDS = 12
# Words before a quotation that may name it a piece of wording ("the part about").
CUE_WORDS = 4
# Text before a quotation where the document it belongs to may be named.
MAX_NAMED_BEFORE = 600
# Words between two quotations of one sentence that still go on with the first one's source.
MAX_WORDS_BETWEEN_QUOTES = 12
# Most words of the attribution that closes a document's quotation before another resumes it ("says the privacy policy").
MAX_RESUMING_TAIL_WORDS = 6
# Sentences before a company's "states, “…”" where the documents under review may be named.
MAX_REVIEW_SENTENCES = 3
# Words between an inverted verb and its document: "reads [the] revised policy", "says [the] agreement".
MAX_WORDS_BEFORE_INVERTED = 2
# What ends the sentence before a quotation that stands as a sentence of its own.
SENTENCE_ENDS = (".", "!", "?", "。")
# How far before a quotation the sentence that may suppose it is read: a paragraph of thousands of
# quotations was read from its start for each.
MAX_SUPPOSITION_CHARS = 1_000
# How far before a quotation an abbreviation for "for example" is looked for: "(p. ex. " and its spaces.
MAX_EXAMPLE_TAIL_CHARS = 12
# How much of a quotation's paragraph is read on either side of it for a sentence that names the document and for
# anyone else speaking: the whole paragraph, read again for each of its quotations, cost the square of a paragraph
# of thousands of them.
MAX_PARAGRAPH_SIDE_CHARS = 2_000
# How much of the end of a paragraph is read for the sentence that asks readers (readers_asked).
MAX_ASKING_CHARS = 1_000
_WORD = re.compile(r"[\w'’-]+")
# Words that join a predicate to the subject before an aside ("…,” according to the policy, and may be shared").
_COORDINATORS = frozenset({"and", "or", "but", "y", "e", "et", "und", "oder", "en", "o", "ou"})
# The word right before a modal, and how far back it is looked for.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([\w'’-]+)[ \t]+$")
MAX_COORDINATOR_CHARS = 12
_SENTENCE_END = re.compile(r"[.!?]\s|[。！？]|\n")
# A possessive right before a quotation: "GDPR's “", "The FTC’s “".
_POSSESSIVE_END = re.compile(r"\w['’]s?\s*$")
# An abbreviation for "for example" right before a quotation ("(e.g. “…”", "(ex. « … »"): its full stops end no
# sentence, so the sentence it belongs to is read before it.
_EXAMPLE_TAIL = re.compile(
    r"(?:\([ \t]*)?(?:e\.[ \t]?g\.|ex\.|p\.[ \t]?ex\.|z\.[ \t]?B\.)[ \t,:]*$", re.IGNORECASE
)


def _cued(text: str, quote: Quote) -> bool:
    """Whether the words around a quotation call it a piece of wording: "the part about", "… bit"."""
    before = " ".join(text[max(0, quote.open_mark - 80) : quote.open_mark].split()[-CUE_WORDS:])
    if any(match.end() == len(before) for match in role_pattern("fragment_cue").finditer(before)):
        return True
    after = _WORD.findall(text[quote.close_mark + 1 : quote.close_mark + 40])[:1]
    return bool(after) and after[0].casefold() in role_phrases("fragment_noun")


def fragment_source(text: str, quote: Quote, page: Page) -> Source | None:
    """The document a short, cued quotation is a piece of: the one named before it, or the page's."""
    quoted = text[quote.start : quote.end]
    if len(_WORD.findall(quoted)) > MAX_FRAGMENT_WORDS or not _cued(text, quote):
        return None
    if spoken_after(text, quote.close_mark + 1):
        return None
    named = document_mentions(text[max(0, quote.open_mark - MAX_NAMED_BEFORE) : quote.open_mark], page)
    return Source(named[-1].name) if named else page.topic


def goes_on(text: str, previous: Quote, quote: Quote, page: Page) -> bool:
    """Whether `quote` goes on with `previous` in one sentence, with nobody else speaking between."""
    between = text[previous.close_mark + 1 : quote.open_mark]
    if _SENTENCE_END.search(between) or len(_WORD.findall(between)) > MAX_WORDS_BETWEEN_QUOTES:
        return False
    if _own_lead(text, previous, between):
        return False  # "“… đối tác.” Trên Facebook, anh Nam bình luận: “…”": a new sentence's own lead-in
    if _inverted_attribution(between, page):
        return not spoken_after(text, quote.close_mark + 1)  # "“…,” reads the revised policy, “…”"
    if any(role_pattern(role).search(between) for role in ("other_source", "naming_verb")):
        return False
    if takes_floor(between):
        return False
    return not document_mentions(between, page) and not spoken_after(text, quote.close_mark + 1)


def resumes_after(text: str, previous: Quote, quote: Quote) -> bool:
    """Whether `quote` is a sentence of its own right after the sentence that closed on the document's quotation
    `previous`, with nothing between but that sentence's short attribution ("“…,” it says. “…”", "“…,” says the
    privacy policy. “…”"): nobody else speaks or is named, nobody takes it after, and it reads as a clause."""
    between = text[previous.close_mark + 1 : quote.open_mark]
    ends = list(_SENTENCE_END.finditer(between))
    if len(ends) != 1 or between[ends[0].end() :].strip():
        return False
    tail = between[: ends[0].start()]
    if len(_WORD.findall(tail)) > MAX_RESUMING_TAIL_WORDS:
        return (
            False  # the tail is the first quotation's own attribution: spoken_after below tells a speaker's
        )
    if any(role_pattern(role).search(tail) for role in ("other_source", "naming_verb")):
        return False
    if spoken_after(text, previous.close_mark + 1) or spoken_after(text, quote.close_mark + 1):
        return False
    return reads_as_clause(text[quote.start : quote.end])


def _own_lead(text: str, previous: Quote, between: str) -> bool:
    """Whether the words between two quotations open a sentence of their own that leads in to the second: the first
    closed its sentence inside its marks ("…đối tác.”") and they start with a capital and end on a colon."""
    lead_in = between.strip()
    return (
        text[previous.close_mark - 1 : previous.close_mark] in (".", "!", "?")
        and lead_in[:1].isupper()
        and lead_in.endswith((":", "："))
        and not _document_speaks_on(lead_in[:-1])
    )


def _document_speaks_on(lead_in: str) -> bool:
    """Whether a lead-in of its own ends on a pronoun for the document and the document's verb, maybe with one word
    between ("After the change it read", "Now it says", "Then they now read"): the document goes on speaking."""
    words = lead_in.split()
    for back in (2, 3):
        if len(words) >= back and words[-back].casefold() in role_phrases("document_pronoun"):
            verb = role_pattern("doc_verb").search(" ".join(words[-back + 1 :]))
            return verb is not None and verb.end() == len(" ".join(words[-back + 1 :]))
    return False


def joined_before(
    text: str, paragraph: Paragraph, waiting: list[Quote], quote: Quote, page: Page
) -> list[Quote]:
    """Of the quotations given to nobody just before an accepted `quote` in its paragraph (`waiting`, in reading order),
    those its sentence joins to it with a few words and nobody else speaking ("Kete may disclose “…” to “…”, the policy
    says"), in reading order: a cue after the last quotation of a sentence covers each quotation joined to it."""
    joined: list[Quote] = []
    later = quote
    for earlier in reversed(waiting):
        lead_in = last_sentence(
            text[max(paragraph.start, earlier.open_mark - MAX_NAMED_BEFORE) : earlier.open_mark]
        )
        if earlier.close_mark > later.open_mark:
            break  # the quotation that holds `later`: its own words are someone's, not the document's
        if not goes_on(text, earlier, later, page) or someone_speaks(unquoted(lead_in)):
            break
        if role_alternation("quoted_topic").match(text, earlier.close_mark + 1) is not None:
            break  # "“なりすまし”についても、以前の「…」から、「…」へと改定": the topic, not a clause joined to the cued one
        if not _in_governed_clause(lead_in, text[earlier.close_mark + 1 : later.open_mark]):
            break
        joined.append(earlier)
        later = earlier
    return joined[::-1]


def _in_governed_clause(lead_in: str, between: str) -> bool:
    """Whether a quotation before a cued one is inside the clause the cue governs, with `lead_in` its sentence before
    it and `between` the words up to the cued one: not one that opens the sentence ("“It is creepy” and Kete may
    …"), a term after a possessive ("GDPR's “legitimate interest”"), nor one before the clause's own verb ("Kete,
    the “super app”, may disclose “…”": the verb is between them)."""
    return (
        bool(_WORD.search(unquoted(lead_in)))
        and _POSSESSIVE_END.search(lead_in) is None
        and not _new_clause_modal(between)
    )


def _new_clause_modal(between: str) -> bool:
    """Whether the words between two quotations hold a modal of a clause of its own: one with a subject before it
    ("“It is creepy” and Kete may"), or set off ("the “super app”, may"); not one right after "and" or "or", which goes
    on with the same subject ("Kete collects “…” and may share it with “…”")."""
    for modal in role_pattern("clause_modal").finditer(between):
        joined = _WORD_BEFORE.search(between, max(0, modal.start() - MAX_COORDINATOR_CHARS), modal.start())
        if joined is None or joined.group(1).casefold() not in _COORDINATORS:
            return True
    return False


def _inverted_attribution(between: str, page: Page) -> bool:
    """Whether the words between two pieces of a quotation are only a verb and the document after it:
    "“…,” reads the revised policy, “…”", "“…,” says the membership agreement, “…”"; or a preposition and the
    document, after which the sentence's own subject may go on with "and" or "or": "“…,” according to the policy,
    and may be shared with “…”"."""
    stripped = between.strip(" \t,;:—–-")
    verb = role_pattern("doc_verb").match(stripped)
    preposition = None if verb is not None else role_pattern("document_preposition").match(stripped)
    found = verb or preposition
    if found is None:
        return False
    rest = stripped[found.end() :]
    named = document_mentions(rest, page)
    if not named or len(_WORD.findall(rest[: named[0].start])) > MAX_WORDS_BEFORE_INVERTED:
        return False
    tail = _WORD.findall(rest[named[-1].end :])
    if not tail:
        return True
    # After "according to the policy," the subject before it goes on: "and may be shared with".
    # Not a second subject's word: "…, according to the policy, and “too long” in the eyes of critics".
    return (
        preposition is not None
        and tail[0].casefold() in _COORDINATORS
        and any(word.casefold() not in role_phrases("determiner") for word in tail[1:])
        and not someone_speaks(rest[named[-1].end :])
    )


def reviewed_source(text: str, quote: Quote, page: Page, before: str, took: bool = False) -> Source | None:
    """The document of "Quillo states, “…”" when the sentences before review documents; or of "Pixelnest: “…”", a line
    of a comparison, when it reads as a clause under a sentence that says what documents say, or under such a line
    that was a document's (`took`: the paragraph before gave a finding). Under "We asked five readers what they would
    accept." the first line ("Dana: “…”") is a reader's, and so is the next, though it is under a label line."""
    bounds = sentence_bounds(text)
    index = sentence_at(bounds, quote.open_mark)
    left = text[bounds[index][0] : quote.open_mark].lstrip()
    labelled = role_pattern("review_label").fullmatch(left) is not None
    label = left.split()[0].rstrip(":：") if left else ""
    if not (labelled or role_pattern("review_voice").fullmatch(left)) or spoken_after(
        text, quote.close_mark + 1
    ):
        return None
    if labelled and not reads_as_clause(text[quote.start : quote.end]):
        return None
    if labelled and took and label_line(before) and index == 0:
        return Source(page.topic.document if page.topic else DEFAULT_DOCUMENT, label)
    # Only the last few sentences are read: a paragraph of thousands of such lines is not sliced whole for each.
    earlier = [text[start:end] for start, end in bounds[max(0, index - MAX_REVIEW_SENTENCES) : index]]
    if len(earlier) < MAX_REVIEW_SENTENCES:
        earlier = [
            before[start:end] for start, end in sentence_bounds(before)[-MAX_REVIEW_SENTENCES:]
        ] + earlier
    for sentence in reversed(earlier[-MAX_REVIEW_SENTENCES:]):
        if role_pattern("other_source").search(sentence):
            return None
        named = document_mentions(sentence, page)
        # "Pixelnest updated its terms." then "Dana Ruiz: “…”": no review of what documents say
        if named and labelled and not _documents_say(sentence, named[0].start, named[-1].end):
            return None
        if named:
            return Source(named[-1].name, label)
        if page.topic is not None and role_pattern("reviewed_documents").search(sentence):
            return Source(page.topic.document, label)
    return None


def _documents_say(sentence: str, first: int, last: int) -> bool:
    """Whether the documents named in a sentence (from `first` to `last`) are the subject of its saying verb, with no
    reader before them: "what the terms say", not "what users say about the terms" or "we asked readers what … say"."""
    if role_pattern("review_reader").search(sentence[:first]):
        return False
    return role_pattern("doc_verb").search(sentence[last:]) is not None


def label_line(paragraph: str) -> bool:
    """Whether a paragraph is one line of a comparison: a company's name, a colon and a quotation ("Pixelnest: “…”")."""
    label = role_pattern("review_label").match(paragraph.lstrip())
    return label is not None and marks().pattern.match(paragraph.lstrip(), label.end()) is not None


def label_quotations(paragraph: Paragraph) -> list[tuple[int, int]]:
    """The quotations of a label line set off under a lead-in ("Photos: “We may keep …”"), each within its marks (in the
    unit): the label is the writer's heading over the terms' words, not part of them; none for any other paragraph."""
    if not label_line(paragraph.text):
        return []
    return [(quote.open_mark + 1, quote.close_mark) for quote in paragraph_quotes(paragraph)]


def readers_asked(paragraph: str, asked: bool) -> bool:
    """Whether the label lines under a paragraph are answers of the ones they name: it asks readers or people in its last
    sentence ("We asked five readers what they would accept."), or it is such a line (`asked`: under such a paragraph).
    Under "Zoomly changed its terms. The key changes:", "Photos: “We may …”" is a topic's line of the terms."""
    if label_line(paragraph):
        return asked
    return role_pattern("review_reader").search(last_sentence(paragraph[-MAX_ASKING_CHARS:])) is not None


def supposed(text: str, paragraph: Paragraph, quote: Quote) -> bool:
    """Whether the sentence before a quotation makes it what someone supposes a document says ("most
    people assume a privacy policy says “we keep your data safe”"): a supposition, not the wording."""
    before = text[max(paragraph.start, quote.open_mark - MAX_SUPPOSITION_CHARS) : quote.open_mark]
    tail = _EXAMPLE_TAIL.search(before, max(0, len(before) - MAX_EXAMPLE_TAIL_CHARS))
    sentence = (
        last_sentence(before[: tail.start()], closed=True) + tail.group()
        if tail
        else last_sentence(before, closed=True)
    )
    # "I could put ToS on my site that say “…”": wording the writer makes up (tos_supposed_lead)
    return role_pattern("supposition").search(sentence) is not None or made_up(sentence)


def after_document_sentence(text: str, paragraph: Paragraph, quote: Quote, page: Page) -> Source | None:
    """A quotation that is a sentence of its own, after a sentence ending on the document's words
    ("One clause of Fotolar's terms says users must be 16. “If you are under 16, …”"), or after one that names
    the document when the quotation reads as a clause (reads_as_clause), as a quoted paragraph after such a
    paragraph is; nobody else speaks or is named in the paragraph (within MAX_PARAGRAPH_SIDE_CHARS of it)."""
    prefix = text[max(paragraph.start, quote.open_mark - MAX_PARAGRAPH_SIDE_CHARS) : quote.open_mark]
    if not prefix.rstrip().endswith(SENTENCE_ENDS) or not prefix.strip():
        return None
    found = lead(prefix, len(prefix), page)
    if found is None:
        # "One of the terms makes for interesting reading. “If we receive a claim …”": the sentence names the
        # document without a verb of it; the quotation is its clause when it reads as one.
        sentence = last_sentence(prefix.rstrip())
        named = [
            mention
            for mention in document_mentions(sentence, page)
            if not inside_quotation(sentence, mention)
        ]
        found = Source(named[-1].name) if named and reads_as_clause(text[quote.start : quote.end]) else None
    # Anyone speaking around it is looked for last, only for a quotation the sentence before gives a document:
    # four thousand characters searched for each of a paragraph's quotations made most of the cost of a paragraph
    # of thousands of '“…,” the email began.'
    after = text[quote.close_mark + 1 : min(paragraph.end, quote.close_mark + 1 + MAX_PARAGRAPH_SIDE_CHARS)]
    return None if found is None or someone_speaks(prefix + after) else found
