"""The headline apart from the site name: "Title - Site.com" and "Site | Title" become "Title"."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsers.html.metadata_vocabulary import TITLE_SEPARATORS
from parsers.html.tree import HtmlElement, inside_article

# Separators that join a headline and a site name; a colon usually belongs to the headline.
_SITE_SEPARATORS = re.compile(r"(?<!\s)\s+(?:[|\-–—·•»«/]|::)\s+")
_WORD = re.compile(r"\w+")
MAX_SITE_WORDS = 4
MIN_HEADLINE_CHARS = 12  # shorter headings matching a title are section names, not headlines
MAX_HEADLINE_CHARS = 400


def _key(text: str) -> str:
    """Words only, lower-cased: how two names compare."""
    return " ".join(_WORD.findall(text.casefold().replace("\u00ad", "")))


def _domain_words(url: str | None) -> set[str]:
    """The distinctive words of a host name ("www.example-news.co.uk" -> example, news)."""
    if not url:
        return set()
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return set()
    labels = [label for label in host.split(".") if label not in ("www", "m", "amp", "com", "org", "net")]
    return {word for label in labels[:-1] or labels for word in re.split(r"[-_]", label) if len(word) > 2}


def _is_site_part(part: str, site_name: str | None, url: str | None) -> bool:
    """Whether a separated part of a title names the site rather than the article."""
    key = _key(part)
    if not key:
        return True
    if site_name and (key == _key(site_name) or key in _key(site_name) or _key(site_name) in key):
        return len(key) <= len(_key(site_name)) + 12
    squeezed = key.replace(" ", "")
    if any(word in squeezed for word in _domain_words(url)) and len(key.split()) <= MAX_SITE_WORDS:
        return True
    return bool(re.search(r"\.(?:com|org|net|de|fr|co\.uk|io|info|at|ch)\b", part.lower()))


def names_site(name: str, site_name: str | None, url: str | None) -> bool:
    """Whether an author value is the site itself ("Example News", "example.com"), not a person."""
    key = _key(name)
    if not key:
        return True
    squeezed = key.replace(" ", "")
    if site_name and squeezed == _key(site_name).replace(" ", ""):
        return True
    if squeezed in _domain_labels(url):
        return True
    return bool(re.search(r"\.(?:com|org|net|de|fr|co\.uk|io|info|at|ch|cl|es|it)\b", name.lower()))


def _domain_labels(url: str | None) -> set[str]:
    """The host's labels with hyphens dropped ("www.laola1.at" -> laola1, at)."""
    try:
        host = urlsplit(url).hostname or "" if url else ""
    except ValueError:
        return set()
    return {label.replace("-", "") for label in host.split(".") if label not in ("www", "m")}


def strip_site_name(title: str, site_name: str | None, url: str | None) -> str:
    """The title without a leading or trailing site name, when one is recognisable."""
    parts = _SITE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    while len(parts) > 1 and _is_site_part(parts[-1], site_name, url):
        parts.pop()
    while len(parts) > 1 and _is_site_part(parts[0], site_name, url):
        parts.pop(0)
    separators = _SITE_SEPARATORS.findall(title)
    if len(parts) == len(separators) + 1:
        return title
    return _rejoin(title, parts)


def _rejoin(title: str, parts: list[str]) -> str:
    """The stretch of `title` from the first kept part to the last, separators included."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if 0 <= start < end else " ".join(parts)


def choose_title(
    candidates: list[str], headline_h1: str | None, site_name: str | None, url: str | None
) -> str | None:
    """The best headline: a metadata title agreeing with the h1, else the h1, else a stripped title."""
    stripped = [strip_site_name(title, site_name, url) for title in candidates if title]
    if headline_h1:
        h1_key = _key(headline_h1)
        for title in stripped:
            if _key(title) == h1_key:
                return title
        if h1_key and any(h1_key in _key(title) for title in candidates):
            return headline_h1
    if stripped:
        return _drop_unknown_site(stripped[0])
    return headline_h1


def _drop_unknown_site(title: str) -> str:
    """With no site name known, drop a short trailing part after " | " (the commonest site suffix)."""
    parts = re.split(r"(?<!\s)\s+\|\s+", title)
    if len(parts) > 1 and len(parts[-1].split()) <= MAX_SITE_WORDS and len(parts[0]) > len(parts[-1]):
        return " | ".join(parts[:-1])
    return title


def headline_element(root: HtmlElement, titles: list[str]) -> HtmlElement | None:
    """The page's headline element.

    A heading whose words make up a declared title (og:title, <title>) is the headline, an <h1>
    before an <h2> or <h3>; pages often spend their <h1> on the site's name or a section. Else the first
    <h1> inside <article> or <main>, else the first <h1>.
    """
    keys = [_key(title) for title in titles]
    first: HtmlElement | None = None
    in_article: HtmlElement | None = None
    matching: dict[str, HtmlElement] = {}
    for heading in root.iter("h1", "h2", "h3"):
        text = heading.text_content()
        key = _key(text) if len(text) < MAX_HEADLINE_CHARS else ""
        if not key:
            continue
        if heading.tag == "h1":
            first = first if first is not None else heading
            if in_article is None and inside_article(heading):
                in_article = heading
        if len(key) >= MIN_HEADLINE_CHARS and any(key == title or key in title for title in keys):
            matching.setdefault(heading.tag, heading)
    for found in (matching.get("h1"), matching.get("h2"), matching.get("h3"), in_article):
        if found is not None:
            return found
    return first


def separators_in(title: str) -> int:
    """How many headline/site separators a title holds."""
    return len(TITLE_SEPARATORS.findall(title))
