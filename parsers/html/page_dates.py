"""Publication dates the page only shows: a date written next to the headline, in a date-named element."""

from __future__ import annotations

import re
from datetime import date
from typing import TypeAlias

from lxml import etree

from parsers.html.dates import dates_in, parse_date, parse_human_date
from parsers.html.tree import HtmlElement, hints, is_comment_section, tag_of
from parsers.html.vocabulary import DROP_TAGS, UPDATED_DATE_WORDS, URL_DATE
from parsers.model import DateValue

# How far from the headline a written date still belongs to it, in characters of visible text.
AFTER_HEADLINE_CHARS = 600
BEFORE_HEADLINE_CHARS = 300
SHORT_LINE_CHARS = 60  # a text piece this short holding a date is a dateline
MAX_DATE_ELEMENTS = 30
# Marks where the headline's own text starts and ends among the pieces after it.
HEADLINE_MARK = "\x00"
HeadlineText: TypeAlias = tuple[list[str], list[str]]
_TIME_HINTS = re.compile(r"date|time|publish|posted|meta|byline|dateline")


def shown_date(root: HtmlElement, around: HeadlineText, url: str | None) -> DateValue | None:
    """A date the page shows but does not declare: by the headline, in the address, in a date-named element."""
    found = headline_date(around)
    if found is not None:
        return found
    match = URL_DATE.search(url or "")
    if match:
        return parse_date("-".join(match.groups()))
    return named_date(root)


def headline_date(around: HeadlineText) -> date | None:
    """The day written next to the headline.

    A date standing on its own line ("08.02.2022", "Handball Schweiz • 2. Februar 2022") is page
    furniture stating when the article appeared; one inside a sentence may be any day the text names,
    so short lines win over long ones, then lines after the headline over lines before it.
    """
    before, after = around
    for short_only in (True, False):
        for piece in after:
            found = _piece_dates(piece, short_only)
            if found:
                return found[0]
        for piece in reversed(before):
            found = _piece_dates(piece, short_only)
            if found:
                return found[-1]
    return None


def _piece_dates(piece: str, short_only: bool) -> list[date]:
    """The days a text piece names, unless it is too long or says they are update dates."""
    if short_only and len(piece) > SHORT_LINE_CHARS:
        return []
    found = dates_in(piece)
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
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = tag_of(element)
        if event == "end" and element is headline:
            after.append(HEADLINE_MARK)
        if event == "start":
            if not tag or tag in DROP_TAGS or is_comment_section(element):
                walker.skip_subtree()
                continue
            if element is headline:
                target = after
                after.append(HEADLINE_MARK)
            text = element.text
        else:
            text = element.tail
        text = " ".join(text.split()) if text else ""
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


def named_date(root: HtmlElement) -> date | None:
    """A written-out date in a date-named element ("Posted on 18 October 2019")."""
    checked = 0
    for element in root.iter("span", "div", "p", "time", "li", "small", "abbr", "em"):
        value = hints(element)
        if not value or not _TIME_HINTS.search(value) or "comment" in value:
            continue
        text = element.text_content()
        if len(text) > 200:
            continue
        found = parse_human_date(text)
        if found is not None:
            return found
        checked += 1
        if checked > MAX_DATE_ELEMENTS:
            break
    return None
