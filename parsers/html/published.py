"""The publication date, decided in one place from every clue the page gives.

Clues, most trusted first: what the markup declares (JSON-LD, meta tags, microdata, <time>); what the page
shows (a labelled date, a date by the headline, a dated address, a date-named element); a dateline at the
edge of the article's container. A dated address also corrects a declared date that is a later save.
A listing's own date is only one its metadata declares or its headline shows: its teasers' dates are theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from parsers.dates import DayOrder, parse_machine_date
from parsers.html.jsonld import first_text
from parsers.html.metadata import PUBLISHED_KEYS, PageSignals, signals_date
from parsers.html.page_dates import (
    HeadlineText,
    agree_with_url,
    container_date,
    headline_date,
    page_order,
    shown_date,
)
from parsers.html.tree import HtmlElement, has_ancestor, is_comment_section
from parsers.model import DateValue, PageKind

_MICROFORMAT_PUBLISHED = re.compile(r"(?:^|\s)(?:published|dt-published)(?:$|\s)")
_MICRODATA_DATE = re.compile(r"(?:^|[\s:])(?:datepublished|datecreated)(?:$|\s)")
MAX_TIME_ELEMENTS = 40


@dataclass(frozen=True)
class DateClues:
    """What the page says about when it was published, gathered before its furniture is removed."""

    declared: DateValue | None  # by metadata (JSON-LD, meta tags)
    marked: DateValue | None  # by metadata, else microdata or a <time> element
    shown: DateValue | None  # by the visible page, read only when nothing is marked
    headline_day: date | None  # written next to the headline
    order: DayOrder | None  # how the page orders a numeric date's day and month, when it settles that


def gather_clues(
    root: HtmlElement, signals: PageSignals, around: HeadlineText, url: str | None, language: str | None
) -> DateClues:
    """Every clue to the publication date the page holds before boilerplate removal."""
    declared = signals_date(signals, PUBLISHED_KEYS, "datePublished")
    if declared is None and signals.article is not None:
        declared = parse_machine_date(first_text(signals.article.get("dateCreated")))
    marked = declared or _microdata_date(root) or _time_element_date(root)
    order = page_order(root, language)
    shown = shown_date(root, around, url, order) if marked is None else None
    return DateClues(declared, marked, shown, headline_date(around, order), order)


def decide_published(
    clues: DateClues, url: str | None, containers: list[HtmlElement], kind: PageKind
) -> DateValue | None:
    """The publication date: the most trusted clue, checked against a dated address; else a dateline."""
    if kind == "listing":
        return clues.declared or clues.headline_day
    found = agree_with_url(clues.marked or clues.shown, url)
    return found if found is not None else container_date(containers, clues.order)


def _outside_comments(element: HtmlElement) -> bool:
    """Whether no ancestor of the element is a comment section."""
    return not has_ancestor(element, is_comment_section)


def _microdata_date(root: HtmlElement) -> DateValue | None:
    """A datePublished or dateCreated in microdata or RDFa, or a microformats `published` title."""
    for element in root.iterfind(".//*[@content]"):
        name = (element.get("itemprop") or element.get("property") or "").lower()
        if element.tag != "meta" and _MICRODATA_DATE.search(name) and _outside_comments(element):
            found = parse_machine_date(element.get("content"))
            if found is not None:
                return found
    for element in root.iterfind(".//*[@datetime]"):
        name = (element.get("itemprop") or element.get("property") or "").lower()
        if _MICRODATA_DATE.search(name) and _outside_comments(element):
            found = parse_machine_date(element.get("datetime"))
            if found is not None:
                return found
    for element in root.iterfind(".//*[@title]"):
        if _MICROFORMAT_PUBLISHED.search(element.get("class") or "") and _outside_comments(element):
            found = parse_machine_date(element.get("title"))
            if found is not None:
                return found
    return None


def _time_element_date(root: HtmlElement) -> DateValue | None:
    """The first <time> (pubdate or itemprop datePublished first) outside comment sections."""
    times = [element for element in root.iter("time") if element.get("datetime")][:MAX_TIME_ELEMENTS]
    preferred = [
        t for t in times if "datePublished" in (t.get("itemprop") or "") or t.get("pubdate") is not None
    ]
    for element in preferred + times:
        if _outside_comments(element):
            found = parse_machine_date(element.get("datetime"))
            if found is not None:
                return found
    return None
