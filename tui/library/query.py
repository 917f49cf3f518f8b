"""What the reader asks of the library: words to find, a law, a penalty currency, a date range.

A query can be written as one line, as on the command line and in the library screen's search box:
`gdpr fine law:gdpr currency:EUR since:2024-01-01 until:2024-12-31`; words without a prefix are
searched in titles, bodies and comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from annotations.knowledge import load_laws

_TOKEN = re.compile(r"^(law|currency|since|until|penalty):(.+)$", re.IGNORECASE)
_CURRENCY = re.compile(r"^[A-Za-z]{3}$")


@dataclass(frozen=True, slots=True)
class LibraryQuery:
    """Filters for the article list; every one that is set must hold."""

    words: str = ""
    law: str | None = None
    """A knowledge-base law id: articles that cite it or have a penalty tied to it."""
    currency: str | None = None
    """Articles with a penalty in this currency, largest first (amounts are never converted)."""
    with_penalty: bool = False
    since: date | None = None
    until: date | None = None
    """The article's date (published, else saved) on or before this day."""


def resolve_law(name: str) -> str | None:
    """The knowledge-base id of a law named by its id, name, short name or alias (any case)."""
    wanted = " ".join(name.split()).casefold()
    for law in load_laws():
        names = (law.id, law.name, *law.short_names, *law.aliases)
        if any(wanted == candidate.casefold() for candidate in names):
            return law.id
    return None


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_query(text: str) -> tuple[LibraryQuery, list[str]]:
    """A query from one line, and a plain sentence for each part that could not be understood."""
    query, words, problems = LibraryQuery(), [], []
    for token in text.split():
        match = _TOKEN.match(token)
        if match is None:
            words.append(token)
            continue
        key, value = match.group(1).lower(), match.group(2)
        if key == "law":
            law = resolve_law(value.replace("_", " "))
            query = replace(query, law=law) if law else query
            problems += [] if law else [f"no law called {value!r} in the knowledge base"]
        elif key in ("currency", "penalty"):
            if _CURRENCY.match(value):
                query = replace(query, currency=value.upper())
            elif value.lower() in ("any", "yes"):
                query = replace(query, with_penalty=True)
            else:
                problems.append(f"{value!r} is not a three-letter currency code")
        else:
            day = _day(value)
            if day is None:
                problems.append(f"{value!r} is not a date like 2024-05-31")
            else:
                query = replace(query, since=day) if key == "since" else replace(query, until=day)
    return replace(query, words=" ".join(words)), problems


def fts_expression(words: str) -> str | None:
    """An FTS5 match expression for the reader's words: each one quoted, the last also as a prefix.

    Quoting keeps operators and punctuation in the reader's words from being read as FTS5 syntax.
    """
    terms = [word.replace('"', '""') for word in words.split() if word.strip('"')]
    if not terms:
        return None
    quoted = [f'"{term}"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)
