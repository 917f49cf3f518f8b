"""Acronyms several laws share with the authorities that enforce them (DPA: a Data Protection Act, a data
protection authority), read as the authority where the article uses them so: defined in brackets after an
authority's name anywhere in it ("the Data Protection Authority (the “DPA”)"), qualified as one ("the lead
DPA"), doing what only a body does ("the DPA fined") or having what only a body has ("KVKK Kurulu", "the DPA
decision")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from annotations.detectors.law_name_words import NAMES
from annotations.knowledge import vocabulary

# What may stand between an authority's name and its acronym: a bracket, "the", a quotation mark, another
# name of it first ("(“Autoriteit Persoonsgegevens”, “DPA”)") and a capitalised word of place ("the “Dutch DPA”").
_OTHER_NAME = r"(?:[^()\n]{1,60}?,\s?)?"


def _phrases(role: str) -> list[str]:
    return sorted((p for e in vocabulary(NAMES).role(role) for p in e.phrases), key=len, reverse=True)


@cache
def _definition() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, _phrases("body_head")))
    return re.compile(
        rf"(?<!\w)(?i:{heads}),?[ \t]?\({_OTHER_NAME}(?:the[ \t])?[\"“'‘]?(?:[A-Z][a-z]+[ \t])?"
        r"(?P<acronym>[A-Z]{2,6})[\"”'’]?\)"
    )


@cache
def _qualified() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, _phrases('body_qualifier')))})[ \t]\Z")


@cache
def _body_acronyms() -> frozenset[str]:
    """The acronyms an authority shares with laws (DPA): only these are read as it by a qualifier or a verb."""
    return frozenset(_phrases("body_acronym"))


@cache
def _acting() -> re.Pattern[str]:
    return re.compile(rf"[ \t](?:{'|'.join(map(re.escape, _phrases('body_verb')))})(?!\w)")


@cache
def _body_noun() -> re.Pattern[str]:
    return re.compile(rf"[ \t](?:{'|'.join(map(re.escape, _phrases('body_noun')))})(?!\w)")


def defined_bodies(texts: Iterable[str]) -> frozenset[str]:
    """The acronyms the article defines in brackets right after an authority's name."""
    return frozenset(match.group("acronym") for text in texts for match in _definition().finditer(text))


def used_as_body(text: str, start: int, end: int, bodies: frozenset[str]) -> bool:
    """Whether the acronym at text[start:end] is an authority here: one the article defines as a body,
    one qualified as an authority is, or one followed by an authority's verb or noun."""
    acronym = text[start:end]
    if not acronym.isupper():
        return False
    if acronym in bodies:
        return True
    # A qualifier or a verb tells the authority only for an acronym an authority shares: "PDPL imposes" is a law.
    return acronym in _body_acronyms() and (
        _qualified().search(text, max(0, start - 16), start) is not None
        or _acting().match(text, end) is not None
        or _body_noun().match(text, end) is not None
    )
