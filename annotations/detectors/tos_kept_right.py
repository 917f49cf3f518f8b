"""Whose right a kept right is: "Meetly reserved the right to “…”" and "Nubox se reserva el derecho de «…»" are
the terms' words on a page about terms, but not when a regulator or a court keeps the right ("La AEPD se reserva
el derecho de «…»", "The Commission reserved the right to “…”"), nor when the right is to appeal or challenge a
decision ("Piaf se réserve le droit de « faire appel … »"): a party in a case says so."""

from __future__ import annotations

import re

from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["others_right"]

_RIGHT = re.compile(r"reserv|\b(?:Recht|derecho|facultad|direito|droit|diritto|recht)\b", re.IGNORECASE)
# The word right before the verb, and the capitalised word the English pattern opens on.
_LAST_WORD = re.compile(r"(?<![\w&'’.-])([\w&'’.-]+)([,;:]?)\s*$")
MAX_SUBJECT_CHARS = 60
_FIRST_WORD = re.compile(r"[\w&'’.-]+")


def others_right(subject: str, voice: str, after: str) -> bool:
    """Whether the right kept in `voice` (a company_voice match, `subject` the clause before it, `after` the words
    from it to the end of the quotation) is no company's right in its terms: a public body's, or one to appeal."""
    if _RIGHT.search(voice) is None:
        return False
    if role_pattern("appeal_word").search(after) is not None:
        return True  # "se réserve le droit de « faire appel de la décision »"
    name = _subject_word(subject, voice)
    if name is None:
        return False  # no subject of its own ("Además, se reserva el derecho de"), or a pronoun
    # "La AEPD se reserva", "Die Datenschutzbehörde behielt sich das Recht vor"; a company's name or noun keeps
    # its own ("HuddleHub reserves the right to" on a page comparing terms, "a empresa se reserva o direito").
    return (
        name.casefold() in role_phrases("public_body")
        or role_pattern("public_subject").fullmatch(name) is not None
    )


def _subject_word(subject: str, voice: str) -> str | None:
    """The capitalised word that is the subject of the kept right: the one the English pattern opens on, or the
    one right before the verb; None for none (a word set off by a comma, a pronoun, a small word)."""
    first = _FIRST_WORD.match(voice)
    if first is not None and first.group()[0].isupper() and not _RIGHT.search(first.group()):
        word = first.group()
    else:
        last = _LAST_WORD.search(subject[-MAX_SUBJECT_CHARS:])
        if last is None or last.group(2):
            return None
        word = last.group(1)
    folded = word.casefold()
    if (
        not word[0].isupper()
        or folded in role_phrases("document_pronoun")
        or folded in role_phrases("not_company")
    ):
        return None
    return word
