"""Terms-of-service quotes: quoted text that the sentence attributes to a ToS, policy or EULA."""

from __future__ import annotations

import itertools
import re
from functools import cache

from annotations.detectors.base import Unit, sentence_at, sentence_bounds
from annotations.detectors.first_chars import dispatch, split_alternatives
from annotations.detectors.quotes import Quote, find_quotes, marks
from annotations.detectors.trie import word_alternation
from annotations.knowledge import Entry, load_clauses, vocabulary
from annotations.model import ClauseCategory, Finding

TOS = "tos_quotes.toml"
_SENTENCE_END = re.compile(r"[.!?…]\s+")
# Words that may stand between a document and its verb: "the terms of my sleep tracker state".
MAX_WORDS_TO_VERB = 8
_COMPANY = re.compile(
    r"(?<![.!?]\s)\b(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:'s|’s)?\s+(?:own\s+)?(?:new\s+)?(?=\w)"
)
MIN_QUOTE_WORDS = 2
# A clause set off after "the terms state:" without quotation marks needs this many words.
MIN_SET_OFF_WORDS = 4
# How much of the top of the page names the document a thread is about.
TOPIC_UNITS = 3
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CLAUSE_END = re.compile(r"[.!?…](?=\s|$)|\n\s*\n")


def _words(role: str) -> str:
    """Every entry of a role of tos_quotes.toml as one alternation, in file order."""
    return "|".join(entry.regex for entry in vocabulary(TOS).role(role))


@cache
def _documents() -> tuple[tuple[Entry, ...], re.Pattern[str]]:
    """The named documents, then the pointing ones, and one pattern with a group for each, by index."""
    entries = vocabulary(TOS).role("document") + vocabulary(TOS).role("generic_document")
    groups = [(f"d{index}", entry.regex) for index, entry in enumerate(entries)]
    return entries, re.compile(dispatch(groups, re.IGNORECASE), re.IGNORECASE)


@cache
def _speaker() -> re.Pattern[str]:
    """A person or body speaking: a quote nearer to one of these than to a document is theirs."""
    return word_alternation(split_alternatives(_words("speaker")), fold=True)


@cache
def _person() -> re.Pattern[str]:
    """Someone between the document and the verb: "Asked about the terms, a spokesperson said"."""
    return word_alternation(split_alternatives(_words("person")), fold=True)


@cache
def _back_reference() -> re.Pattern[str]:
    """A subject after a sentence break that points back to the document: "... a new EULA. It says"."""
    part = rf"(?:the\s+)?(?:{_words('document_part')})\s+\d+[\w.()]*"
    return re.compile(rf"\s*(?:{_words('back_reference')}|{part})\s*", re.IGNORECASE)


@cache
def _part_says() -> re.Pattern[str]:
    """In a thread about a document, "Section 6 now says" or a bare "Quote:" hands over to it."""
    part = rf"\b(?:{_words('document_part')})\s+\d+[\w.()]*\s+(?:(?:{_words('part_adverb')})\s+)?"
    return re.compile(
        rf"(?:{part}(?:{_words('part_verb')})|\b(?:{_words('bare_lead')}))\s*:?\s*$", re.IGNORECASE
    )


@cache
def _not_companies() -> frozenset[str]:
    return frozenset(phrase for entry in vocabulary(TOS).role("not_company") for phrase in entry.phrases)


def _document(context: str, *, named_only: bool = False) -> tuple[int, int, str] | None:
    """The last document mentioned in `context`: (start, end, name).

    With `named_only`, a bare "the policy" or "the terms" does not count, only a named document.
    """
    best = None
    entries, pattern = _documents()
    for match in pattern.finditer(context):
        entry = entries[int(match.lastgroup[1:]) if match.lastgroup else -1]
        generic = entry.role == "generic_document"
        if named_only and generic:
            continue
        name = entry.get("name")
        if generic:  # a bare "the policy": the noun says which kind of document
            name = entry.get("by_noun", {}).get(match.group().split()[-1].casefold(), name)
        best = (match.start(), match.end(), name)
    return best


def _person_speaks_of(left: str, document_start: int) -> bool:
    """Whether, in the sentence before the document, a person says something about it."""
    sentence_start = max(left.rfind(". ", 0, document_start), left.rfind("\n", 0, document_start)) + 1
    before = left[sentence_start:document_start]
    return bool(_person().search(before) and _speaker().search(before))


def _led_by_document(between: str) -> bool:
    """Whether the verb after a document still has the document (or a part of it) as its subject."""
    parts = _SENTENCE_END.split(between)
    if len(parts) > 1:
        return bool(_back_reference().fullmatch(parts[-1]))
    return len(between.split()) <= MAX_WORDS_TO_VERB and not _person().search(between)


def _company(context: str) -> str | None:
    """The company the attribution names: "Ring's terms", "Ring and its licensees have"."""
    for match in _COMPANY.finditer(context):
        name = match.group("name")
        if name.split()[0] not in _not_companies() and not _documents()[1].fullmatch(name):
            return name
    return None


def clause_categories(quoted: str) -> tuple[ClauseCategory, ...]:
    """The clause categories a quoted passage falls under."""
    return tuple(category for category, pattern in load_clauses() if pattern.search(quoted))


class TosQuoteDetector:
    """Finds quotations attributed to terms of service, privacy policies and similar documents."""

    name = "tos_quotes"

    def _attribution(
        self,
        text: str,
        quote: Quote,
        bounds: list[tuple[int, int]],
        topic: tuple[str, str | None] | None = None,
    ) -> tuple[str, str | None] | None:
        """(document, company) when the quote's sentence, or the one before, names a document."""
        index = sentence_at(bounds, quote.start - 1)
        left_start = bounds[max(0, index - 1)][0]
        left = text[left_start : max(left_start, quote.start - 1)]
        right = text[quote.end + 1 : bounds[sentence_at(bounds, quote.end)][1]]
        found = _document(left)
        if found is not None:
            document_start, document_end, document = found
            # Only a verb after the document can take the quote away from it, or a person who
            # speaks of the document before it ("the minister said the policy would ...").
            speakers = [match for match in _speaker().finditer(left) if match.start() >= document_end]
            if _person_speaks_of(left, document_start):
                return None
            if not speakers or _led_by_document(left[document_end : speakers[-1].start()]):
                return document, _company(left)
        found = _document(right[:80], named_only=True)
        if found is not None and not _speaker().search(right[: found[0]]):
            return found[2], _company(left) or _company(right)
        if topic is not None and _part_says().search(text[bounds[index][0] : max(0, quote.start - 1)]):
            return topic
        return None

    def _lead_in(
        self, text: str, colon: int, topic: tuple[str, str | None] | None = None
    ) -> tuple[str, str | None] | None:
        """(document, company) when the sentence up to a colon hands over to a document's words."""
        bounds = sentence_bounds(text)
        sentence_start = bounds[sentence_at(bounds, max(0, colon - 1))][0]
        left = text[sentence_start:colon]
        found = _document(left)
        if found is None:
            return topic if topic is not None and _part_says().search(left) else None
        if _person_speaks_of(left, found[0]):
            return None
        speakers = [match for match in _speaker().finditer(left) if match.start() >= found[1]]
        if speakers and not _led_by_document(left[found[1] : speakers[-1].start()]):
            return None
        return found[2], _company(left)

    def _finding(self, unit: Unit, start: int, end: int, attribution: tuple[str, str | None]) -> Finding:
        quoted = unit.text[start:end]
        return Finding(
            "tos_quote", unit.id, start, end, quoted, self.name,
            document=attribution[0], company=attribution[1], clauses=clause_categories(quoted),
        )  # fmt: skip

    def _set_off(self, unit: Unit, topic: tuple[str, str | None] | None = None) -> list[Finding]:
        """Clauses set off after a colon without quotation marks: "The terms state: we may ..."."""
        text, findings = unit.text, []
        for colon in (index for index, char in enumerate(text) if char == ":"):
            start = colon + 1 + (len(text[colon + 1 :]) - len(text[colon + 1 :].lstrip()))
            if start >= len(text) or marks().pattern.match(text, start):
                continue
            attribution = self._lead_in(text, colon, topic)
            if attribution is None:
                continue
            stop = _CLAUSE_END.search(text, start)
            end = stop.start() if stop else len(text)
            if len(text[start:end].split()) >= MIN_SET_OFF_WORDS:
                findings.append(self._finding(unit, start, end, attribution))
        return findings

    def _unit_findings(self, unit: Unit, topic: tuple[str, str | None] | None = None) -> list[Finding]:
        text = unit.text
        bounds = sentence_bounds(text)
        findings = self._set_off(unit, topic) if ":" in text else []
        for quote in find_quotes(text):
            quoted = text[quote.start : quote.end]
            if len(quoted.split()) < MIN_QUOTE_WORDS:
                continue
            attribution = self._attribution(text, quote, bounds, topic)
            if attribution is None:
                continue
            document, company = attribution
            findings.append(
                Finding(
                    "tos_quote",
                    unit.id,
                    quote.start,
                    quote.end,
                    quoted,
                    self.name,
                    document=document,
                    company=company,
                    clauses=clause_categories(quoted),
                )
            )
        return findings

    def _block_after(
        self, previous: Unit, unit: Unit, topic: tuple[str, str | None] | None = None
    ) -> Finding | None:
        """A block quote (or set-off paragraph) whose lead-in ends the block before it."""
        lead = previous.text.rstrip()
        if not lead.endswith(":") or unit.block_kind not in ("quote", "paragraph", "list_item"):
            return None
        if marks().pattern.match(unit.text) or len(unit.text.split()) < MIN_SET_OFF_WORDS:
            return None
        attribution = self._lead_in(lead, len(lead) - 1, topic)
        if attribution is None:
            return None
        # The clause's own closing full stop is punctuation of the page, not of the clause.
        end = len(unit.text.rstrip())
        end -= 1 if unit.text[:end].endswith(".") else 0
        return self._finding(unit, 0, end, attribution)

    def _topic(self, units: tuple[Unit, ...]) -> tuple[str, str | None] | None:
        """The document the page is about, when its title or first paragraphs name one."""
        top = "\n\n".join(unit.text for unit in units[:TOPIC_UNITS] if not unit.in_comments)
        found = _document(top)
        return (found[2], _company(top)) if found else None

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        """Every terms-of-service quote in the units."""
        topic = self._topic(units)
        findings = [
            finding
            for unit in units
            for finding in self._unit_findings(unit, topic if unit.id != "title" else None)
        ]
        for previous, unit in itertools.pairwise(units):
            if (
                not previous.in_comments
                and not unit.in_comments
                and (found := self._block_after(previous, unit, topic))
            ):
                findings.append(found)
        return findings
