"""Whose a quotation is by the words that close its sentence, whatever the verb of saying.

News closes a quotation with the one who said it in every language, and no list of verbs is ever
complete ("…,” Tunde Bakare maintained", "…,” a product manager wrote on LinkedIn", "…,” ujar juru
bicara Gasken", "„…“, stellte Geschäftsführer Hofer klar", "«…», — заверил пресс-секретарь"). The
shape says it instead: the quotation ends on a comma (or a comma or a dash follows its closing mark),
and the rest of its sentence is a short phrase with a name, a role or a person in it and no document.
A pronoun of the document ("…,” it says") and a document named there ("…,” the policy reads") keep
the quotation the document's; so does a phrase with no name, role or person ("…,” which worried many").
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_clause_context import SENTENCE_END_MARKS
from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases
from annotations.detectors.trie import longest_first

__all__ = ["closing_speaker", "inverted_closing", "opens_sentence", "person_before"]

# The longest phrase after a quotation read as its speaker: "Kofi Asante, head of operations, reassured
# customers at a press briefing in Accra" is thirteen words; a longer one is a clause of its own.
MAX_SPEAKER_WORDS = 14
# How far into the phrase after a quotation a noun may name the quotation itself ("…”, a phrase critics …").
MAX_PIECE_CHARS = 20
# The punctuation between a quotation and its speaker: a comma, a dash, or both («…», — заверил).
_OPENING = re.compile(r"[ \t]*(?P<comma>[,，])?[ \t]*(?P<dash>[—–]|-(?=[ \t]))?[ \t]*")
_SENTENCE_ENDS = "\n" + SENTENCE_END_MARKS
# A full stop and a quotation opening the next sentence: the speaker's phrase ends there ("„…“, so Dr. Beate Gelbmann,
# Leiterin im VKI. „Außerdem …“"), where a sentence splitter that waits for a capital letter reads on.
_NEXT_QUOTED_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?=[„“«»‚‘\"「『])")
# What ends the sentence before a quotation that is read for a person as its subject: a full stop, or a colon.
_LEAD_ENDS = ".:!"
# The longest sentence read for a person as its subject: a name, an apposition and a short verb phrase.
MAX_PERSON_SENTENCE_WORDS = 16
# A pointing word and at most one word before a noun of a piece of text ("one line", "a new passage"): not an idiom
# ("did not mince words").
_POINTER = re.compile(
    r"\b(?:one|a|an|the|this|that|another|its|their|his|her)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE
)
# A title or a role before a name ("Reader Hemi Walker", "Dr Ana Ruiz"), then the name: capitalised words, then a
# comma or a lower-case word.
_PERSON_OPENING = re.compile(
    r"(?:(?:Reader|Dr|Dr\.|Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Prof|Prof\.|Professor|Me|Maître|Sir|Dame|Senator|Judge|Justice)\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*)(?:,|\s+[a-z])"
)
# "it" as an object after the name: the document the sentence speaks of ("updated it in May"), not the idiom "put it".
_IT_OBJECT = re.compile(r"(?<!\bput )(?<!\bputs )\bit\b")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# The two words after a verb, read for a person's first and last name, both capitalised ("Léa Marchal").
_PERSON_AFTER = re.compile(r"[ \t]+[^\W\d_][\w'’-]*[ \t]+[^\W\d_][\w'’-]*")
# A role word right after the verb, before the name: "zegt advocaat Ruud Maas", "says lawyer Ana Ruiz".
_ROLE_WORD = re.compile(r"[ \t]+(?P<role>[^\W\d_][\w'’-]*)")
# Words of the phrase after a quotation within which its speaker is named: "“…,” Bakare maintained", "“…,”
# ujar juru bicara Gasken". A name further on belongs to a clause of the writer's ("…,” were not clear enough for
# users aged 13 to 17").
MAX_WORDS_TO_NAME = 4
# Words of that phrase read for a verb a document says with too: a name and its verb ("…,” Snapbook states").
MAX_WORDS_TO_VERB = 3


def opens_sentence(text: str, open_mark: int) -> bool:
    """Whether the quotation whose mark is at `open_mark` opens its sentence: at the text's or a line's start, or
    after a full stop, a question or an exclamation mark (not after a colon: a lead-in there says whose it is)."""
    at = open_mark
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in _SENTENCE_ENDS


def closing_speaker(text: str, close_mark: int, right: str) -> bool:
    """Whether the rest of the sentence after a quotation (`right`, after its mark at `close_mark`) names who said it."""
    opening = _OPENING.match(right)
    assert opening is not None  # every part of the pattern is optional
    comma_inside = close_mark > 0 and text[close_mark - 1] in ",，"
    if not (comma_inside or opening.group("comma") or opening.group("dash")):
        return False
    tail = _NEXT_QUOTED_SENTENCE.split(right[opening.end() :], maxsplit=1)[0]
    count = len(words(tail))
    if not 0 < count <= MAX_SPEAKER_WORDS or document_mentions(tail, Page(True, None)):
        return False
    if role_pattern("trailing_attribution").match(tail) or role_pattern("document_pronoun").match(tail):
        return False  # "…,” it says", "…“, heißt es darin": the document the sentences before name
    if role_pattern("text_piece").search(tail[:MAX_PIECE_CHARS]):
        return False  # "…”, a phrase the Offices found too vague": the words name the quotation itself
    verb = role_pattern("doc_verb").match(tail)
    if verb is not None and (_inverted_speaker(tail) or _person_after(tail, verb.end())):
        return True  # "“…”, diz a empresa em nota", "«…», explique Léa Marchal": the verb, then who says it
    if role_pattern("doc_verb").search(tail, 0, _end_of_words(tail, MAX_WORDS_TO_VERB)):
        return (
            False  # "…,” Snapbook states": a verb a document says with too; the vocabulary's own rules decide
        )
    if (opening.group("comma") or comma_inside) and _inverted_speaker(tail):
        return True  # "«…», racconta una iscritta di Modena": any verb, then a speaker noun after its article
    # «…», — заверил пресс-секретарь: a comma and a dash hand over to a speaker; a dash alone may go on with the writer.
    return bool(
        (opening.group("comma") and opening.group("dash")) or _named(tail, bool(opening.group("comma")))
    )


def inverted_closing(text: str, open_mark: int, close_mark: int, right: str) -> bool:
    """Whether a verb first and a speaker after it close a quotation set after a label and a colon ("Novos termos do
    Zapt: “é abusivo”, afirma Procon-SP", "Nuevas condiciones de Vinko: «una trampa», dice la asociación"): the speaker
    named last takes it, whatever the label named. Not a document after the verb ("…”, diz a nova política"), nor a
    quotation a verb of the document leads to ("permitem à empresa “…”, diz a Defenda": the lead decides)."""
    if not text[:open_mark].rstrip().endswith((":", "：")):
        return False
    opening = _OPENING.match(right)
    assert opening is not None  # every part of the pattern is optional
    if not (opening.group("comma") or (close_mark > 0 and text[close_mark - 1] in ",，")):
        return False
    tail = right[opening.end() :]
    if not 0 < len(words(tail)) <= MAX_SPEAKER_WORDS or document_mentions(tail, Page(True, None)):
        return False
    verb = role_pattern("doc_verb").match(tail) or role_pattern("speaker").match(tail)
    return verb is not None and (_name_after(tail, verb.end()) or _inverted_speaker(tail))


def _person_after(tail: str, end: int) -> bool:
    """Whether a person's name (two capitalised words) follows the verb that opens `tail`: "explique Léa Marchal". A
    company named alone ("“…”, dice Vinko") may be quoting its own clause; the vocabulary's own rules decide."""
    role = _ROLE_WORD.match(tail, end)
    if role is not None and role.group("role").casefold() in role_phrases("speaker_role"):
        end = role.end()  # "zegt advocaat Ruud Maas": a role before the name
    found = _PERSON_AFTER.match(tail, end)
    return (
        found is not None
        and all(word[0].isupper() for word in found.group().split())
        and _name_after(tail, end)
    )


def _name_after(tail: str, end: int) -> bool:
    """Whether the word right after a verb that opens `tail` (ending at `end`) is a name with no article: "afirma
    Procon-SP", "explique Léa Marchal"."""
    name = _WORD.search(tail, end)
    return (
        name is not None
        and not tail[end : name.start()].strip()
        and name.group()[0].isupper()
        and name.group().casefold() not in role_phrases("not_company")
    )


@cache
def _inverted_subject() -> re.Pattern[str]:
    """A verb of saying before its subject, as Portuguese, Spanish, French, Italian and German news close a quotation:
    "diz a empresa", "explica el abogado", "précise l'entreprise", "spiega il portavoce", "sagt der Sprecher". The
    word, a definite article (the vocabulary's inverted_article; an elided one, "l'", joins the subject), the subject;
    a second word may stand before the article, an auxiliary's participle or an adverb ("a affirmé la société", "ha
    spiegato l'azienda", "annonce d'emblée le site"), the subject then a speaker noun (inverted_speaker)."""
    articles = longest_first(role_phrases("inverted_article"))
    elided = "|".join(re.escape(article) for article in articles if article.endswith(("'", "’")))
    spaced = "|".join(re.escape(article) for article in articles if not article.endswith(("'", "’")))
    return re.compile(
        rf"[^\W\d_]+(?P<extra>[ \t]+(?:d['’])?[^\W\d_]+)?[ \t]+(?:(?:{spaced})[ \t]+|(?:{elided}))(?P<subject>[^\W\d_][\w-]*)",
        re.IGNORECASE,
    )


def _inverted_speaker(tail: str) -> bool:
    """Whether a verb first and its subject after it close the quotation, the subject a name, a company, a body or a
    person ("diz a Defenda", "afirmou o departamento"), not a noun that may stand for the document ("señala el aviso")."""
    inverted = _inverted_subject().match(tail)
    if inverted is None:
        return False
    subject = inverted.group("subject")
    if inverted.group("extra"):
        # "a affirmé la société", not "lautet eine der Änderungen": past a second word only a speaker noun is one.
        return subject.casefold() in role_phrases("inverted_speaker")
    if subject[0].isupper() and subject.casefold() not in role_phrases("not_company"):
        return True
    return subject.casefold() in role_phrases("inverted_speaker")


def _end_of_words(tail: str, count: int) -> int:
    """Where the first `count` words of `tail` end."""
    ends = [word.end() for word in islice(_WORD.finditer(tail), count)]
    return ends[-1] if ends else 0


def _named(tail: str, after_comma: bool) -> bool:
    """Whether one of the first MAX_WORDS_TO_NAME words of `tail` is a name or a role: a capitalised word (no
    sentence's opening article), a role (`speaker_role`), or after a comma a person or a body (`other_source`; after
    a dash alone those go on with the writer: "“…” — so the banner is decoration")."""
    first = list(islice(_WORD.finditer(tail), MAX_WORDS_TO_NAME))
    if not first:
        return False
    if any(
        word.group()[0].isupper() and word.group().casefold() not in role_phrases("not_company")
        for word in first
    ):
        return True
    head = tail[: first[-1].end()]
    if role_pattern("speaker_role").search(head):
        return True
    return after_comma and role_pattern("other_source").search(head) is not None


def person_before(before: str) -> bool:
    """Whether the sentence that leads to a quotation (ending on a colon), or the one right before a quotation that
    opens its own sentence, has a named person as its subject and names no document: "Thandi Nkosi, who leads the
    union, was blunt. “You must …”", "Reader Hemi Walker from Rotorua emailed us: “…”". The quotation is theirs."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] not in _LEAD_ENDS:
        return False
    sentence = _sentence_ending(stripped[:-1])
    if len(words(sentence)) > MAX_PERSON_SENTENCE_WORDS or document_mentions(sentence, Page(True, None)):
        return False
    if any(
        _POINTER.search(sentence[: found.start()]) for found in role_pattern("text_piece").finditer(sentence)
    ):
        return False  # "Consumer Watch flagged one line." points to the quotation as the document's
    return _PERSON_OPENING.match(sentence) is not None and _a_name(sentence)


def _sentence_ending(text: str) -> str:
    """The last sentence of `text` (which ends right before a full stop or a colon)."""
    cut = max(text.rfind(mark) for mark in _SENTENCE_ENDS)
    return text[cut + 1 :].strip()


def _a_name(sentence: str) -> bool:
    """Whether the sentence opens (after a title or role) with two or more capitalised words that are a person's
    name: followed by a comma (an apposition: "Mara Jensen, the company's counsel,") or by a lower-case word."""
    found = _PERSON_OPENING.match(sentence)
    assert found is not None
    name = found.group("name").split()
    if name[-1].casefold() in role_phrases("company_word") or _IT_OBJECT.search(sentence, found.end("name")):
        return False  # "Harper Lane Media followed suit.", "Brooke Hollis updated it in May.": a company, the document
    return len(name) >= 2 and not any(word.casefold() in _unnamed() for word in name)


@cache
def _unnamed() -> frozenset[str]:
    """Words that are no part of a person's name: sentence openers, and function words, since German capitalises the
    nouns after them ("Denn Unternehmen werden …", "Auch Nutzer …")."""
    return role_phrases("not_company") | role_phrases("function_word")
