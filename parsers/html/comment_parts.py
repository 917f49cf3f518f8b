"""The parts of one comment: where its text sits, who wrote it and when."""

from __future__ import annotations

import re

from parsers.dates import parse_date, parse_machine_date
from parsers.html.comment_vocabulary import COMMENT_AUTHOR_HINTS, COMMENT_DATE_HINTS, COMMENT_TEXT_HINTS
from parsers.html.metadata_vocabulary import MAX_AUTHOR_CHARS
from parsers.html.tree import HtmlElement, split_hints, tag_of
from parsers.model import DateValue
from parsers.sanitize import clean_inline

_SAYS = re.compile(r"(?<!\s)\s*(?:says|said|sagt|schreibt|dit|a dit|wrote|schrieb)\s*(?::\s*)?$", re.I)
TEXT_ROOT_SHARE = 0.8
_MICRODATA_TEXT = ("text", "commentText", "reviewBody", "articleBody", "description")


def _own_descendants(item: HtmlElement, nested: frozenset[HtmlElement]):
    """The item's descendants that do not belong to a nested comment, in document order."""
    stack = list(reversed(list(item)))
    while stack:
        element = stack.pop()
        if element in nested or not tag_of(element):
            continue
        yield element
        stack.extend(reversed(list(element)))


def text_root(item: HtmlElement, nested: frozenset[HtmlElement]) -> HtmlElement:
    """The element holding the comment's text: itemprop=text, a class naming it, else the item itself."""
    for element in _own_descendants(item, nested):
        if (element.get("itemprop") or "") in _MICRODATA_TEXT:
            return element
    named: list[tuple[HtmlElement, int]] = []
    for element in _own_descendants(item, nested):
        value = split_hints(element)
        if value and COMMENT_TEXT_HINTS.search(value) and "meta" not in value and "author" not in value:
            length = len(element.text_content().strip())
            if length:
                named.append((element, length))
    if not named:
        return item
    # "…__text" also names a caption or a profile line; the comment's text is the named part holding the most,
    # or the innermost named part inside it that holds nearly all of that.
    best, most = max(named, key=lambda pair: pair[1])
    for element, length in named:
        if length >= TEXT_ROOT_SHARE * most and best in element.iterancestors():
            best = element
    return best


def comment_author(
    item: HtmlElement, nested: frozenset[HtmlElement]
) -> tuple[str | None, HtmlElement | None]:
    """The commenter's name and its element: microdata author, then .fn, then an author- or user-named one."""
    hcard_names: list[HtmlElement] = []
    author_parts: list[HtmlElement] = []
    for element in _own_descendants(item, nested):
        if "author" in (element.get("itemprop") or ""):
            name = element.find(".//*[@itemprop='name']")
            return _name(name if name is not None else element), element
        value = split_hints(element)
        if value and "fn" in value.split():
            hcard_names.append(element)
        elif value and COMMENT_AUTHOR_HINTS.search(value):
            author_parts.append(element)
    # An author-named part may hold more than the name ("Am 29. Mai 2017 um 14:38 von <cite class="fn">Hugo</cite>"):
    # the hCard name inside it is the name itself.
    for element in (*hcard_names, *author_parts):
        name = _name(element)
        if name:
            return name, element
    return None, None


def _name(element: HtmlElement) -> str | None:
    """A short cleaned name from an element's text."""
    text = clean_inline(element.text_content())
    if not text:
        return None
    text = _SAYS.sub("", text).strip(" :")
    if not text or len(text) > MAX_AUTHOR_CHARS:
        return None
    return text


def comment_date(
    item: HtmlElement, nested: frozenset[HtmlElement]
) -> tuple[DateValue | None, HtmlElement | None]:
    """When the comment was written, and where it says so: <time>, microdata, then a date-named part."""
    written: list[HtmlElement] = []
    for element in _own_descendants(item, nested):
        for attribute in ("datetime", "content", "title", "data-time", "data-timestamp"):
            value = element.get(attribute)
            if value and (attribute != "content" or "date" in (element.get("itemprop") or "").lower()):
                found = parse_machine_date(value)
                if found is not None:
                    return found, element
        value = split_hints(element)
        if value and COMMENT_DATE_HINTS.search(value):
            written.append(element)
    for element in written:
        text = element.text_content()
        if len(text) < 200:
            found = parse_date(text.strip())
            if found is not None:
                return found, element
    return None, None
