"""The top of a page saved as text: its title, byline and dates."""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.dates import find_date, is_date_only, parse_date
from parsers.model import DateValue
from parsers.sanitize import clean_inline
from parsers.text import vocabulary as vocab
from parsers.text.lines import Line


@dataclass(slots=True)
class Header:
    """What the lines under the title say about the article."""

    authors: list[str] = field(default_factory=list)
    published: DateValue | None = None
    updated: DateValue | None = None
    consumed: set[int] = field(default_factory=set)

    def add_date(self, value: DateValue | None, *, updated: bool = False) -> bool:
        """Record a date: the first is the publication date, a later or "updated" one the update."""
        if value is None:
            return False
        if updated or self.published is not None:
            self.updated = self.updated or value
        else:
            self.published = value
        return True


def is_furniture(text: str) -> bool:
    """Whether a line is page furniture wherever it stands."""
    return any(pattern.match(text) for pattern in vocab.FURNITURE_LINES)


def split_authors(text: str) -> list[str]:
    """Names in "A, B and C"; empty when the text does not look like names."""
    names = [clean_inline(part) for part in vocab.AUTHOR_SPLIT.split(text.strip(" ,.|"))]
    found = [name for name in names if name]
    if not found or any(len(name.split()) > vocab.NAME_MAX_WORDS for name in found):
        return []
    return found


def is_name(text: str) -> bool:
    """Whether a line is a person's name alone."""
    words = text.split()
    return 1 <= len(words) <= vocab.NAME_MAX_WORDS and bool(vocab.NAME_LINE.match(text))


def _byline(line: Line, header: Header) -> bool:
    """Read a "By NAME | DATE" or "Posted on DATE by NAME" line into the header."""
    for pattern in vocab.BYLINE_PATTERNS:
        match = pattern.match(line.text)
        if not match:
            continue
        authors = split_authors(match.group("authors"))
        date_text = match.group("date")
        if not authors and not date_text:
            continue
        if not authors and date_text and parse_date(date_text):
            header.add_date(parse_date(date_text))
            return True
        header.authors.extend(authors)
        header.add_date(parse_date(date_text))
        return bool(authors)
    return False


def _dated(line: Line, header: Header, next_line: Line | None) -> bool:
    """Read an "Updated • DATE", "Published: DATE", date-only or name line into the header."""
    text = line.text
    if (match := vocab.UPDATED_LINE.match(text)) and is_date_only(match.group("date")):
        return header.add_date(parse_date(match.group("date")), updated=True)
    if (match := vocab.PUBLISHED_LINE.match(text)) and is_date_only(match.group("date")):
        return header.add_date(parse_date(match.group("date")))
    if is_date_only(text):
        found = find_date(text)
        return header.add_date(found[0] if found else None)
    next_is_date = next_line is not None and (is_date_only(next_line.text) or _starts_dated(next_line.text))
    if not header.authors and is_name(text) and next_is_date:
        header.authors.append(clean_inline(text) or text)
        return True
    return False


def _starts_dated(text: str) -> bool:
    """Whether a line is an "Updated DATE"-like line."""
    return bool(vocab.UPDATED_LINE.match(text) or vocab.PUBLISHED_LINE.match(text))


def read_header(lines: list[Line]) -> Header:
    """Read the byline and dates from the lines that follow the title."""
    header = Header()
    zone = lines[: vocab.HEADER_ZONE_LINES]
    for index, line in enumerate(zone):
        next_line = zone[index + 1] if index + 1 < len(zone) else None
        if _byline(line, header) or _dated(line, header, next_line):
            header.consumed.add(line.number)
        elif header.consumed and not is_furniture(line.text):
            break
    return header
