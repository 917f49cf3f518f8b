"""Author names: from metadata values and bylines, cleaned of "By", handles, addresses and job titles."""

from __future__ import annotations

import re

from parsers.html.metadata_vocabulary import (
    AUTHOR_LABEL,
    BYLINE_HINTS,
    BYLINE_LINE,
    BYLINE_PREFIX,
    MAX_AUTHOR_CHARS,
    MAX_AUTHORS,
    NAME_CREDENTIALS,
    NOT_AN_AUTHOR,
)
from parsers.html.page_dates import HEADLINE_MARK
from parsers.html.titles import names_site
from parsers.html.tree import HtmlElement, hints
from parsers.sanitize import clean_inline

_SPLIT_NAMES = re.compile(r"(?:(?<!\s)|(?!\s))\s*(?:,|;|\band\b|\bund\b|\bet\b|&|\|)\s*", re.I)
_NOT_A_NAME = re.compile(
    r"https?://|www\.|@\w+\.\w|\d{3,}|[<>{}=]|\b(?:profile|profil|articles|posts|beiträge|artikel|show all)\b",
    re.I,
)
_TRAILING_NOISE = re.compile(
    r"(?<!\s)\s*(?:[|,–—-]\s*)?(?:\b(?:updated|published|posted|on|am|le|el)\b.*|\d{1,2}[./]\d.*|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*)$",
    re.I,
)
_HANDLE = re.compile(r"^@")
_AGENCY_SUFFIX = re.compile(r"(?<!\s)\s*/\s*[^\W\d][\w-]{1,7}$")
MAX_NAME_WORDS = 6
MAX_BYLINE_ELEMENTS = 12
MAX_LABEL_SIBLINGS = 6
MAX_LINES_AFTER_HEADLINE = 12
MAX_LINES_BEFORE_HEADLINE = 4


def clean_names(raw: list[str]) -> tuple[str, ...]:
    """Distinct plausible names from raw author values, in order."""
    names: list[str] = []
    seen: set[str] = set()
    for value in raw:
        for name in _split(value):
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                names.append(name)
            if len(names) >= MAX_AUTHORS:
                return tuple(names)
    return tuple(names)


def _split(value: str) -> list[str]:
    """The names in one value ("By Ann Lee and Bo Park" -> two names)."""
    text = clean_inline(value) or ""
    text = BYLINE_PREFIX.sub("", text)
    text = _TRAILING_NOISE.sub("", text)
    without_agency = _AGENCY_SUFFIX.sub("", text)
    if len(without_agency.split()) >= 2:
        text = without_agency  # "Ann Lee/dpa": the agency that supplied the story is no author
    if _NOT_A_NAME.search(text) or len(text) > MAX_AUTHOR_CHARS * 3:
        return []
    parts = _SPLIT_NAMES.split(text) if _looks_like_list(text) else [text]
    names = []
    for part in parts:
        part = _HANDLE.sub("", BYLINE_PREFIX.sub("", part)).strip(" .:-–—|·")
        part = NAME_CREDENTIALS.sub("", part).strip(" ,")
        if _plausible_name(part):
            names.append(part)
    return names


def _looks_like_list(text: str) -> bool:
    """Whether a value holds several names (and not "Lee, Ann" in surname-first order)."""
    if re.search(r"\band\b|\bund\b|&|;|\|", text, re.I):
        return True
    parts = text.split(",")
    return len(parts) > 2 or (len(parts) == 2 and all(len(part.split()) >= 2 for part in parts))


def _plausible_name(text: str) -> bool:
    """Whether a string can be a person's or a desk's name."""
    if not text or len(text) > MAX_AUTHOR_CHARS or len(text.split()) > MAX_NAME_WORDS:
        return False
    if _NOT_A_NAME.search(text) or NOT_AN_AUTHOR.match(text):
        return False
    return any(char.isalpha() for char in text)


def byline_names(root: HtmlElement, limit: int = MAX_BYLINE_ELEMENTS) -> list[str]:
    """Names from rel=author links, itemprop=author and elements whose class says byline or author.

    Only the first byline counts, with the co-authors that share its parent: the same markup
    further down the page credits the authors of teasers and comments.
    """
    found: list[HtmlElement] = []
    for link in root.iterfind(".//a[@rel]"):
        if "author" in (link.get("rel") or "").lower().split():
            found.append(link)
    for element in root.iterfind(".//*[@itemprop]"):
        if "author" in (element.get("itemprop") or "").split() and element.tag != "meta":
            name = element.find(".//*[@itemprop='name']")
            found.append(name if name is not None else element)
    if found:
        parent = found[0].getparent()
        return [element.text_content() for element in found[:limit] if element.getparent() is parent]
    return _hinted_bylines(root, limit) or _labelled_names(root)


def _labelled_names(root: HtmlElement) -> list[str]:
    """The name after the first "Autor:" / "Von:" label element: its tail, or the next sibling's text."""
    for element in root.iter("span", "b", "strong", "em", "h4", "h5", "h6", "dt", "label", "td", "th"):
        if len(element) or not AUTHOR_LABEL.match(element.text or ""):
            continue
        chunks = [element.tail or ""]
        for sibling in element.itersiblings():
            if len(chunks) > MAX_LABEL_SIBLINGS:
                break
            chunks += [sibling.text_content(), sibling.tail or ""]
        text = next((chunk.strip() for chunk in chunks if chunk.strip()), "")
        if 2 < len(text) <= MAX_AUTHOR_CHARS:
            return [text]
    return []


# Bylines of a comment, a product review or a testimonial name their writers, not the page's author.
NOT_PAGE_BYLINE = re.compile(r"comment|review|testimonial")


def _hinted_bylines(root: HtmlElement, limit: int) -> list[str]:
    """The text of byline-like elements that are short enough to be a name."""
    found: list[str] = []
    for element in root.iter("span", "div", "p", "a", "address", "li", "strong"):
        value = hints(element)
        if not value or not BYLINE_HINTS.search(value) or NOT_PAGE_BYLINE.search(value):
            continue
        link = element.find(".//a")
        text = (link if link is not None and link.text_content().strip() else element).text_content()
        if 2 < len(text.strip()) <= MAX_AUTHOR_CHARS * 2 and clean_names([text]):
            found.append(text)
            if len(found) >= limit:
                break
    return found[:1]


def headline_authors(
    around: tuple[list[str], list[str]], site: str | None, url: str | None
) -> tuple[str, ...]:
    """The names in the first "By NAME" line just under (or over) the headline."""
    before, after = around
    under = after[after.index(HEADLINE_MARK, 1) + 1 :] if after.count(HEADLINE_MARK) > 1 else after
    for line in under[:MAX_LINES_AFTER_HEADLINE] + before[::-1][:MAX_LINES_BEFORE_HEADLINE]:
        if len(line) <= MAX_AUTHOR_CHARS * 2 and BYLINE_LINE.match(line):
            names = tuple(name for name in clean_names([line]) if not names_site(name, site, url))
            if names:
                return names
    return ()
