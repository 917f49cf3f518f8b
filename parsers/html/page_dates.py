"""Publication dates the page only shows: a date written next to the headline, in a date-named element."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import TypeAlias

from lxml import etree

from parsers.dates import DayOrder, day_order, days_in, parse_machine_date, parse_written_day, settle_order
from parsers.html.metadata_vocabulary import PUBLISHED_DATE_WORDS, UPDATED_DATE_WORDS, URL_DATE
from parsers.html.tree import HtmlElement, hints, is_comment_section, tag_of
from parsers.html.vocabulary import DROP_TAGS
from parsers.model import DateValue

# How far from the headline a written date still belongs to it, in characters of visible text.
AFTER_HEADLINE_CHARS = 600
BEFORE_HEADLINE_CHARS = 300
SHORT_LINE_CHARS = 60  # a text piece this short holding a date is a dateline
MAX_DATE_ELEMENTS = 30
LABEL_SCAN_CHARS = 20_000  # how much page text is searched for a labelled date
CONTAINER_EDGE_CHARS = 300  # how far from the container's start or end a dateline may stand
URL_DATE_RESAVE_DAYS = 30  # a markup date this long after the address's day is a later save
# Marks where the headline's own text starts and ends among the pieces after it.
HEADLINE_MARK = "\x00"
HeadlineText: TypeAlias = tuple[list[str], list[str]]
_TIME_HINTS = re.compile(r"date|time|publish|posted|meta|byline|dateline")


def page_order(root: HtmlElement, language: str | None) -> DayOrder | None:
    """The order the page's numeric dates (08/09/2023) follow: its language's, else the one its own dates settle."""
    found = day_order(language)
    if found is not None:
        return found
    pieces: list[str] = []
    seen = 0
    for _event, _element, text in _visible_text(root):
        pieces.append(text)
        seen += len(text)
        if seen > LABEL_SCAN_CHARS:
            break
    return settle_order(" ".join(pieces))


def shown_date(
    root: HtmlElement, around: HeadlineText, url: str | None, order: DayOrder | None = None
) -> DateValue | None:
    """A date the page shows but does not declare: by the headline, in the address, in a date-named element."""
    found = labelled_date(root, order) or headline_date(around, order)
    if found is not None:
        return found
    return url_date(url) or named_date(root, order)


def labelled_date(root: HtmlElement, order: DayOrder | None = None) -> date | None:
    """A date right after a publication label ("Veröffentlicht am", "Mise en ligne") in the page text."""
    label_seen = False
    seen = 0
    for _event, _element, text in _visible_text(root):
        if label_seen:
            found = _piece_dates(text[:SHORT_LINE_CHARS], False, order)
            if found:
                return found[0]
        label = PUBLISHED_DATE_WORDS.search(text)
        label_seen = label is not None and not text[label.end() :].strip()
        if label is not None:
            found = _piece_dates(text[label.end() : label.end() + SHORT_LINE_CHARS], False, order)
            if found:
                return found[0]
        seen += len(text)
        if seen > LABEL_SCAN_CHARS:
            break
    return None


def url_date(url: str | None) -> date | None:
    """The day a dated address names ("/2019/10/18/slug"), or None."""
    match = URL_DATE.search(url or "")
    if match is None:
        return None
    found = parse_machine_date("-".join(part.zfill(2) for part in match.groups()))
    return found if isinstance(found, date) else None


def agree_with_url(published: DateValue | None, url: str | None) -> DateValue | None:
    """The publication date, unless the address's day shows it is a later save or a zone shift.

    A dated address is fixed when the article's page is made: a date the day before it is the same
    moment told in another zone, and one long after it is a re-save. A few days after it is a
    draft's address published later, and one long before is another page's, so those stand.
    """
    day = url_date(url)
    if day is None or published is None:
        return published
    own_day = published.date() if isinstance(published, datetime) else published
    if (day - own_day).days == 1 or (own_day - day).days > URL_DATE_RESAVE_DAYS:
        return day
    return published


def headline_date(around: HeadlineText, order: DayOrder | None = None) -> date | None:
    """The day written next to the headline.

    A date standing on its own line ("08.02.2022", "Handball Schweiz • 2. Februar 2022") is page
    furniture stating when the article appeared; one inside a sentence may be any day the text names,
    so short lines win over long ones, then lines after the headline over lines before it.
    """
    before, after = around
    for short_only in (True, False):
        for piece in after:
            found = _piece_dates(piece, short_only, order)
            if found:
                return found[0]
        for piece in reversed(before):
            found = _piece_dates(piece, short_only, order)
            if found:
                return found[-1]
    return None


def _piece_dates(piece: str, short_only: bool, order: DayOrder | None) -> list[date]:
    """The days a text piece names, unless it is too long or says they are update dates."""
    if short_only and len(piece) > SHORT_LINE_CHARS:
        return []
    found = days_in(piece, order)
    updated = UPDATED_DATE_WORDS.search(piece) if found else None
    return [day for start, day in found if updated is None or start < updated.start()]


def text_around(root: HtmlElement, headline: HtmlElement | None) -> HeadlineText:
    """The visible text pieces just before the headline, and from its start on, in document order."""
    if headline is None:
        return [], []
    before: list[str] = []
    after: list[str] = []
    target = before
    before_chars = after_chars = 0
    for event, element, text in _visible_text(root, with_empty=True):
        if element is headline:
            after.append(HEADLINE_MARK)
            if event == "start":
                target = after
        if not text:
            continue
        target.append(text)
        if target is after:
            after_chars += len(text)
            if after_chars > AFTER_HEADLINE_CHARS:
                break
        else:
            before_chars += len(text)
            while before_chars > BEFORE_HEADLINE_CHARS and len(before) > 1:
                before_chars -= len(before.pop(0))
    if target is before:
        return [], []
    return before, after


def container_date(containers: list[HtmlElement], order: DayOrder | None = None) -> date | None:
    """A date on its own line opening the article's container ("2021-10-16 | News"), else closing it.

    An opening line is a dateline; a closing one is the signature under a post ("Benni, 10. September 2017").
    """
    pieces = [text for container in containers for text in _text_pieces(container)]
    seen = 0
    for text in pieces:
        found = _piece_dates(text, True, order)
        if found:
            return found[0]
        seen += len(text)
        if seen > CONTAINER_EDGE_CHARS:
            break
    seen = 0
    for text in reversed(pieces[-MAX_DATE_ELEMENTS:]):
        found = _piece_dates(text, True, order)
        if found:
            return found[-1]
        seen += len(text)
        if seen > CONTAINER_EDGE_CHARS:
            break
    return None


def _visible_text(root: HtmlElement, *, with_empty: bool = False) -> Iterator[tuple[str, HtmlElement, str]]:
    """(event, element, text) for each piece of visible text, in document order, without recursion.

    A "start" event carries an element's own text, an "end" event its tail; dropped tags and
    comment sections are skipped whole. With `with_empty`, pieces without text come too.
    """
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            if not tag_of(element) or tag_of(element) in DROP_TAGS or is_comment_section(element):
                walker.skip_subtree()
                continue
            raw = element.text
        else:
            raw = element.tail
        text = " ".join(raw.split()) if raw else ""
        if text or with_empty:
            yield event, element, text


def _text_pieces(element: HtmlElement) -> list[str]:
    """The element's non-empty text pieces, whitespace collapsed."""
    return [text for text in (" ".join(piece.split()) for piece in element.itertext()) if text]


def named_date(root: HtmlElement, order: DayOrder | None = None) -> date | None:
    """A written-out date in a date-named element ("Posted on 18 October 2019")."""
    checked = 0
    for element in root.iter("span", "div", "p", "time", "li", "small", "abbr", "em"):
        value = hints(element)
        if not value or not _TIME_HINTS.search(value) or "comment" in value:
            continue
        text = element.text_content()
        if len(text) > 200:
            continue
        found = parse_written_day(text, order)
        if found is not None:
            return found
        checked += 1
        if checked > MAX_DATE_ELEMENTS:
            break
    return None
