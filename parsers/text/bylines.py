"""A byline line at the top of a page saved as text: "By NAME | DATE", "Posted on DATE by NAME"."""

from __future__ import annotations

from dataclasses import dataclass

from parsers.dates import is_date_only, parse_date
from parsers.model import DateValue
from parsers.text import vocabulary as vocab
from parsers.text.ledger import MetadataKind
from parsers.text.lines import Line
from parsers.text.names import is_handle_or_name, names_people_after_preposition, split_authors


@dataclass(frozen=True, slots=True)
class Byline:
    """What a "By NAME | DATE" line says: its names, its date, and whether the whole line is metadata."""

    authors: tuple[str, ...]
    date: DateValue | None
    updated: bool
    kind: MetadataKind | None
    """"byline" when the line may leave the text; None when its date part is no date ("5 min read")."""


def read_byline(line: Line) -> Byline | None:
    """Read a "By NAME | DATE" or "Posted on DATE by NAME" line; None when it names nobody.

    A byline whose date part is no date ("By Ann Lee | 5 min read"), or that goes on past it
    ("… @09:05AM from the watched-every-mile dept."), gives its names and date but stays in the
    text: only what the metadata holds may leave it.
    """
    if len(line.text) > vocab.MAX_META_LINE:
        return None
    text = vocab.BYLINE_TRAILER.sub("", line.text)
    department = vocab.STORY_DEPARTMENT.search(text)
    text = text[: department.start()].rstrip() if department else text
    for pattern in vocab.BYLINE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        authors = split_authors(match.group("authors"))
        if match.group("date") is None and not names_people_after_preposition(text, authors):
            return None  # "Von der Leyen warnt Plattformen", "Por qué Meta paga tanto": a headline
        if pattern is vocab.RELATIVE_BYLINE and not all(map(is_handle_or_name, authors)):
            continue  # "by the way 3 days ago it broke": a sentence; a name of words is capitalised
        date_text, updated = _date_part(match.group("date"))
        date = parse_date(date_text) if date_text and is_date_only(date_text) else None
        if authors:
            whole = (date_text is None or date is not None) and department is None
            kind: MetadataKind | None = "byline" if whole else None
            return Byline(tuple(authors), date, updated, kind)
    return _nameless_byline(text)


def _nameless_byline(text: str) -> Byline | None:
    """A byline's label over its date with no name ("By | October 23rd, 2016"): the date, read as a date
    line's; None unless the rest is a date."""
    match = vocab.NAMELESS_BYLINE.match(text)
    if match is None or not is_date_only(date_text := match.group("date")):
        return None
    date = parse_date(date_text)
    return None if date is None else Byline((), date, False, "date")


def _date_part(text: str | None) -> tuple[str | None, bool]:
    """A byline's date text without its "Updated"/"Published" label, and whether it is an update."""
    if text is None:
        return None, False
    if match := vocab.UPDATED_LINE.match(text):
        return match.group("date"), True
    if match := vocab.PUBLISHED_LINE.match(text):
        return match.group("date"), False
    return text, False
