"""Laws: names, short names, rules and citations from the knowledge base, with provision references."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, cached_property

from annotations.currencies import sign_chars
from annotations.detectors.base import Unit
from annotations.detectors.first_chars import dispatch
from annotations.detectors.jurisdiction import jurisdiction_signals, resolve
from annotations.detectors.trie import word_trie
from annotations.knowledge import load_laws, vocabulary
from annotations.model import Finding, LawEntry

REFERENCES = "law_references.toml"
_PROVISION_NUMBER = r"(?:\d+[A-Za-z]?|[IVXLC]{1,6}\b)(?:\(\w{1,4}\))*(?:\.\d+)*"
_SUBSECTION = r"(?:\([A-Za-z0-9]{1,4}\))"


def _words(role: str) -> str:
    """Every entry of a role of law_references.toml as one alternation, in file order."""
    return "|".join(entry.regex for entry in vocabulary(REFERENCES).role(role))


@cache
def provision_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A provision reference before a law's name ("Section 5 of the", "Art. 83(5)"), one after it,
    and what may follow a statutory citation (subsections, ranges and lists: "§ 45(m)(1)(A)",
    "§§ 6501-6506", "14/15(b)", "§§ 631 and 638.51")."""
    word = f"(?:{_words('provision_word')})"
    numbers = (
        rf"{_PROVISION_NUMBER}(?:\s*(?:{_words('list_link')})\s*(?:{word}\s*)?{_PROVISION_NUMBER}){{0,6}}"
    )
    link = rf"(?:(?:{_words('provision_link')})\s+(?:the\s+)?(?:(?:{_words('law_qualifier')})\s+)?)?"
    not_after = rf"[\w%{re.escape(sign_chars())}]"
    return (
        re.compile(rf"(?<!\w){word}\s*{numbers}\s+{link}$"),
        re.compile(rf"^\s+{word}\s*{numbers}"),
        re.compile(
            rf"^(?:[./]\d+[a-z]?)*{_SUBSECTION}*(?:\s*(?:{_words('tail_link')})\s*\d+[a-z]?(?:\.\d+)*{_SUBSECTION}*(?!{not_after}))*"
        ),
    )


# How far back a provision reference may start before the law's name.
_LOOKBEHIND = 90


class LawDetector:
    """Finds mentions of the laws in the knowledge base."""

    name = "laws"

    def __init__(self, laws: tuple[LawEntry, ...] | None = None) -> None:
        self.laws = laws if laws is not None else load_laws()
        self._by_id = {law.id: law for law in self.laws}

    @cached_property
    def _patterns(self) -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
        """(pattern, folded name → law id) for full names, short names; then citations."""
        full = {name.casefold(): law.id for law in self.laws for name in (law.name, *law.aliases)}
        short = {name: law.id for law in self.laws for name in law.short_names}
        found = []
        if full:
            found.append((word_trie(full, fold=True, not_before=r"\w", not_after=r"\w"), full))
        if short:
            found.append((word_trie(short, fold=False, not_before=r"\w-", not_after=r"\w-"), short))
        return tuple(found)

    @cached_property
    def _citations(self) -> tuple[re.Pattern[str], list[str]]:
        """One pattern for every citation form, a group per form, dispatched on first characters."""
        groups: list[tuple[str, str]] = []
        owners: list[str] = []
        for law in self.laws:
            for pattern in law.citation_patterns:
                groups.append((f"c{len(owners)}", pattern))
                owners.append(law.id)
        return re.compile(dispatch(groups)), owners

    def _inside_longer_name(self, text: str, start: int, end: int, law_id: str) -> bool:
        """Whether the match is part of a longer name the law lists as not its own ("Personal Data Act")."""
        for longer in self._by_id[law_id].not_within:
            window = text[max(0, start - len(longer)) : end + len(longer)].casefold()
            offset = max(0, start - len(longer))
            at = window.find(longer.casefold())
            while at >= 0:
                if offset + at <= start and offset + at + len(longer) >= end:
                    return True
                at = window.find(longer.casefold(), at + 1)
        return False

    def _law_for(self, text: str, names: dict[str, str]) -> str | None:
        key = " ".join(text.replace("’", "'").split())
        return names.get(key.casefold()) or names.get(key)

    def _extend(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Widen a name to the provision reference around it: "Section 5 of the FTC Act"."""
        provision_before, provision_after, citation_tail = provision_patterns()
        before = provision_before.search(text[max(0, start - _LOOKBEHIND) : start])
        if before:
            start = start - (len(text[max(0, start - _LOOKBEHIND) : start]) - before.start())
        after = provision_after.match(text[end : end + _LOOKBEHIND])
        if after:
            end += after.end()
        if end < len(text) and text[end] in "./(-–, a":
            tail = citation_tail.match(text[end : end + _LOOKBEHIND])
            if tail and (text[end - 1].isdigit() or text[end - 1] == ")"):
                end += tail.end()
        return start, end

    def _matches(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, law id) of every name and citation, longest first where they overlap."""
        spans = []
        for pattern, names in self._patterns:
            for match in pattern.finditer(text):
                law_id = self._law_for(match.group(), names) or self._law_for(match.group().casefold(), names)
                if law_id and not self._inside_longer_name(text, match.start(), match.end(), law_id):
                    spans.append((match.start(), match.end(), law_id))
        citation_pattern, owners = self._citations
        for match in citation_pattern.finditer(text):
            if match.lastgroup:
                spans.append((match.start(), match.end(), owners[int(match.lastgroup[1:])]))
        return _without_overlaps(spans)

    @cached_property
    def _context(self) -> tuple[re.Pattern[str], dict[str, list[str]]]:
        """Bare names several laws share ("Privacy Act"), each with the laws it may mean."""
        owners: dict[str, list[str]] = {}
        for law in self.laws:
            for name in law.context_names:
                owners.setdefault(name, []).append(law.id)
        return word_trie(owners, fold=False, not_before=r"\w-", not_after=r"\w-"), owners

    def _context_matches(self, text: str, signals: Counter[str]) -> list[tuple[int, int, str]]:
        """Shared bare names resolved by the jurisdiction the article points to."""
        pattern, owners = self._context
        spans = []
        for match in pattern.finditer(text):
            candidates = owners.get(" ".join(match.group().replace("’", "'").split()), [])
            chosen = resolve((self._by_id[law_id] for law_id in candidates), signals)
            if chosen is not None:
                spans.append((match.start(), match.end(), chosen.id))
        return spans

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        """Every law mention in the units."""
        ordinary = {unit.id: self._matches(unit.text) for unit in units}
        named = (self._by_id[law_id].jurisdiction for spans in ordinary.values() for _s, _e, law_id in spans)
        # The article's jurisdiction is read only when a shared bare name occurs at all.
        shared = self._context[1] and any(self._context[0].search(unit.text) for unit in units)
        signals = jurisdiction_signals(units, named) if shared else Counter()
        findings = []
        for unit in units:
            spans = ordinary[unit.id]
            if signals:
                spans = _without_overlaps(spans + self._context_matches(unit.text, signals))
            for start, end, law_id in spans:
                start, end = self._extend(unit.text, start, end)
                law = self._by_id[law_id]
                findings.append(
                    Finding("law", unit.id, start, end, unit.text[start:end], self.name, ref=law_id, law=law)
                )
        return findings


def _without_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the longest of overlapping spans, then the earliest."""
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda item: (-(item[1] - item[0]), item[0])):
        if all(span[1] <= other[0] or span[0] >= other[1] for other in kept):
            kept.append(span)
    return sorted(kept)
