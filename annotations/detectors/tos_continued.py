"""A quotation that goes on with the document's quotation just before it, in the same sentence or the next one, with
no new speaker: "The agreement also says statements “…”", "Weiter heißt es, Nutzer müssten „…“", "La nueva dice que
puede «…»", "Cette licence « … »", "…, and says some of it may go to “…”".

The quotation before it is the antecedent: the lead-in of the later one needs no document of its own when its subject
is the document again (a pronoun, a name for it, "the new one", "this licence" picking up a word of the quotation
before) or there is none ("Weiter heißt es", "and says"), and nothing but connectives and adverbs of going on
("also", "further", "elsewhere") stand around that subject. Anyone else as the subject (a spokesperson, critics, the
company), a speaker after the verb or after the quotation, keeps it out.
"""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import letter_words
from annotations.detectors.tos_blocks import marker_end
from annotations.detectors.tos_bound import reads_as_clause, settled_clause
from annotations.detectors.tos_closing_speaker import closing_speaker
from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_said_elsewhere import said_elsewhere
from annotations.detectors.tos_trail import spoken_after
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern, role_phrases

__all__ = ["continues", "continues_across", "reopens"]

# Most words of a lead-in that goes on from the quotation before: "Elsewhere, the updated policy also says that users".
MAX_LEAD_WORDS = 14
# Most characters between two quotations the later of which may go on with the earlier: the rest of the first one's
# sentence and the lead-in of the next.
MAX_BETWEEN_CHARS = 600
# Sentences of the writer's that may stand between the document's quotation and one that goes on with it.
MAX_SENTENCES_BETWEEN = 1
# Most words of a subject picked up from the quotation before: "this broad licence".
MAX_PICKED_UP_WORDS = 3
# Letters two words must share from their start to be one word picked up again ("licence", "licences").
STEM_CHARS = 5
# A sentence end between two quotations: a full stop, a question or exclamation mark before a space, or a CJK stop.
_SENTENCE_END = re.compile(r"[.!?][\s]|[。！？]")
# A clause break before the words that lead in to the later quotation of the same sentence: "…”, and says".
_CLAUSE_BREAK = re.compile(r"[,;:–—]")
_CLOSED_INSIDE = (".", "!", "?", "。", "！", "？")
_QUOTE_MARKS = frozenset('“”„«»「」"')
# Any of them, found in one scan: a test per mark cost a microsecond or two after each quotation.
_QUOTE_MARK = re.compile("[" + "".join(sorted(_QUOTE_MARKS)) + "]")
# How much after a quotation is read for its attribution, and what ends it: a sentence end, a line or another quotation.
MAX_TAIL_CHARS = 80
# Words between an inverted verb and its document ("señalan las nuevas condiciones"), and the words of its owner after
# it ("de Nubo", "of Lumo").
MAX_WORDS_BEFORE_DOCUMENT = 2
OWNER_WORDS = 2
# The longest quotative ending between a quotation and a Korean verb of the document's ("이라고").
MAX_QUOTATIVE_CHARS = 3
_TAIL_END = re.compile(r"[.!?。！？\n“„«「\"]")


def continues(text: str, previous: Quote, quote: Quote, page: Page) -> bool:
    """Whether `quote` goes on with the document's quotation `previous`, the quotation right before it in its paragraph:
    it stands in the same sentence or the next one, its lead-in goes on with the document as subject (or none), and
    nobody takes it after."""
    if quote.open_mark - previous.close_mark > MAX_BETWEEN_CHARS:
        return False
    between = text[previous.close_mark + 1 : quote.open_mark]
    if not _SENTENCE_END.search(between) and attributes_to_document(between.strip(" \t,;:—–"), page):
        return _nobody_after(text, quote, page)  # "“…,” it adds, “…”": one quotation split by its verb
    lead = _lead(text, previous, quote)
    return lead is not None and _goes_on(
        text, lead[0], text[previous.start : previous.end], quote, page, far=lead[1]
    )


def continues_across(text: str, start: int, quote: Quote, earlier: str, page: Page) -> bool:
    """Whether `quote`, in the first sentence of a paragraph that starts at `start`, goes on with the document's
    quotation that ended the paragraph before (its words `earlier`): "“…,” it adds, “…”", "더욱이 “…”고 규정했다"."""
    if quote.open_mark - start > MAX_BETWEEN_CHARS:
        return False
    lead = text[start : quote.open_mark]
    if _SENTENCE_END.search(lead) or _QUOTE_MARK.search(lead):
        return False
    return _goes_on(text, lead.strip(), earlier, quote, page)


def reopens(text: str, start: int, quote: Quote, page: Page) -> bool:
    """Whether `quote`, opening the paragraph that starts at `start` right after a paragraph that left the document's
    quotation open at its end, goes on with that quotation: a quotation over several paragraphs opens each of them with
    a mark and closes only the last ("It reads: “We may … ¶ “You also …”"). Only with nobody taking it after it."""
    return quote.open_mark == marker_end(text, start) and _nobody_after(text, quote, page)


def _goes_on(text: str, lead: str, earlier: str, quote: Quote, page: Page, *, far: bool = False) -> bool:
    """Whether a quotation whose lead-in is `lead` goes on with the document's quotation before it (its words
    `earlier`): the lead-in leaves the document as the subject of its verb, or of the verb after the quotation."""
    if len(letter_words(lead)) > MAX_LEAD_WORDS:
        return False
    if not far and _restates(lead) and settled_clause(text[quote.start : quote.end]):
        # "Not, that is, “unless both you and …”", "Autrement dit, « vous … »": the writer goes on quoting the clause.
        return _nobody_after(text, quote, page)
    verb = _verb_of(lead)
    if verb is None:
        if not far and _picked_up(_without_scope_verb(lead), earlier):
            # "Cette licence « prend fin … »", "The license applies “…”": the subject picked up from the quotation
            # before, the quotation its predicate or what a verb of reach reaches.
            return _nobody_after(text, quote, page) and reads_as_clause(text[quote.start : quote.end])
        modal = _modal_end(lead)
        if modal is not None:
            # "It can also “charge a fee …”": the clause goes on with the same subject, the quotation its verb phrase;
            # or with a party the clause binds, in the very next sentence: "Afterward, the party on the receiving end
            # of the claim can “make a fair, fact-based offer …”".
            subject = lead[:modal]
            bound = not far and _party_subject(subject) and reads_as_clause(text[quote.start : quote.end])
            return (bound or _document_subject(subject, earlier, page, far=far)) and _nobody_after(
                text, quote, page
            )
        # "“…,” it adds", "더욱이 “…”고 규정했다": no verb before, the document's after.
        return _document_subject(lead, earlier, page, far=far) and _document_attribution(text, quote, page)
    if not _nobody_after(text, quote, page):
        return False
    subject, rest = lead[: verb.start()], lead[verb.end() :]
    if said_elsewhere(rest):
        return False  # "It later said in a blog post that …": another source's words
    if any(role_pattern(role).search(rest) for role in ("speaker", "named_speaker")):
        return False  # "Weiter sagte Müller, Nutzer müssten „…“": a speaker after the verb
    return _document_subject(subject, earlier, page, far=far)


# A determiner right before a word that is a verb of the document as often as a noun: "the party on the receiving end of
# the claim can", "any claims", "a note": the noun, not the verb.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|any|each|every|its|their|your|such)[ \t]+$", re.IGNORECASE)


def _verb_of(lead: str) -> re.Match[str] | None:
    """The first verb of the document in `lead` that no determiner makes a noun ("the claim", "any notes")."""
    for found in role_pattern("doc_verb").finditer(lead):
        if _DETERMINER_BEFORE.search(lead, max(0, found.start() - 8), found.start()) is None:
            return found
    return None


def _party_subject(subject: str) -> bool:
    """Whether a subject, past connectives and adverbs of going on, names a party the terms bind (users, sellers, "the
    party on the receiving end of the claim": roles licence_grantor, bound_party, contract_party) and nobody who speaks,
    at most MAX_LEAD_WORDS words: the clause quoted before goes on with what that party may or must do."""
    if any(role_pattern(role).search(subject) for role in ("speaker", "other_source", "named_speaker")):
        return False
    if law_name_pattern().search(subject) or role_pattern("statute_context").search(subject):
        return False  # "Under the GDPR, users can “object to processing …”": what the law lets them do
    return any(
        role_pattern(role).search(subject) is not None
        for role in ("contract_party", "licence_grantor", "bound_party")
    )


def _without_scope_verb(lead: str) -> str:
    """`lead` without the verb of reach or duration that ends it ("The license applies" -> "The license")."""
    found = [hit for hit in role_pattern("scope_verb").finditer(lead) if not lead[hit.end() :].strip()]
    return lead[: found[-1].start()] if found else lead


def _modal_end(lead: str) -> int | None:
    """Where the subject ends in a lead-in that is only a subject, a modal and adverbs of going on right before the
    quotation ("It can also", "They may now"), or None."""
    found = list(role_pattern("continued_modal").finditer(lead))
    if not found or letter_words(_without_going_on(lead[found[-1].end() :])):
        return None
    return found[-1].start()


def _nobody_after(text: str, quote: Quote, page: Page) -> bool:
    """Whether nobody takes a quotation after it: no speaker (spoken_after), and the words after it to its sentence's
    end hold no verb of saying, or only the document's ("…», dice una abogada" is hers, whatever the verb list)."""
    if spoken_after(text, quote.close_mark + 1):
        return False
    tail = _tail(text, quote)
    if closing_speaker(text, quote.close_mark, tail):
        return False  # "Elle peut aussi « … », a promis sa directrice": whoever closes the sentence says it
    if role_pattern("doc_verb").search(tail) is None and role_pattern("speaker").search(tail) is None:
        return True
    return attributes_to_document(tail, page)


def _tail(text: str, quote: Quote) -> str:
    """The words after a quotation, to its sentence's end or the next quotation, at most MAX_TAIL_CHARS."""
    tail = text[quote.close_mark + 1 : quote.close_mark + 1 + MAX_TAIL_CHARS]
    stop = _TAIL_END.search(tail)
    return tail[: stop.start()] if stop else tail


def _document_attribution(text: str, quote: Quote, page: Page) -> bool:
    """Whether the words after a quotation, to its sentence's end or the next quotation, are only the document's verb
    with a pronoun for it, or none, or "another" part of it: "…,” it adds", "…," says another", "…”고 규정했다"."""
    return attributes_to_document(_tail(text, quote), page)


def attributes_to_document(words: str, page: Page) -> bool:
    """Whether `words` are only a verb of the document's with a pronoun for it, "another" part of it, or nothing else:
    "it adds", "says another", "고 규정했다", ", it continues,"."""
    verb = role_pattern("doc_verb").search(words)
    if verb is None:
        # "”고 규정했다": a quotative ending, the verb's stem and its ending, with no subject between.
        stem = role_pattern("document_saying_cjk").search(words)
        before, after = (words[: stem.start()].strip(), words[stem.end() :].strip()) if stem else ("", " ")
        return len(before) <= MAX_QUOTATIVE_CHARS and not any(space in after for space in " \t")
    rest = _without_going_on(words[: verb.start()] + " " + words[verb.end() :])
    found = letter_words(rest)
    if not found or (len(found) == 1 and found[0].casefold() in role_phrases("document_pronoun")):
        return True
    if any(role_pattern(role).search(rest) for role in ("other_source", "named_speaker", "voiced_noun")):
        return False  # "“….” Critics say the policy “…”", "Criticisms include that the policy “…”": their reading of it
    named = document_mentions(rest, page)
    if not named or len(letter_words(rest[: named[0].start])) > MAX_WORDS_BEFORE_DOCUMENT:
        return False
    # "…», señalan las nuevas condiciones de uso de Nubo, «…»": the company that owns it may follow.
    owner = letter_words(rest[named[-1].end :])
    return not owner or (
        len(owner) == OWNER_WORDS
        and owner[0].casefold() in role_phrases("owner_link")
        and owner[1][:1].isupper()
    )


def _lead(text: str, previous: Quote, quote: Quote) -> tuple[str, bool] | None:
    """The words that lead in to `quote` after `previous` (from the start of its sentence when that is a later one,
    from the last clause break when both stand in one sentence), and whether a sentence of the writer's stands between
    ("“…”. Users were not told. Weiter heißt es …"); None when more do, or one where anyone else speaks."""
    between = text[previous.close_mark + 1 : quote.open_mark]
    ends = list(_SENTENCE_END.finditer(between))
    closed = text[previous.close_mark - 1 : previous.close_mark] in _CLOSED_INSIDE
    if len(ends) + closed > MAX_SENTENCES_BETWEEN + 1:
        return None
    if len(ends) + closed > 1:
        # The sentence between is the writer's own: nobody speaks or is named in it.
        middle = between[(0 if closed else ends[0].end()) : ends[-1].start()]
        if any(role_pattern(role).search(middle) for role in ("speaker", "other_source", "named_speaker")):
            return None
        return between[ends[-1].end() :].strip(), True
    if ends:
        return between[ends[0].end() :].strip(), False
    if closed:
        return between.strip(), False
    breaks = list(_CLAUSE_BREAK.finditer(between))
    if not breaks:
        return None  # "“…” and “…”": goes_on reads quotations joined in one clause
    return between[breaks[-1].end() :].strip(), False


def _document_subject(subject: str, earlier: str, page: Page, *, far: bool = False) -> bool:
    """Whether the words before the verb of a lead-in leave the document as its subject, once connectives and adverbs of
    going on are set aside: none at all ("Weiter heißt es"), a pronoun ("Now, it says"), the document named again
    ("The agreement also says"), the new or old one ("La nueva dice"), or a word of the quotation before picked up
    ("This licence lasts"). When a sentence of the writer's stands between (`far`), a pronoun may stand for what that
    sentence speaks of: only the document named again, a version of it or no subject at all."""
    if role_pattern("other_source").search(subject) or role_pattern("named_speaker").search(subject):
        return False
    rest = _without_going_on(subject)
    found = letter_words(rest)
    if not found:
        return True
    pronouns = role_phrases("document_pronoun") | role_phrases("back_reference")
    if len(found) == 1 and found[0].casefold() in pronouns:
        return not far
    if role_pattern("version_ellipsis").fullmatch(rest.strip()) is not None:
        return True
    named = document_mentions(rest, page)
    if named and not letter_words(rest[: named[0].start]) and not letter_words(rest[named[-1].end :]):
        return True
    return not far and _picked_up(rest, earlier)


def _restates(lead: str) -> bool:
    """Whether a lead-in is only a writer's openers of restating or going on: "Not, that is,", "Put simply,", "Also,"."""
    if not letter_words(lead):
        return False
    for found in reversed(list(role_pattern("restating_opener").finditer(lead))):
        lead = lead[: found.start()] + " " * (found.end() - found.start()) + lead[found.end() :]
    return not letter_words(_without_going_on(lead))


def _without_going_on(subject: str) -> str:
    """`subject` with its connectives ("In addition", "And") and adverbs of going on ("also", "weiter") blanked out."""
    for role in ("continuation", "continuing_adverb"):
        for found in reversed(list(role_pattern(role).finditer(subject))):
            subject = subject[: found.start()] + " " * (found.end() - found.start()) + subject[found.end() :]
    return subject.strip(" \t,;:")


def _picked_up(subject: str, earlier: str) -> bool:
    """Whether a subject is a demonstrative or the definite article and a word of the quotation before it, maybe with an
    adjective between: "Cette licence" after "« une licence non exclusive … »", "This permission" after "“you permit
    us …”", "The license applies" after "“… worldwide right and license to copy …”"."""
    found = letter_words(_without_going_on(subject))
    pointers = role_phrases("demonstrative") | role_phrases("subject_article")
    if not 2 <= len(found) <= MAX_PICKED_UP_WORDS or found[0].casefold() not in pointers:
        return False
    noun = found[-1].casefold()
    if len(noun) < STEM_CHARS:
        return False
    return any(word.casefold().startswith(noun[:STEM_CHARS]) for word in letter_words(earlier))


def ends_paragraph(text: str, quote: Quote, end: int) -> bool:
    """Whether the quotation `quote` stands in the last sentence of the paragraph that ends at `end`: after it, only
    the rest of that sentence ("…”, it says.", "…”고 명시하고 있다.") up to MAX_TAIL_CHARS, with nothing quoted."""
    if end - quote.close_mark > MAX_TAIL_CHARS:
        return False
    after = text[quote.close_mark + 1 : end]
    if _QUOTE_MARK.search(after):
        return False
    closed = after.rstrip() + " "
    return all(found.end() == len(closed) for found in _SENTENCE_END.finditer(closed))
