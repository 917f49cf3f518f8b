"""Guidelines a public body's sentence points to with "its": "The Competition Commission seeks comment on its draft
guidelines" names the regulator's guidelines, not a company's community guidelines (GUIDELINES: a company's
documents only). Read only for a pointing "its" or "their" before the noun "guidelines", with a capitalised public
body (role public_body) earlier in the same sentence; a company's guidelines are most often named in full
("community guidelines"), which this leaves alone."""

from __future__ import annotations

import re

from annotations.detectors.tos_vocabulary import role_phrases

__all__ = ["public_subject_guidelines"]

# How far before the pointing word the sentence is read for the public body that owns the guidelines.
MAX_SUBJECT_CHARS = 160
_POINTED = re.compile(r"(?:its|their)\s+(?:[\w-]+\s+){0,2}guidelines\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:[.!?]\s|\n)")
_WORD = re.compile(r"[\w'’-]+")


def public_subject_guidelines(text: str, start: int, end: int) -> bool:
    """Whether the pointing phrase text[start:end] is "its … guidelines" in a sentence that names a public body
    before it with a capital ("Commission", "Authority"), as its subject or owner."""
    if not _POINTED.fullmatch(text, start, end):
        return False
    head = text[max(0, start - MAX_SUBJECT_CHARS) : start]
    cuts = list(_SENTENCE_START.finditer(head))
    sentence = head[cuts[-1].end() :] if cuts else head
    bodies = {phrase.casefold() for phrase in role_phrases("public_body")}
    return any(
        word[:1].isupper() and word.casefold().removesuffix("'s").removesuffix("’s") in bodies
        for word in _WORD.findall(sentence)
    )
