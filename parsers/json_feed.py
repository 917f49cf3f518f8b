"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org), read with the standard `json` module.

Every value is checked for its type before use: a feed is hostile input, and a number where a
string belongs, or a list where an object belongs, is left out rather than trusted.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from parsers.dates import parse_date
from parsers.html.links import resolve_href
from parsers.sanitize import has_lone_surrogate as _lone
from parsers.sanitize import without_lone_surrogates

VERSION_PREFIX = "https://jsonfeed.org/version/1"


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _authors(item: dict[str, Any], feed: dict[str, Any]) -> tuple[str, ...]:
    """Names from `authors` (1.1) or `author` (1.0), the item's own before the feed's."""
    for source in (item, feed):
        listed = source.get("authors")
        people = listed if isinstance(listed, list) else [source.get("author")]
        names = tuple(name for person in people if (name := _text(_object(person).get("name"))))
        if names:
            return names
    return ()


def _content_html(item: dict[str, Any]) -> str:
    """The item's HTML; plain text is escaped and split into paragraphs at blank lines."""
    if content := _text(item.get("content_html")):
        return content
    text = _text(item.get("content_text")) or _text(item.get("summary")) or ""
    return "".join(f"<p>{html.escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip())


_SURROGATE_ESCAPES = (b"\\ud", b"\\uD")
"""How JSON writes a surrogate ("\\ud800"): only then, or when the bytes hold one, can a string hold a
lone one (an escaped pair, "\\ud83d\\ude00", is read as one character, but it is looked at all the same)."""
_SURROGATE_IN_UTF8 = re.compile(b"\xed[\xa0-\xbf]")
"""A surrogate written out in UTF-8 bytes, which `json.loads` decodes as it is (with "surrogatepass")."""


def _whole_strings(pairs: dict[str, Any]) -> dict[str, Any]:
    """An object's keys and string values without lone surrogates, which JSON's "\\ud800" writes and the
    library's store cannot encode: such a feed could not be followed ('unexpected error')."""
    if not any(_lone(key) or (isinstance(value, str) and _lone(value)) for key, value in pairs.items()):
        return pairs
    return {
        without_lone_surrogates(key): without_lone_surrogates(value) if isinstance(value, str) else value
        for key, value in pairs.items()
    }


def _may_hold_surrogate(data: bytes) -> bool:
    """Whether a JSON document could hold a lone surrogate in a string once read."""
    if any(escape in data for escape in _SURROGATE_ESCAPES):
        return True
    if not json.detect_encoding(data).startswith("utf-8"):
        return True  # UTF-16 or UTF-32 JSON, seldom seen: always looked at
    return _SURROGATE_IN_UTF8.search(data) is not None


def read_json_feed(data: bytes) -> dict[str, Any] | None:
    """The feed object of a JSON Feed document; None when it is not valid JSON or not a JSON Feed.

    Only a document that may hold a lone surrogate has its objects looked at for one, and only an
    object holding one is rebuilt: looking at every object of every feed cost about as much as the parse.
    """
    try:
        document = json.loads(data, object_hook=_whole_strings if _may_hold_surrogate(data) else None)
    except (ValueError, RecursionError):  # malformed, or nested deeper than the parser goes
        return None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(VERSION_PREFIX):
        return None
    return document


def json_feed_items(document: dict[str, Any], url: str | None, limit: int) -> list[dict[str, Any]]:
    """The feed's items as plain fields (title, link, key, authors, dates, content), in feed order."""
    base = _text(document.get("feed_url")) or url
    items = document.get("items")
    out = []
    for item in (items if isinstance(items, list) else [])[:limit]:
        if not isinstance(item, dict):
            continue
        key = item.get("id")
        link = _text(item.get("url")) or _text(item.get("external_url"))
        out.append(
            {
                "key": str(key) if isinstance(key, str | int) and not isinstance(key, bool) else None,
                "title": _text(item.get("title")),
                "link": resolve_href(link, base),
                "authors": _authors(item, document),
                "published": parse_date(item.get("date_published")),
                "updated": parse_date(item.get("date_modified")),
                "content_html": _content_html(item),
                "language": _text(item.get("language")) or _text(document.get("language")),
            }
        )
    return out
