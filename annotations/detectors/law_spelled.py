"""Names an article spells out before the acronym it defines, in any case: "the general data protection law (GDPL)".

A name written in lower case has no shape of its own (law_names.py walks capitalised words), but an acronym in
brackets right after it settles it: when the initials of the words before the bracket spell the acronym and the last
of them is a law's head word, those words are a law's name, and the acronym is defined by it (law_context.py).
"""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.law_name_words import head_words, initial_joiners, phrases

Span = tuple[int, int, "str | None"]

# An acronym in brackets, as articles define one: (GDPL), ("PDPL"), (the "PDPL").
_BRACKETED = re.compile(r"[ \t]\((?:the[ \t])?[\"“']?(?P<acronym>[A-Z]{3,8})[\"”']?\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# How far before the bracket the name's words are read.
WINDOW = 160


@cache
def _heads() -> frozenset[str]:
    """The head words, folded: "law" ends "general data protection law" as "Law" ends a capitalised name."""
    return frozenset(head.casefold() for head in head_words())


@cache
def _joiners() -> frozenset[str]:
    """Lower-case words a name holds between the words its acronym is made of."""
    return initial_joiners() | frozenset(phrases("joiner")) | {"the"}


def spelled_names(text: str) -> list[Span]:
    """Every name in `text` whose words' initials spell the bracketed acronym after it, ending in a head word."""
    if " (" not in text and "\t(" not in text:
        return []
    spans: list[Span] = []
    for match in _BRACKETED.finditer(text):
        start = _spelled_start(text, match.start(), match.group("acronym"))
        if start is not None:
            spans.append((start, match.start(), None))
    return spans


def _spelled_start(text: str, end: int, acronym: str) -> int | None:
    """Where the words ending at `end` begin when their initials spell `acronym` (joining words skipped, or
    kept as POPIA keeps "of") and the last is a head; None otherwise."""
    words = list(_WORD.finditer(text, max(0, end - WINDOW), end))
    if not words or words[-1].end() != end or words[-1].group().casefold() not in _heads():
        return None
    letters = acronym.casefold()
    joiners = _joiners()
    at = len(letters)
    after = end
    for word in reversed(words):
        if text[word.end() : after].strip():
            return None  # "law, data protection law (DPL)": a name's words stand with only spaces between
        after = word.start()
        if word.group()[-1] in "'’" or word.group()[-2:] in ("'s", "’s"):
            return None  # "Utah's Consumer Privacy Act (UCPA)": a possessive is no word of the name
        initial = word.group()[0].casefold()
        if at > 0 and initial == letters[at - 1]:
            at -= 1
            if at == 0:
                return word.start() if _lower_word(text, word.start(), end) else None
        elif word.group() not in joiners:
            return None
    return None


def _lower_word(text: str, start: int, end: int) -> bool:
    """Whether a word of the name other than a joining word opens in lower case ("general data protection law"):
    a capitalised name is law_names.py's to find, with its own edges."""
    joiners = _joiners()
    return any(
        word.group()[0].islower() and word.group() not in joiners for word in _WORD.finditer(text, start, end)
    )
