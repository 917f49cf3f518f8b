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
    return vocab.FURNITURE.match(text) is not None


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
    if len(line.text) > vocab.MAX_META_LINE:
        return False
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
    if len(text) > vocab.MAX_META_LINE:
        return False
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
        if vocab.END_OF_BODY_ANY.match(line.text):
            break
        next_line = zone[index + 1] if index + 1 < len(zone) else None
        if _byline(line, header) or _dated(line, header, next_line):
            header.consumed.add(line.number)
        elif header.consumed and not is_furniture(line.text):
            break
    return header


def is_headline_like(text: str) -> bool:
    """A line that could be a headline: a few words, no navigation separators, not furniture."""
    words = [word for word in text.split() if any(char.isalpha() for char in word)]
    if not vocab.HEADLINE_MIN_WORDS <= len(words) <= vocab.HEADLINE_MAX_WORDS:
        return False
    return not vocab.NAVIGATION.search(text) and not is_furniture(text)


def _opens_header(lines: list[Line], index: int) -> bool:
    """Whether the line at `index` is a byline or a date line."""
    scratch = Header()
    next_line = lines[index + 1] if index + 1 < len(lines) else None
    return _byline(lines[index], scratch) or _dated(lines[index], scratch, next_line)


def locate_title(lines: list[Line]) -> tuple[int, list[int]]:
    """The index of the title among non-blank lines, and of the standfirst lines under it.

    The title is the first of the headline-like lines that stand right above the byline;
    without a byline, the first headline-like line near the top.
    """
    top = lines[: vocab.TITLE_SEARCH_LINES]
    end = next((i for i, line in enumerate(top) if vocab.END_OF_BODY_ANY.match(line.text)), None)
    top = top[:end] if end else top
    byline_at = next((index for index in range(1, len(top)) if _opens_header(top, index)), None)
    if byline_at is not None:
        chain = []
        for index in range(byline_at - 1, -1, -1):
            if not is_headline_like(top[index].text):
                break
            chain.append(index)
        if chain:
            return min(chain), sorted(chain)[1:]
        if not is_furniture(top[byline_at - 1].text):
            return byline_at - 1, []
    for index, line in enumerate(top[: vocab.HEADER_ZONE_LINES * 2]):
        if is_headline_like(line.text):
            return index, []
    first = next((index for index, line in enumerate(top) if not is_furniture(line.text)), 0)
    return first, []
