"""Whose right a kept right is: "Meetly reserved the right to “…”" and "Nubox se reserva el derecho de «…»" are
the terms' words on a page about terms, but not when a regulator or a court keeps the right ("La AEPD se reserva
el derecho de «…»", "The Commission reserved the right to “…”"), nor when the right is to appeal or challenge a
decision ("Piaf se réserve le droit de « faire appel … »"): a party in a case says so."""

from __future__ import annotations

import re

from annotations.detectors.tos_mentions import public_name
from annotations.detectors.tos_vocabulary import flagged_phrases, role_pattern, role_phrases

__all__ = ["others_right"]

# The word right before the verb, and the capitalised word the English pattern opens on.
_LAST_WORD = re.compile(r"(?<![\w&'’.-])([\w&'’.-]+)([,;:]?)\s*$")
MAX_SUBJECT_CHARS = 60
_FIRST_WORD = re.compile(r"[\w&'’.-]+")
# Marks and a comma before the words of a right and before its first word: "das Recht vor, „…".
_MARKS = re.compile(r"[\s,:;\"'“”„«»‘’‚‹›]*")
# The last two words of a right, where a verb that comes last stands: "Berufung einzulegen“.".
_CLOSING = re.compile(r"(?<![\w'’-])[\w'’-]+\W+[\w'’-]+\W*$")
MAX_CLOSING_CHARS = 80


def others_right(subject: str, voice: str, after: str) -> bool:
    """Whether the right kept in `voice` (a company_voice match, `subject` the clause before it, `after` the words
    from it to the end of the quotation) is no company's right in its terms: a public body's, or one to appeal."""
    rights = role_pattern("kept_right").finditer(voice)
    if not rights:
        return False
    verb_last = flagged_phrases("kept_right", "verb_last")
    if _appeals(after, any(right.group().casefold() in verb_last for right in rights)):
        return True  # "se réserve le droit de « faire appel de la décision »"
    found = _subject_word(subject, voice)
    if found is None:
        return False  # no subject of its own ("Además, se reserva el derecho de"), or a pronoun
    # "La AEPD se reserva", "Die Datenschutzbehörde behielt sich das Recht vor"; a company's name or noun keeps
    # its own ("HuddleHub reserves the right to" on a page comparing terms, "a empresa se reserva o direito",
    # "Skyway Travel Agency reserves the right to").
    name, before = found
    return public_name(name, before) or role_pattern("public_subject").fullmatch(name) is not None


def _appeals(after: str, verb_last: bool) -> bool:
    """Whether the right kept is to appeal: an appeal word opens it, after its "to" or "de" ("to appeal", "de
    « faire appel … »", "de «recurrir la multa»"), or, in a language whose verb comes last (`verb_last`: "das Recht
    vor,"), ends it ("„gegen das Urteil Berufung einzulegen“", "„den Bescheid anzufechten“"). One further in is what
    the right acts on: "to “cancel any contest …”", "de «retirar cualquier recurso …»"."""
    start = _past_marks(after, 0)
    connector = role_pattern("right_connector").match(after, start)
    if connector is not None:
        start = _past_marks(after, connector.end())
    if role_pattern("appeal_word").match(after, start) is not None:
        return True
    if not verb_last:
        return False
    last = _CLOSING.search(after, max(0, len(after) - MAX_CLOSING_CHARS))
    return last is not None and role_pattern("appeal_word").search(last.group()) is not None


def _past_marks(text: str, position: int) -> int:
    """Where the marks and spaces from `position` end."""
    found = _MARKS.match(text, position)
    return found.end() if found is not None else position


def _subject_word(subject: str, voice: str) -> tuple[str, str] | None:
    """The capitalised word that is the subject of the kept right, and the word before it: the one the English
    pattern opens on, or the one right before the verb; None for none (a word set off by a comma, a pronoun, a small
    word)."""
    first = _FIRST_WORD.match(voice)
    last = _LAST_WORD.search(subject[-MAX_SUBJECT_CHARS:])
    if (
        first is not None
        and first.group()[0].isupper()
        and not role_pattern("kept_right").search(first.group())
    ):
        word = first.group()
        before = last.group(1) if last is not None and not last.group(2) else ""
    else:
        if last is None or last.group(2):
            return None
        word = last.group(1)
        earlier = _LAST_WORD.search(subject[-MAX_SUBJECT_CHARS:], 0, last.start())
        before = earlier.group(1) if earlier is not None and not earlier.group(2) else ""
    folded = word.casefold()
    if (
        not word[0].isupper()
        or folded in role_phrases("document_pronoun")
        or folded in role_phrases("not_company")
    ):
        return None
    return word, before
