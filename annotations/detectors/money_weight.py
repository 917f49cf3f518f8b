"""Pounds that weigh: a currency word that is also a unit of weight, read as a weight where its sentence says so.

One test for amounts in sentences (money.py) and for table headers (money_table.py); the words are
money.toml's weight-units entry.
"""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.base import SENTENCE_ENDERS
from annotations.knowledge import vocabulary

_SENTENCE_END = re.compile(rf"[{re.escape(SENTENCE_ENDERS)}]\s")


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def _words() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The weight units, lower-cased; nouns of weight; a verb of weighing ending the text, a comparison
    allowed after it; and the fine words that stop a noun from speaking for an amount after them."""
    entry = vocabulary("money.toml").entry("weight-units")
    nouns = re.compile(rf"(?<!\w)(?:{_alternation(entry.get('measure_nouns'))})(?!\w)", re.IGNORECASE)
    verb = re.compile(
        rf"(?<!\w)(?:{_alternation(entry.get('measure_verbs'))})(?:\s+(?:{_alternation(entry.get('comparisons'))}))?\s+\Z",
        re.IGNORECASE,
    )
    stops = re.compile(rf"(?<!\w)(?:{_alternation(entry.get('stop_words'))})(?!\w)", re.IGNORECASE)
    return frozenset(word.lower() for word in entry.phrases), nouns, verb, stops


def weighed(word: str, before: str) -> bool:
    """Whether a currency `word` ("pounds") is a weight, by the text `before` the amount or header form:
    a noun of weight in its sentence with no fine word after it, or a verb of weighing right before."""
    units, nouns, verb, stops = _words()
    if word.lower() not in units:
        return False
    ends = list(_SENTENCE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    if verb.search(before, max(0, len(before) - 40)):
        return True
    found = list(nouns.finditer(before))
    return bool(found) and stops.search(before, found[-1].end()) is None
