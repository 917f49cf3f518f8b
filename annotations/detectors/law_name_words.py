"""The word vocabulary of law names (law_names.toml) as sets, and the small word tests both walks share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from annotations.knowledge import vocabulary

NAMES = "law_names.toml"


@dataclass(frozen=True, slots=True)
class NameCandidate:
    """A law's name found by its shape: every start it may have (longest first) and its end."""

    starts: tuple[int, ...]
    end: int
    core_end: int  # the end of the name before its year or number
    capital_after: bool = False  # a capitalised word follows: "Law Firm" (fine only in a title-case line)


def phrases(role: str) -> tuple[str, ...]:
    """Every phrase of a role of law_names.toml."""
    return tuple(phrase for entry in vocabulary(NAMES).role(role) for phrase in entry.phrases)


def patterns(role: str) -> tuple[str, ...]:
    """Every pattern of a role of law_names.toml."""
    return tuple(entry.pattern for entry in vocabulary(NAMES).role(role) if entry.pattern)


def _flagged(role: str, flag: str) -> frozenset[str]:
    """The phrases of the entries of a role whose field `flag` is true."""
    return frozenset(
        phrase
        for entry in vocabulary(NAMES).role(role)
        if entry.get(flag) is True
        for phrase in entry.phrases
    )


@cache
def word_sets() -> dict[str, frozenset[str]]:
    """Each word role of law_names.toml as a set, generic names folded, and the heads by their flags."""
    roles = (
        "joiner",
        "head_joiner",
        "not_name",
        "clause_opener",
        "possessive",
        "field",
        "title_stop",
        "subject",
        "not_subject",
        "subject_noun",
        "the_after",
        "legal_word",
        "ambiguous_acronym",
        "headline_verb",
        "modal",
        "list_joiner",
        "initial_joiner",
        "subject_article",
        "title_article",
        "title_list_word",
        "law_word",
        "citation_start",
        "title_function",
        "title_case_link",
        "terms_document",
        "kinds_plural",
        "kinds_joiner",
        "document_lead",
        "document_lead_link",
        "compound_not_stem",
        "body_task",
        "body_lead",
        "numberless_part",
    )
    found = {role: frozenset(phrases(role)) for role in roles}
    found["generic"] = frozenset(phrase.casefold() for phrase in phrases("generic"))
    found["heads"] = frozenset(phrases("head"))
    for flag in (
        "under_act",
        "opens",
        "fielded",
        "two_words",
        "only_opens",
        "needs_legal_word",
        "takes_provision",
        "needs_suffix",
        "counted",
    ):
        found[flag] = _flagged("head", flag)
    found["complete"] = _flagged("opener", "complete")
    found["needs_title"] = _flagged("subject_link", "needs_title")
    found["lower_adjectives"] = _flagged("subject_link", "lower_adjectives")
    found["after_citation"] = _flagged("subject_link", "after_citation")
    return found


@cache
def fused_case() -> str:
    """Lookaheads for a Turkish case ending fused to a law's last word ("Kanununda"): the name ends before it."""
    parts = []
    for entry in vocabulary(NAMES).role("fused_case"):
        endings = "|".join(sorted(map(re.escape, entry.phrases), key=len, reverse=True))
        parts += [rf"(?<={re.escape(word)})(?=(?:{endings})(?!\w))" for word in entry.get("after")]
    return "|".join(parts)


@cache
def suffix_pattern() -> re.Pattern[str]:
    """A year or a number that belongs to the name before it."""
    return re.compile("(?:" + "|".join(entry.regex for entry in vocabulary(NAMES).role("suffix")) + ")")


def capitalised(word: str) -> bool:
    """A name word: Capitalised, ALL CAPS, NIS2, or an 'ePrivacy' word."""
    return bool(word) and (word[0].isupper() or (len(word) > 1 and word[0].islower() and word[1].isupper()))


def with_suffix(text: str, end: int) -> int:
    """The end of the name after its year or number, if one follows."""
    match = suffix_pattern().match(text, end)
    return match.end() if match else end


LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def sentence_line(text: str) -> bool:
    """Whether a line is a headline sentence rather than a name standing alone: after its first word it
    holds a verb of news ("Texas Sues Carmaker Under ... Act") or a capitalised word that opens no name."""
    return _holds_after_first(text, "headline_verb", "not_name")


def news_verb_line(text: str) -> bool:
    """Whether a line holds a verb of news after its first word ("FTC Finalizes Changes to ...")."""
    return _holds_after_first(text, "headline_verb")


def _holds_after_first(text: str, *roles: str) -> bool:
    """Whether a word after the line's first one has one of the word roles of law_names.toml."""
    sets = word_sets()
    return any(word in sets[role] for word in LINE_WORD.findall(text)[1:] for role in roles)


@cache
def ambiguous_acronyms() -> frozenset[str]:
    """Acronyms never taken from a law's name alone (a DPA is as often a data processing agreement)."""
    return word_sets()["ambiguous_acronym"]


@cache
def head_words() -> frozenset[str]:
    """Every head word: a short form that is only one of these ("the Act") is no name."""
    return word_sets()["heads"]


def initial_joiners() -> frozenset[str]:
    """Lower-case words of a name whose initials some acronyms keep ("of" in POPIA)."""
    return word_sets()["initial_joiner"]
