"""Searching the article: every match of a term in title, body and comments, in reading order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers import Article

MAX_MATCHES = 10_000


@dataclass(frozen=True, slots=True)
class Match:
    """One match of the search term in a unit's text."""

    unit_id: str
    start: int
    end: int


def find_matches(article: Article, term: str) -> tuple[Match, ...]:
    """Case-insensitive matches of `term` (literal text, never a pattern) in reading order."""
    term = term.strip()
    if not term:
        return ()
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    found: list[Match] = []
    for unit_id, text, _offsets in article.units():
        for match in pattern.finditer(text):
            found.append(Match(unit_id, match.start(), match.end()))
            if len(found) >= MAX_MATCHES:
                return tuple(found)
    return tuple(found)
