"""Terms-of-service quotes: quoted text that the sentence attributes to a ToS, policy or EULA."""

from __future__ import annotations

import itertools
import re

from annotations.detectors.base import Unit, sentence_at, sentence_bounds
from annotations.detectors.first_chars import dispatch
from annotations.detectors.quotes import Quote, find_quotes
from annotations.knowledge import load_clauses
from annotations.model import ClauseCategory, Finding

# Documents whose words a quote may come from, with the name we give each.
DOCUMENTS = (
    (r"terms of service|terms-of-service|\bToS\b|\bTOS\b", "terms of service"),
    (r"terms of use|terms and conditions|\bT&Cs?\b|user terms|service terms", "terms of use"),
    (
        r"user agreement|subscriber agreement|service agreement|customer agreement|membership agreement",
        "user agreement",
    ),
    (r"end[- ]user licen[cs]e agreement|\bEULA\b|licen[cs]e agreement|licen[cs]e terms", "licence agreement"),
    (
        r"privacy (?:policy|notice|statement|text|page|terms)|data (?:use )?policy|data protection (?:policy|notice)",
        "privacy policy",
    ),
    (r"cookie (?:policy|notice)", "cookie policy"),
    (
        r"community (?:guidelines|standards|rules)|acceptable use policy|content policy",
        "community guidelines",
    ),
    (
        r"(?:\b(?:the|that|this|their|its|our|your|whose|new|updated|revised|same)|(?<=\w)['’]s)\s+(?:(?:same|new|updated|revised|own|English|French|German|Spanish|Italian)\s+)?(?:version of the\s+)?(?:terms(?!\s+(?:of|and)\b)|conditions|agreement|fine print|guidelines|document|policy|notice)\b",
        "terms of service",
    ),
)
_DOCUMENT = re.compile(
    dispatch([(f"d{index}", pattern) for index, (pattern, _) in enumerate(DOCUMENTS)], re.IGNORECASE),
    re.IGNORECASE,
)
# A person or body speaking: a quote nearer to one of these than to a document is theirs.
_SPEAKER = re.compile(
    r"\b(?:said|says|told|tells|stated|added|argued|explained|wrote|writes|tweeted|posted|noted|commented|warned|"
    r"according to (?!(?:the|their|its|his|her|our)\s+(?:terms|policy|privacy|user|licen|eula|cookie|community))|"
    r"ruled|held|found that|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
# Words that may stand between a document and its verb: "the policy says", "the EULA. It says".
# After a sentence break, the verb still belongs to the document when its subject points back to it:
# "The privacy notice goes further. It says ...", "... a new EULA. Section 4 says ...".
_BACK_REFERENCE = re.compile(
    r"\s*(?:it|they|this|that|these|which|(?:the\s+)?(?:section|clause|paragraph|article|part|term)\s+\d+[\w.()]*)\s*",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…]\s+")
# Words that may stand between a document and its verb: "the terms of my sleep tracker state".
MAX_WORDS_TO_VERB = 8
# A person between the document and the verb is who speaks: "Asked about the terms, a spokesperson said".
_PERSON = re.compile(
    r"\b(?:spokes\w*|officials?|ministers?|executives?|CEO|chief|lawyers?|attorneys?|judges?|commissioners?|"
    r"regulators?|directors?|representatives?|founders?|he|she)\b",
    re.IGNORECASE,
)
_COMPANY = re.compile(
    r"(?<![.!?]\s)\b(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:'s|’s)?\s+(?:own\s+)?(?:new\s+)?(?=\w)"
)
_NOT_COMPANIES = frozenset(
    "The A An According Their Its His Her Our Your This That These Those Like Under In As".split()
)
MIN_QUOTE_WORDS = 2
# A clause set off after "the terms state:" without quotation marks needs this many words.
MIN_SET_OFF_WORDS = 4
# In a comment thread about a document, these hand over to it without naming it again:
# "Section 6 now says", "Clause 4.2 reads", or a bare "Quote:".
_PART_SAYS = re.compile(
    r"(?:\b(?:section|clause|paragraph|part|article|term)\s+\d+[\w.()]*\s+(?:now\s+|also\s+|even\s+|actually\s+)?"
    r"(?:says|states|reads|provides|stipulates)|\bquote)\s*:?\s*$",
    re.IGNORECASE,
)
# How much of the top of the page names the document a thread is about.
TOPIC_UNITS = 3
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_CLAUSE_END = re.compile(r"[.!?…](?=\s|$)|\n\s*\n")
_QUOTE_MARK_START = re.compile("^[\"'“”„«»‘’‚「」『』]")


_GENERIC_NAMES = {
    "policy": "privacy policy",
    "notice": "privacy policy",
    "guidelines": "community guidelines",
}


def _document(context: str, *, named_only: bool = False) -> tuple[int, int, str] | None:
    """The last document mentioned in `context`: (start, end, name).

    With `named_only`, a bare "the policy" or "the terms" does not count, only a named document.
    """
    best = None
    for match in _DOCUMENT.finditer(context):
        index = int(match.lastgroup[1:]) if match.lastgroup else len(DOCUMENTS) - 1
        if named_only and index == len(DOCUMENTS) - 1:
            continue
        name = DOCUMENTS[index][1]
        if index == len(DOCUMENTS) - 1:  # a bare "the policy": the noun says which kind of document
            name = _GENERIC_NAMES.get(match.group().split()[-1].casefold(), name)
        best = (match.start(), match.end(), name)
    return best


def _person_speaks_of(left: str, document_start: int) -> bool:
    """Whether, in the sentence before the document, a person says something about it."""
    sentence_start = max(left.rfind(". ", 0, document_start), left.rfind("\n", 0, document_start)) + 1
    before = left[sentence_start:document_start]
    return bool(_PERSON.search(before) and _SPEAKER.search(before))


def _led_by_document(between: str) -> bool:
    """Whether the verb after a document still has the document (or a part of it) as its subject."""
    parts = _SENTENCE_END.split(between)
    if len(parts) > 1:
        return bool(_BACK_REFERENCE.fullmatch(parts[-1]))
    return len(between.split()) <= MAX_WORDS_TO_VERB and not _PERSON.search(between)


def _company(context: str) -> str | None:
    """The company the attribution names: "Ring's terms", "Ring and its licensees have"."""
    for match in _COMPANY.finditer(context):
        name = match.group("name")
        if name.split()[0] not in _NOT_COMPANIES and not _DOCUMENT.fullmatch(name):
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
            speakers = [match for match in _SPEAKER.finditer(left) if match.start() >= document_end]
            if _person_speaks_of(left, document_start):
                return None
            if not speakers or _led_by_document(left[document_end : speakers[-1].start()]):
                return document, _company(left)
        found = _document(right[:80], named_only=True)
        if found is not None and not _SPEAKER.search(right[: found[0]]):
            return found[2], _company(left) or _company(right)
        if topic is not None and _PART_SAYS.search(text[bounds[index][0] : max(0, quote.start - 1)]):
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
            return topic if topic is not None and _PART_SAYS.search(left) else None
        if _person_speaks_of(left, found[0]):
            return None
        speakers = [match for match in _SPEAKER.finditer(left) if match.start() >= found[1]]
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
            if start >= len(text) or _QUOTE_MARK_START.match(text[start:]):
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
        if _QUOTE_MARK_START.match(unit.text) or len(unit.text.split()) < MIN_SET_OFF_WORDS:
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
