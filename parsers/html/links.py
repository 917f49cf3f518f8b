"""Hyperlinks: resolved against the page address, kept only when they are http or https."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from parsers.sanitize import clean_inline

_FOLLOWABLE = frozenset({"http", "https"})
MAX_HREF_CHARS = 4096


def resolve_href(href: str | None, base: str | None) -> str | None:
    """The absolute http(s) address of `href`, or None for javascript:, data:, mailto: and the like."""
    if not href:
        return None
    href = clean_inline(href.strip().replace("\n", "").replace("\t", ""))
    if not href or len(href) > MAX_HREF_CHARS or href.startswith("#"):
        return None
    try:
        absolute = urljoin(base, href) if base else href
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in _FOLLOWABLE or not parts.netloc:
        return None
    return absolute


def is_followable(url: str | None) -> bool:
    """Whether `url` is an absolute http(s) address."""
    return resolve_href(url, None) is not None
