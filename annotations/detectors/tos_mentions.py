"""The documents a text names: by name ("the privacy policy"), by a pointing word on a page about
them ("the policy", "the new wording"), or by a numbered part ("Section 6"); and the company whose
document it is.

A page's `Page` says whether it names a document anywhere and which one its top is about: a weak
pointing word counts only on such a page, and a part or a pointing word takes the topic's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from annotations.detectors.jurisdiction import cue_words
from annotations.detectors.law_name_words import word_sets
from annotations.detectors.memo import per_text
from annotations.detectors.tos_public_subject import public_subject_guidelines
from annotations.detectors.tos_vocabulary import (
    documents,
    flagged_phrases,
    joined_parts,
    law_after_part,
    law_names,
    part_link,
    part_pattern,
    role_pattern,
    role_phrases,
)
from annotations.knowledge import Entry
from annotations.quick_init import quick_init

# The document of a page that names one only in passing, with no topic and none before the quote.
DEFAULT_DOCUMENT = "terms of service"
# How far after a part the document it is joined to may start: "of the new".
MAX_LINK_CHARS = 40
# What may stand between a document and its part named after it: "the old version of", "the terms, ".
_APPOSED = re.compile(r"\s+of\s+|\s*,\s*")
_LAST_WORD = re.compile(r"[\w-]+$")
# The owner of a named document, and up to two words between ("council's new online privacy policy"), read
# within MAX_OWNER_CHARS before it.
_OWNER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<before>[\w-]+)\s+)?(?P<owner>[\w-]+)(?:['’]s\s+(?:[\w-]+\s+){0,2})?$"
)
MAX_OWNER_CHARS = 60
# A public owner named right after a document: "of the ministry", "released by the IT ministry", "do governo", "del
# ministerio" (the word before the owner, if any, decides a public_head as public_name says).
_OWNER_AFTER = re.compile(
    r"[ \t]+(?:of[ \t]+the|(?:released|issued|published|drafted|adopted|prepared)[ \t]+by[ \t]+the|d[oa]|del|de[ \t]+la)"
    r"[ \t]+(?:(?P<before>[\w-]+)[ \t]+)?(?P<owner>[\w-]+)\b",
    re.IGNORECASE,
)
# How far before a document's name the state's adjective right before it is read (public_adjective: "National Data
# Policy", "government-wide"): the longest such word and the spaces after it.
MAX_ADJECTIVE_CHARS = 40
_POSSESSIVE_END = re.compile(r"['’]s?$")
_DIGIT = re.compile(r"\d")
# How far before a pointing word the numbered part that names it may start.
MAX_PART_REACH = 30
# The number of a part just before a pointing word, after the part's word (vocabulary numbered-part-words):
# "Cláusula 7.2 ", "Punkt 5 ", "cl. 12 ".
_PART_NUMBER = re.compile(r"(?<!\s)\s+\d{1,3}(?:\.\d{1,3}){0,2}(?:\s*,)?\s+$")
# Whose terms a numbered part's weak pointing word is: the first word after "do", "der", "of the".
_WHOSE = re.compile(
    r"\s+(?P<link>d[oa]s?|de|del|des|der|dem|von|of(?:\s+the)?|della|dello|du)\s+(?P<word>[\w-]+)",
    re.IGNORECASE,
)
# German links before a noun, capitalised whether or not it names a company.
_GERMAN_LINKS = frozenset({"des", "der", "dem"})
# The longest a document's or a pointing phrase's words run: a phrase cut by the end of a window is looked for
# within this many characters of it (may_name_document).
MAX_EDGE_CHARS = 120
_LONG_SPACE = re.compile(r"\s{20}")
# The longest word of a company's name: a bound, so that a run of initials ("A.A.A.…") is read from
# each of its capitals only this far (unbounded, 10,000 characters of them took 4 s).
MAX_COMPANY_WORD = 60
# The rest of a sentence after a name, and how far after "its" its document's name may start ("its updated terms").
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,200}")
MAX_OWNER_GAP = 40
# A quoted stretch, left out where a name is counted: quoted terms capitalise their own nouns.
_QUOTED = re.compile(r"“[^”\n]{0,600}”|«[^»\n]{0,600}»|„[^“”\n]{0,600}[“”]|\"[^\"\n]{0,600}\"")
# Opening on its capital (the edge and the full stop before it looked at from there), so that re
# skips in C to the next capital instead of trying every position.
_COMPANY = re.compile(
    rf"(?P<name>[A-Z](?<!\w.)(?<![.!?]\s.)[\w&.-]{{0,{MAX_COMPANY_WORD}}}"
    rf"(?:[ \t]+[A-Z][\w&.-]{{0,{MAX_COMPANY_WORD}}}){{0,2}})(?P<possessive>'s|’s)?\s+(?=\w)"
)


@quick_init
@dataclass(frozen=True, slots=True)
class Source:
    """The document a quotation is from, and the company whose document it is when the text says."""

    document: str
    company: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """What the whole page says about documents: whether it names one, which it is about, and whether
    it speaks of a company's users (a consumer cue outside quotation marks: users, customers, an app)."""

    names_document: bool
    topic: Source | None
    consumer: bool = False
    privacy: bool = False
    """Whether the page has a word of privacy (role privacy_word: "個人情報"): "新ポリシー" is then its privacy policy."""
    lawless: bool = False
    """Whether the page names no law, by name or by a word for one (role law_word): a bare "El artículo 4.2" on it is
    a part of the document the page names."""
    state_policy: bool = False
    """Whether the page's top is about a state's policy ("The Cabinet approved a national data policy", "India's draft
    National Data Governance Policy"): a bare "the policy" on it is the state's (tos_antecedents.state_top)."""


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A document named in the text; `noun` is the head noun of one named only by a pointing word."""

    start: int
    end: int
    name: str
    noun: str | None = None


def document_mentions(text: str, page: Page | None = None, *, named_only: bool = False) -> list[Mention]:
    """Documents named in `text`; a weak pointing word counts only on a page that names a document,
    a topical one only on a page whose top names one.

    A pointing phrase that overlaps a named document ("Its user agreement") gives way to it.
    """
    privacy = _Privacy(text, page)
    found = [
        Mention(start, end, entry.get("name"))
        for start, end, entry in _matches("document", text)
        if not public_owner(text, start)
        and not public_after(text, end)
        and (not entry.get("privacy_word") or privacy.spoken())
    ]
    if not named_only:
        named = _Spans(found)
        for start, end, entry in _matches("generic_document", text):
            if not _counts(entry, page) and not _owned_or_numbered(text, start, end, entry, page):
                continue
            if (
                role_pattern("foreign_owner").match(text, end)
                or public_owner(text, start)
                or _public_inside(text[start:end])
                or public_subject_guidelines(text, start, end)  # "The Commission … on its draft guidelines"
                or role_pattern("store_label").search(text, start, end)
            ):
                continue  # "the opening section of the bill", "the commission's policy", "The EDPB guidelines"
            if named.overlaps(start, end):
                continue
            noun = text[start:end].split()[-1].casefold()
            default = page.topic.document if page and page.topic else entry.get("name")
            found.append(Mention(start, end, entry.get("by_noun", {}).get(noun, default), noun))
        if page is not None and page.names_document:
            found.extend(_parts(text, page))
    return sorted(found, key=lambda mention: mention.start) if len(found) > 1 else found


class _Privacy:
    """Whether the page, or `text` where no page is known, has a word of privacy ("プライバシー", "個人情報"): worked out
    at most once a call, when a privacy word's document ("新ポリシー") asks. Searched for each of them, a text of
    thousands of them and no privacy word was read once per mention."""

    def __init__(self, text: str, page: Page | None) -> None:
        self.text = text
        self.known = page.privacy if page is not None else None

    def spoken(self) -> bool:
        """Whether the page or the text has a word of privacy."""
        if self.known is None:
            self.known = role_pattern("privacy_word").search(self.text) is not None
        return self.known


class _Spans:
    """Documents named in a text, in order and apart (as a scan finds them), asked which overlap a span
    by bisection: a paragraph of thousands of pointing words was compared with every name for each."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a named document overlaps text[start:end]; the last one starting before `end` would."""
        index = bisect_left(self.mentions, end, key=_mention_start) - 1
        return index >= 0 and self.mentions[index].end > start


def _mention_start(mention: Mention) -> int:
    return mention.start


def _counts(entry: Entry, page: Page | None) -> bool:
    """Whether a pointing word's entry counts on the page: a weak one where the page names a document,
    a topical one ("the new rules") where the top of the page is about one, a consumer one ("the contract",
    a loan agreement) where the page names a document or speaks of users: a merger's is none; one of the page's own
    topic only where the top of the page is about that document or one of its `topics` ("the licence" on a page about a
    licence agreement or terms of service, not a broadcaster's licence on a page about a privacy policy)."""
    if entry.get("weak") and not (page and page.names_document):
        return False
    if entry.get("own_topic") and not (
        page and page.topic and page.topic.document in (entry.get("topics") or [entry.get("name")])
    ):
        return False
    if entry.get("consumer") and not (page and (page.names_document or page.consumer)):
        return False
    return not entry.get("topical") or bool(page and page.topic)


def _owned_or_numbered(text: str, start: int, end: int, entry: Entry, page: Page | None) -> bool:
    """Whether a pointing word that does not count on its page counts all the same: a company's policy by
    name, or weak terms a numbered clause stands before ("Cláusula 7.2 dos termos")."""
    if page is not None and _company_policy(text, start, end, entry):
        return True
    return bool(entry.get("weak")) and _numbered_part_before(text, start) and _company_terms_after(text, end)


def _numbered_part_before(text: str, start: int) -> bool:
    """Whether a numbered part of a document stands right before a pointing word: "Cláusula 7.2 dos termos",
    "Punkt 5 der Bedingungen" (a reader citing the clause of the terms by number names the document)."""
    window = text[max(0, start - MAX_PART_REACH) : start]
    number = _PART_NUMBER.search(window)
    if number is None:
        return False
    before = window[: number.start()].casefold()
    return any(
        before.endswith(word) and not before[: -len(word)][-1:].isalnum()
        for word in role_phrases("numbered_part_word")
    )


def _company_terms_after(text: str, end: int) -> bool:
    """Whether what follows a numbered part's weak terms word leaves them a company's: nothing, a company
    noun ("dos termos do banco") or a name ("von Nuvo"); not a tender's, a deal's or a programme's
    ("das condições do edital", "dos termos do acordo", "der Bedingungen des Förderprogramms")."""
    whose = _WHOSE.match(text, end)
    if whose is None:
        return True
    word, link = whose["word"], whose["link"].casefold()
    if word.casefold() in role_phrases("terms_owner_noun"):
        return True
    return word[:1].isupper() and link not in _GERMAN_LINKS


def _company_policy(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether a weak "policy" is a company's by its name before it ("WhatsApp's new policy"), so that it
    counts on a page that names no document; not a country's ("India's new policy") nor a public body's."""
    if not entry.get("weak") or entry.get("topical") or not text.startswith(("'s", "’s"), start):
        return False
    if text[start:end].split()[-1].casefold() != "policy":
        return False
    owner = _LAST_WORD.search(text, max(0, start - 40), start)
    if owner is None or not owner.group()[0].isupper() or owner.group() in cue_words():
        return False
    name = owner.group().casefold()
    return name not in role_phrases("public_body") and name not in _not_companies()


def public_documents(text: str) -> list[int]:
    """Where the documents a public body owns are named in `text` ("The city council's privacy policy"): none of
    them is a company's (document_mentions leaves them out)."""
    return [start for start, _, _ in _matches("document", text) if public_owner(text, start)]


def public_owner(text: str, start: int) -> bool:
    """Whether a public body owns the document named at `start`, by the word before its "'s" and up to two words
    between ("The city council's privacy policy", "the Commission's new privacy notice", "the commission's policy",
    where a pointing phrase starts at the "'s"): a company's document only counts (GUIDELINES). A word that ends
    companies' names too is a public body's as public_name says ("the county council's", "The authority's", not "the
    travel agency's terms" nor "Shop Council's")."""
    owner = _OWNER_BEFORE.search(text, max(0, start - MAX_OWNER_CHARS), start)
    if owner is not None and public_name(owner.group("owner"), owner.group("before") or ""):
        return True
    # "its draft National Data Policy", "정부의 데이터 정책": a state's adjective right before the name (public_adjective).
    head = text[max(0, start - MAX_ADJECTIVE_CHARS) : start]
    word = head.rstrip(" \t")
    if len(word) == len(head) or not word:
        return False
    pieces = word.rsplit(None, 1)
    if len(pieces) == 1 and start > MAX_ADJECTIVE_CHARS:
        return False  # a word the window cut
    return _public_adjective(pieces[-1])


def _public_adjective(word: str) -> bool:
    """Whether `word` is a state's adjective (public_adjective); one of an entry flagged `capitalised` only with its
    capital, as a word of a policy's name ("National Data Policy", not "a national privacy policy for its app")."""
    folded = word.casefold()
    if folded not in role_phrases("public_adjective"):
        return False
    return not (word[:1].islower() and folded in flagged_phrases("public_adjective", "capitalised"))


def public_after(text: str, end: int) -> bool:
    """Whether a public body owns the document named up to `end`, by the words right after it: "the draft data policy
    released by the IT ministry", "a política de dados do governo", "la política de datos del ministerio"."""
    owner = _OWNER_AFTER.match(text, end)
    return owner is not None and public_name(owner.group("owner"), owner.group("before") or "the")


def _public_inside(phrase: str) -> bool:
    """Whether a word of a pointing phrase before its noun names a public body, as its owner would before it: "The
    EDPB guidelines", "the ICO's guidelines", "the Commission's new guidelines" are a regulator's, not a company's."""
    words = [_POSSESSIVE_END.sub("", word) for word in phrase.split()[:-1]]
    return any(public_name(word, before) for before, word in zip(["", *words], words, strict=False))


def public_name(name: str, before: str) -> bool:
    """Whether the word `name`, with the word `before` it, names a public body (public_body): one that ends companies'
    names too (public_head: "Skyway Travel Agency", "Shop Council") only after a public word (public_qualifier: "the
    county council"), a determiner ("the authority", "its agency") or, an Authority, after a proper name ("the Data
    Protection Authority")."""
    folded = name.casefold()
    if folded not in role_phrases("public_body"):
        return False
    if folded not in role_phrases("public_head"):
        return True
    if before.casefold() in role_phrases("public_qualifier") or before.casefold() in role_phrases(
        "determiner"
    ):
        return (
            True  # "the county council", "The authority's privacy policy": no company's name opens on "the"
        )
    return folded == "authority" and name[0].isupper() and before[:1].isupper()


def may_name_document(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a window that opens after a quotation's closing mark, may name a document (False:
    document_mentions of it is surely empty), read without scanning it: a document's or a pointing phrase's words
    start in it or run into it (found once per text, looked up by halving), it holds a digit (a numbered part), or its
    last MAX_EDGE_CHARS hold such words (a phrase cut short by `end`: "terms" of "terms of service"). A sentence of
    thousands of quotations searched the thousand characters after each of them for a document none of them names."""
    if _DIGIT.search(text, start, end) is not None or _LONG_SPACE.search(text, start, end) is not None:
        return True  # a part's number, or a run of spaces a phrase's words may stretch over past the edge
    starts, reach = _word_spans(text)
    index = bisect_left(starts, start)
    if index < len(starts) and starts[index] < end:
        return True
    if index > 0 and reach[index - 1] > start:
        return True
    # Read alone (its own words decide which patterns to try; at its start it may find more, never less).
    edge = text[max(start, end - MAX_EDGE_CHARS) : end]
    return any(documents(role).words.search(edge) for role in ("document", "generic_document"))


@per_text
def _word_spans(text: str) -> tuple[list[int], list[int]]:
    """Where the words of documents and of pointing phrases start in `text`, in order, and the farthest any of them up
    to each one ends."""
    found = sorted(
        (match.start(), match.end())
        for role in ("document", "generic_document")
        for match in documents(role).words.finditer(text)
    )
    return [start for start, _ in found], list(accumulate((end for _, end in found), max))


def _matches(role: str, text: str) -> list[tuple[int, int, Entry]]:
    """(start, end, entry) of every document of one role in `text`."""
    known = documents(role)
    return [(match.start(), match.end(), known.entry(text, match)) for match in known.words.finditer(text)]


def _parts(text: str, page: Page) -> list[Mention]:
    """Numbered parts ("Section 6", "clause 6.3") that stand for the document, not for a law: not one
    followed by a law's name ("Article 17 of the GDPR") or another text's ("Section 15 of the report"), nor one that is a law's name ("Section 230"), nor
    an article not joined to the document's name ("Article 21 says") on a page that names a law."""
    if _DIGIT.search(text) is None:
        return []  # a part is numbered
    name = page.topic.document if page.topic else DEFAULT_DOCUMENT
    return [
        Mention(match.start(), match.end(), name)
        for match in part_pattern().finditer(text)
        if not law_after_part().match(text, match.end())
        and not role_pattern("other_text_part").match(text, match.end())
        and not _law_named(match.group())
        and (
            page.lawless
            or _noun(match.group()) not in joined_parts()
            or _joined(text, match.start(), match.end())
        )
    ]


def _noun(part: str) -> str:
    """The noun of a numbered part: "art" of "Art. 6"."""
    return re.split(r"[\s.\d]", part, maxsplit=1)[0].casefold()


def _joined(text: str, start: int, end: int) -> bool:
    """Whether a part is joined to a document's name: after it ("article 5 des CGU"), or before it
    ("the old version of article 9.3", "the user agreement, article 9.3,")."""
    after = min(len(text), end + MAX_LINK_CHARS)
    before = max(0, start - MAX_LINK_CHARS)
    for role in ("document", "generic_document"):
        for found in documents(role).words.finditer(text, before, after):
            if found.start() >= end and part_link().fullmatch(text, end, found.start()):
                return True
            if found.end() <= start and _APPOSED.fullmatch(text, found.end(), start):
                return True
    return False


def _law_named(part: str) -> bool:
    """Whether a numbered part, without its sub-numbers, is a law's name: "Section 230(c)(1)"."""
    return part.split("(", 1)[0].rstrip().casefold() in law_names()


@cache
def _not_companies() -> frozenset[str]:
    return role_phrases("not_company")


@cache
def _function_words() -> frozenset[str]:
    return role_phrases("function_word")


def _company_name(context: str, match: re.Match[str]) -> str:
    """The name a match holds without the document's own name after it ("Twitter" of "Twitter TOS"), and then
    without an opening function word ("Parkly" of "The Parkly Privacy Statement")."""
    start, end = match.span("name")
    space = context.find(" ", start, end)
    if space < 0:
        return match.group("name")  # one word ("Its"): a document found from its end on starts past it
    found = documents("document").words.search(context, space + 1)
    if found is None or found.start() >= end:
        return match.group("name")
    while (space := context.find(" ", start, found.start())) > 0 and _names_nothing(context[start:space]):
        start = space + 1
    return context[start : found.start()].rstrip()


def _without_stop(name: str) -> str:
    """A name without the full stop that ends its sentence ("Instagram." → "Instagram"); "Inc." keeps its own."""
    if name.endswith(".") and name.rsplit(None, 1)[-1].casefold() not in role_phrases("company_word"):
        return name[:-1]
    return name


def _names_nothing(word: str) -> bool:
    """Whether a capitalised word names no company: "The", "On", "Despite"."""
    return word.casefold() in _not_companies() or word.casefold() in _function_words()


def company(context: str) -> str | None:
    """The company the attribution names: "Ring's terms", "the Vidlo TOS", "Ring updated its terms", or a name the
    context gives more than once (_named_as_owner). A name given once and in no such place is more often a
    heading's first word ("Boring legal texts."), a person or an authority than the document's company: none
    is given."""
    return next((name for name, owned in _company_names(context) if owned), None)


def first_company_name(context: str) -> str | None:
    """The first name in `context` that may be a company's, owned or not: "Zipp" of "Zipp can now keep"."""
    return next((name for name, _ in _company_names(context)), None)


def _company_names(context: str) -> Iterator[tuple[str, bool]]:
    """The names in `context` that may be a company's, each with whether it stands as a document's owner; never a
    law's name ("fined under the Consumer Protection Act after its terms said"), a word that opens a sentence
    but names nothing ("On", "Despite", "Der"), the first word of the document's own name ("Terms of Service –
    three sites compared"), nor words across a line break (a heading's end and the next line)."""
    for match in _COMPANY.finditer(context):
        cut = _company_name(context, match)
        name = _without_stop(cut)
        words = name.split()
        if (
            words
            and not _names_nothing(words[0])
            and not documents("document").words.fullmatch(name)
            and not documents("document").words.match(context, match.start())
            and words[-1] not in word_sets()["heads"]
            and name.casefold() not in law_names()
        ):
            yield name, _named_as_owner(context, match, cut, name)


def _named_as_owner(context: str, match: re.Match[str], cut: str, name: str) -> bool:
    """Whether a name stands as a document's owner: with "'s", set right before a document's name ("the Vidlo
    TOS", "Vidlo terms of service"), followed in its sentence by "its"/"su" and a document ("Ring updated its
    terms", "explica WhatsApp en su Política de Privacidad"), or given again outside quotation marks (words
    capitalised in quoted terms, "Services", "Content", are no company). `cut` is the name the match holds without
    a document's name after it (_company_name), `name` that without a sentence's full stop too."""
    if match.group("possessive") or cut != match.group("name"):
        return True
    ends_sentence = name != cut or "\n" in match.group()
    if not ends_sentence and any(
        documents(role).words.match(context, match.end()) for role in ("document", "generic_document")
    ):
        return True  # "Vidlo terms of service"; not "… on Vidlo. The terms say": a new sentence's document
    sentence = _SENTENCE_REST.match(context, match.end())
    rest = sentence.group() if sentence else ""
    owner = role_pattern("owner_word").search(rest)
    if owner is not None and (
        documents("generic_document").words.match(rest, owner.start())
        or documents("document").words.search(rest[: owner.end() + MAX_OWNER_GAP], owner.end())
    ):
        return True
    unquoted = _QUOTED.sub(" ", context)
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", unquoted)) > 1
