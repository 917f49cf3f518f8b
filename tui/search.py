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
    in_comments: bool = False


def find_matches(article: Article, term: str) -> tuple[Match, ...]:
    """Case-insensitive matches of `term` (literal text, never a pattern) in reading order."""
    term = term.strip()
    if not term:
        return ()
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    found: list[Match] = []
    for unit in article.units():
        for match in pattern.finditer(unit.text):
            found.append(Match(unit.id, match.start(), match.end(), unit.in_comments))
            if len(found) >= MAX_MATCHES:
                return tuple(found)
    return tuple(found)
