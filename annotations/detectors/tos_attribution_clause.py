"""A document that a preposition of attribution gives its whole sentence to: "According to Zoomly's terms of service,
you give the company “…”". The clause after the comma reports what the document says of a pronoun subject; it is no
new speaker, though a comma and "you" would otherwise open another subject's clause (role new_clause).

Real pages reach the document through a piece of it ("According to a recent update in Zoomly's terms"), name it with
a generic noun after it ("terms of service agreement") and set a clause of time or condition before the subject
("…, when you use the app, you give"): each is read past here.
"""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_clause_context import governed
from annotations.detectors.tos_vocabulary import holds_phrase, phrase_alternation, role_pattern, role_phrases

__all__ = ["attributed_clause", "through_piece"]

# How much text before the document is read for the preposition of attribution and the piece between.
MAX_PIECE_LEAD_CHARS = 100
# Words between the preposition and the piece ("a recent"), and between the piece and the document ("Zoomly's").
MAX_WORDS_AROUND_PIECE = 3
# Words of a clause of time or condition between the document and the pronoun subject ("when you use the app").
MAX_ADVERBIAL_WORDS = 10
MAX_ADVERBIAL_CHARS = 120
# Marks that end the phrase the preposition opens before it reaches the document ("In our view, the terms …").
_PHRASE_BREAK = re.compile(r"[,;:，、；：.!?]")
# Roles of someone other than the document who speaks or is named as a source.
_OTHERS = ("speaker", "named_speaker", "other_source")


@cache
def _adverbial() -> re.Pattern[str]:
    """A comma, a word that opens a clause of time or condition (role adverbial_opener), and the clause up to the
    comma that closes it; no quotation mark or stop inside."""
    return re.compile(
        rf",[ \t]*(?:{phrase_alternation('adverbial_opener')})\b[^,;:.!?\"“”«»\n]{{1,{MAX_ADVERBIAL_CHARS}}}(?=,)",
        re.IGNORECASE,
    )


def through_piece(before: str) -> bool:
    """Whether a preposition of attribution reaches the document through a piece or a change of it: "According to a
    recent update in", "As per the latest version of" before "Zoomly's terms"."""
    window = before[-MAX_PIECE_LEAD_CHARS:]
    found = list(role_pattern("attributing_preposition").finditer(window))
    if not found:
        return False
    rest = window[found[-1].end() :]
    if _PHRASE_BREAK.search(rest) or any(role_pattern(role).search(rest) for role in _OTHERS):
        return False  # "According to critics of the update to Zoomly's terms": the critics speak
    piece = role_pattern("attributed_piece").search(rest)
    return (
        piece is not None
        and len(words(rest[: piece.start()])) <= MAX_WORDS_AROUND_PIECE
        and len(words(rest[piece.end() :])) <= MAX_WORDS_AROUND_PIECE
    )


def _past_tail(after: str) -> str:
    """`after` past a generic noun that ends the document's name ("terms of service agreement", "policy page")."""
    tail = role_pattern("document_tail").match(after.lstrip())
    return after.lstrip()[tail.end() :] if tail is not None else after


def _past_adverbial(after: str) -> str:
    """`after` past a clause of time or condition set off by commas before the subject (", when you use it")."""
    clause = _adverbial().match(after)
    if clause is None or len(words(clause.group())) > MAX_ADVERBIAL_WORDS + 1:
        return after
    return after[clause.end() :]


def attributed_clause(before: str, after: str) -> bool:
    """Whether the document between `before` and `after` opens its sentence as what the clause after it reports: a
    preposition of attribution governs it (directly or through a piece of it), and the clause after the comma opens
    on a pronoun subject alone, which the document's wording is about, with no speaker of its own."""
    folded = after.casefold()
    if not holds_phrase(folded, "attributed_subject"):
        return False  # no ", you" or ", they" anywhere after the document: most leads, read no further
    if not (governed(before, "attributing_preposition") or through_piece(before)):
        return False
    joint = _past_adverbial(_past_tail(after)).lstrip()
    return any(joint.startswith(phrase) for phrase in role_phrases("attributed_subject")) and not any(
        role_pattern(role).search(after) for role in _OTHERS
    )
