"""The words of tos_quotes.toml, compiled once: documents, who else speaks, verbs, leads and markers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

from annotations.detectors.gate import Alternatives, OpeningWords, joined_alternation, shared_alternatives
from annotations.detectors.trie import literal_trie, word_trie
from annotations.detectors.word_keys import fold_cases
from annotations.knowledge import Entry, load_laws, vocabulary
from parsers import scripts

TOS = "tos_quotes.toml"
# Chinese, Japanese and Korean script: no spaces between words, so no word edges either.
CJK = scripts.CJK + scripts.FULLWIDTH_FORMS
_CJK = re.compile(f"[{CJK}]")
# Chinese and Japanese script, which set no spaces between words (Korean Hangul spaces its words).
UNSPACED = scripts.UNSPACED
_UNSPACED = re.compile(f"[{UNSPACED}]")
# A role of at most this many phrases and no pattern is first looked for with `in` (Words.needles).
MAX_NEEDLES = 8
# A role's trie not made yet (Words.make_trie) is made after this many stretches of texts (a search from `pos` or up
# to `endpos`), whatever they hold: reading each stretch's words costs more than the scan once the trie is there. A
# whole text's words are read (and kept a while, gate.OpeningWords.may_hold_recent) whether the trie is made or not,
# so whole texts do not count: on the dense bench thread, made for them, fourteen tries that never matched cost the
# first annotate 80 ms.
MAX_SKIPPED_TEXTS = 64
# What a phrase's words may be joined by in a text: any run of spaces, either apostrophe (trie.py).
_JOINS = re.compile(r"[\s'’]+")


def is_cjk(text: str) -> bool:
    """Whether `text` holds Chinese, Japanese or Korean script."""
    return bool(_CJK.search(text))


def is_unspaced(text: str) -> bool:
    """Whether `text` holds Chinese or Japanese script, whose words no space sets apart."""
    return bool(_UNSPACED.search(text))


def _edged(phrase: str) -> str:
    """A phrase as a pattern that matches whole words only (phrases in CJK script match anywhere)."""
    escaped = re.escape(phrase)
    if is_cjk(phrase):
        return escaped
    before = r"(?<!\w)" if phrase[0].isalnum() else ""
    after = r"(?!\w)" if phrase[-1].isalnum() else ""
    return before + escaped + after


def entry_pattern(entry: Entry) -> str:
    """One entry as an alternation: its phrases with word edges, then its pattern as written."""
    parts = [_edged(phrase) for phrase in sorted(entry.phrases, key=len, reverse=True)]
    return "|".join(parts + ([entry.pattern] if entry.pattern else []))


class Words:
    """The entries of a role as a few patterns searched together: whole-word phrases in a trie
    that re scans fast, the other phrases and the patterns as they are written (each text is
    searched only for those whose literal pieces it holds).

    `needles`, for a role of a few phrases only, holds a piece of each phrase as it stands in any text
    that holds the phrase, folded as re folds it ignoring case (word_keys.fold_cases; the texts are folded
    too unless no needle has a cased letter): a text with none of them is not searched. A page in English
    was searched for "個人情報" at 12 ns a character (a pattern led by a lookahead is tried at every position),
    where `in` passes over it at once.

    `opening`, the trie's phrases' opening words (gate.OpeningWords): a text (or a stretch of it that ends
    where the text does) without them is not searched with the trie, which re tries at every position
    (led by a lookbehind, no character to skip to).

    `make_trie`, given instead of the trie, makes it when a text first may hold one of its phrases (by
    `opening`): on a short page most roles' tries were compiled for texts that hold none of their words."""

    def __init__(
        self,
        trie: re.Pattern[str] | None,
        rest: Alternatives | None,
        needles: tuple[tuple[str, ...], bool] | None = None,
        opening: OpeningWords | None = None,
        make_trie: Callable[[], re.Pattern[str]] | None = None,
    ) -> None:
        self._trie_made, self.rest, self.needles = trie, rest, needles
        self.opening = opening
        self._make_trie = make_trie if trie is None and opening is not None else None
        self._skipped = 0
        # The last text asked about and its answer: a loop of match(text, pos) over one text folds it once.
        self._last: tuple[str, bool] | None = None

    @property
    def trie(self) -> re.Pattern[str] | None:
        """The trie of the whole-word phrases, made when first asked for."""
        make = self._make_trie
        if make is not None:
            self._trie_made = make()
            self._make_trie = None  # after the trie is in place: a thread that finds no maker finds the trie
        return self._trie_made

    def _trie_for(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Pattern[str] | None:
        """The trie to search text[pos:endpos] with: None, while it is not made, when the stretch surely holds none of
        its phrases (a match lies inside the stretch, its first words whole there, as `opening` reads them)."""
        if self._make_trie is None:
            return self._trie_made
        opening = self.opening
        assert opening is not None  # made only with it
        # As re reads pos and endpos: a negative one is 0, one past the end is the end.
        start = max(pos, 0)
        stop = len(text) if endpos is None else max(min(endpos, len(text)), 0)
        if start == 0 and stop == len(text):
            return self.trie if opening.may_hold_recent(text) else None
        self._skipped += 1
        if self._skipped > MAX_SKIPPED_TEXTS:
            return self.trie  # a role asked this often is asked on a long page: scanned as it always is
        return self.trie if opening.may_hold(text[start:stop]) else None

    def _absent(self, text: str) -> bool:
        """Whether `text` surely holds no match: it holds none of the needles (so neither does any stretch
        of it that pos and endpos mark)."""
        if self.needles is None:
            return False
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        needles, cased = self.needles
        folded = fold_cases(text) if cased else text
        absent = not any(needle in folded for needle in needles)
        self._last = (text, absent)
        return absent

    def _rest(self, text: str) -> re.Pattern[str] | None:
        """The alternation of the other phrases and patterns to search `text` with, if any can match."""
        return self.rest.for_text(text) if self.rest is not None else None

    def _trie(self, text: str, endpos: int | None = None) -> re.Pattern[str] | None:
        """The trie, unless `text` (searched up to `endpos`) surely holds none of its phrases. A stretch that
        ends before the text does is searched as it is: a word cut there may end a phrase."""
        trie = self._trie_for(text, 0, endpos)
        if trie is None or self.opening is None:
            return trie
        if endpos is not None and endpos < len(text):
            return trie
        return trie if self.opening.may_hold_recent(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """Every match, in order, the longest where two start together, none overlapping."""
        # _absent, _rest and _trie inlined: this runs tens of times a quotation, on short texts.
        if self.needles is not None and self._absent(text):
            return []
        end = len(text) if endpos is None else endpos
        rest = self.rest.for_text(text) if self.rest is not None else None
        trie = self._trie_made if self._make_trie is None else self._trie_for(text, pos, end)
        if trie is not None and self.opening is not None and end >= len(text):
            trie = trie if self.opening.may_hold_recent(text) else None
        found = list(trie.finditer(text, pos, end)) if trie is not None else []
        if rest is None:
            return found
        if not found and not self.rest.may_be_empty:  # type: ignore[union-attr]
            return list(rest.finditer(text, pos, end))  # one finditer's matches are in order and apart
        found += rest.finditer(text, pos, end)
        if len(found) < 2:
            return found
        found.sort(key=_earliest_longest)
        kept = [found[0]]
        for match in found[1:]:
            if match.start() >= kept[-1].end():
                kept.append(match)
        return kept

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match (the longest of those that start first; the trie's where both are alike)."""
        if self.needles is not None and self._absent(text):
            return None
        end = len(text) if endpos is None else endpos
        rest = self.rest.for_text(text) if self.rest is not None else None
        trie = self._trie_made if self._make_trie is None else self._trie_for(text, pos, end)
        if trie is not None and self.opening is not None and end >= len(text):
            trie = trie if self.opening.may_hold_recent(text) else None
        first = trie.search(text, pos, end) if trie is not None else None
        other = rest.search(text, pos, end) if rest is not None else None
        if first is None or other is None:
            return first or other
        return other if _earliest_longest(other) < _earliest_longest(first) else first

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The longest match starting at `pos` (the trie's where both are as long)."""
        if self.needles is not None and self._absent(text):
            return None
        rest = self.rest.for_text(text) if self.rest is not None else None
        trie = self._trie_made if self._make_trie is None else self._trie_for(text, pos)
        if trie is not None and self.opening is not None:
            trie = trie if self.opening.may_hold_recent(text) else None
        first = trie.match(text, pos) if trie is not None else None
        other = rest.match(text, pos) if rest is not None else None
        if first is None or other is None:
            return first or other
        return other if other.end() > first.end() else first

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """A match of the whole text."""
        if self._absent(text):
            return None
        trie = self._trie(text)
        first = trie.fullmatch(text) if trie is not None else None
        if first is not None:
            return first
        rest = self._rest(text)
        return rest.fullmatch(text) if rest is not None else None


def _earliest_longest(match: re.Match[str]) -> tuple[int, int]:
    return match.start(), -match.end()


# Roles searched in turn on one text (tos_mentions.document_mentions): their other phrases and patterns are gated
# together (gate.shared_alternatives).
SHARED_GATE_ROLES = ("document", "generic_document")


def _plain_and_rest(role: str) -> tuple[list[str], list[str]]:
    """A role's whole-word phrases (for its trie), and its other phrases and its patterns (for its alternation)."""
    entries = vocabulary(TOS).role(role)
    phrases = [phrase for entry in entries for phrase in entry.phrases]
    plain = [
        phrase for phrase in phrases if phrase[0].isalnum() and phrase[-1].isalnum() and not is_cjk(phrase)
    ]
    # Longest first, as the trie reads the plain ones: "私隱政策聲明" is one document, not "私隱政策" and a statement.
    rest = [
        _edged(phrase) for phrase in sorted((p for p in phrases if p not in plain), key=len, reverse=True)
    ]
    rest += [entry.pattern for entry in entries if entry.pattern]
    return plain, rest


@cache
def _shared_rests() -> tuple[Alternatives | None, ...]:
    """The alternations of SHARED_GATE_ROLES, gated together."""
    return tuple(shared_alternatives([_plain_and_rest(role)[1] for role in SHARED_GATE_ROLES], re.IGNORECASE))


@cache
def role_pattern(role: str) -> Words:
    """Every entry of a role, matched case-insensitively as whole words."""
    entries = vocabulary(TOS).role(role)
    phrases = [phrase for entry in entries for phrase in entry.phrases]
    plain, rest = _plain_and_rest(role)
    alternatives = (
        _shared_rests()[SHARED_GATE_ROLES.index(role)]
        if role in SHARED_GATE_ROLES
        else Alternatives(rest, re.IGNORECASE)
        if rest
        else None
    )
    needed = (
        needles(phrases)
        if len(phrases) <= MAX_NEEDLES and not any(entry.pattern for entry in entries)
        else None
    )
    opening = OpeningWords(plain) if plain else None
    make_trie = partial(word_trie, plain, fold=True, not_before=r"\w", not_after=r"\w") if plain else None
    return Words(None, alternatives, needed, opening, make_trie)


def needles(phrases: list[str]) -> tuple[tuple[str, ...], bool] | None:
    """For each phrase, its longest run between spaces and apostrophes, folded (every text that holds the
    phrase, ignoring case, holds it folded); and whether one has a cased letter (the text is then folded too).
    None when a phrase has no such run."""
    found = []
    for phrase in phrases:
        runs = [run for run in _JOINS.split(phrase) if run]
        if not runs:
            return None
        found.append(fold_cases(max(runs, key=len)))
    cased = any(char.lower() != char.upper() for needle in found for char in needle)
    return tuple(found), cased


@cache
def role_alternation(role: str) -> re.Pattern[str]:
    """Every entry of a role as one plain alternation, case-insensitive, with no word edges: for words read with the
    endings and particles of the languages that attach them to the word (tos_trailing)."""
    # Behind a lookahead on the characters a match opens with (gate.joined_alternation): "written_lead" searched over
    # the sixty characters before each quotation tried its optional openings at every position (10 -> 3 µs).
    entries = vocabulary(TOS).role(role)
    return re.compile(joined_alternation([entry.regex for entry in entries], re.IGNORECASE), re.IGNORECASE)


@cache
def role_phrases(role: str) -> frozenset[str]:
    """The phrases of a role, case-folded, for exact look-ups of a single word."""
    return frozenset(phrase.casefold() for entry in vocabulary(TOS).role(role) for phrase in entry.phrases)


def holds_phrase(folded: str, role: str) -> bool:
    """Whether a case-folded text holds one of a role's phrases anywhere, as `in` finds them: one scan in C, where a
    test per phrase cost a few microseconds on each quotation's lead-in (the twenty of "effect_verb")."""
    scan = _phrase_scan(role)
    return scan is not None and scan.search(folded) is not None


@cache
def _phrase_scan(role: str) -> re.Pattern[str] | None:
    """The phrases of a role, case-folded, as one literal trie; None for a role of none."""
    phrases = role_phrases(role)
    return re.compile(literal_trie(phrases)) if phrases else None


def phrase_alternation(role: str) -> str:
    """The phrases of a role, case-folded and escaped, longest first, as one alternation for a pattern to hold."""
    return "|".join(
        re.escape(phrase) for phrase in sorted(role_phrases(role), key=lambda phrase: (-len(phrase), phrase))
    )


@cache
def flagged_phrases(role: str, flag: str) -> frozenset[str]:
    """The phrases, case-folded, of a role's entries that carry `flag` ("poster", "remark")."""
    return frozenset(
        phrase.casefold()
        for entry in vocabulary(TOS).role(role)
        if entry.get(flag)
        for phrase in entry.phrases
    )


@dataclass(frozen=True, slots=True)
class Documents:
    """The documents of one role: a fast pattern for all of them, and which entry a match is."""

    words: Words
    by_phrase: dict[str, Entry]
    role: str

    @property
    def by_pattern(self) -> tuple[tuple[re.Pattern[str], Entry], ...]:
        """The entries with a pattern, each compiled alone: asked only for a match no phrase gives."""
        return _document_patterns(self.role)

    def entry(self, text: str, found: re.Match[str]) -> Entry:
        """The entry a match in `text` belongs to (a pattern is tried where the match starts)."""
        entry = self.by_phrase.get(_key(found.group()))
        if entry is not None:
            return entry
        for pattern, item in self.by_pattern:
            again = pattern.match(text, found.start())
            if again is not None and again.end() == found.end():
                return item
        return self.by_pattern[0][1] if self.by_pattern else next(iter(self.by_phrase.values()))


def _key(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").casefold().split())


@cache
def documents(role: str) -> Documents:
    """The documents of one role ("document" or "generic_document")."""
    entries = vocabulary(TOS).role(role)
    by_phrase = {_key(phrase): entry for entry in entries for phrase in entry.phrases}
    return Documents(role_pattern(role), by_phrase, role)


@cache
def _document_patterns(role: str) -> tuple[tuple[re.Pattern[str], Entry], ...]:
    """The entries of one role that have a pattern, each compiled alone, when first needed: compiled with the
    role's other words, the seventy of them cost a fiftieth of the first annotate, where most pages name their
    documents by phrases."""
    entries = vocabulary(TOS).role(role)
    return tuple((re.compile(entry.pattern, re.IGNORECASE), entry) for entry in entries if entry.pattern)


@cache
def part_pattern() -> re.Pattern[str]:
    """A numbered part of a document: "Section 14(c)", "sec. 8.4", "article 9.3", "clause 6.3"."""
    return re.compile(
        rf"(?<!\w)(?:{phrase_alternation('document_part')})\.?[ \t]?\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}(?:\([a-z0-9]{{1,3}}\)){{0,3}}(?![\w.]\d)",
        re.IGNORECASE,
    )


@cache
def joined_parts() -> frozenset[str]:
    """The part nouns that stand for the document only joined to its name ("article 5 des CGU")."""
    entries = vocabulary(TOS).role("document_part")
    return frozenset(
        phrase.casefold() for entry in entries if entry.get("joined") for phrase in entry.phrases
    )


@cache
def law_names() -> frozenset[str]:
    """Every name and short name of a law in the knowledge base, folded: a numbered part that is one
    of them ("Section 230") is the law, not a section of the terms."""
    return frozenset(
        name.casefold() for law in load_laws() for name in (law.name, *law.short_names, *law.aliases)
    )


@cache
def law_name_pattern() -> re.Pattern[str]:
    """Any law's name or short name as written (with case): where an article names a law."""
    names = {name for law in load_laws() for name in (law.name, *law.short_names, *law.aliases)}
    return word_trie(sorted(names), fold=False, not_before=r"\w", not_after=r"\w")


@cache
def law_after_part() -> re.Pattern[str]:
    """What makes a numbered part a law's: "Article 17 of the GDPR" (matched with case)."""
    return re.compile(f"(?:{entry_pattern(vocabulary(TOS).entry('law-after-part'))})")


@cache
def part_link() -> re.Pattern[str]:
    """What joins a numbered part to the document it is of: "of the new", "der neuen"."""
    return re.compile(f"(?:{entry_pattern(vocabulary(TOS).entry('part-of-document'))})", re.IGNORECASE)


@cache
def list_marker() -> re.Pattern[str]:
    """An item marker at the start of a line, with the space after it."""
    return re.compile(f"(?:{entry_pattern(vocabulary(TOS).entry('list-markers'))})")
