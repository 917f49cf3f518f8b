"""What a response holds, judged by its declared type and by its first bytes, before fineprint reads it."""

from __future__ import annotations

import re

from parsers.errors import FetchError
from parsers.signatures import describe_binary
from parsers.sniff import FEED_TYPES, is_json_feed

# Declared types fineprint reads: web pages, plain text and feeds.
ACCEPTED_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        *FEED_TYPES,
        "application/xml",
        "text/xml",
    }
)
# JSON is read only when it is a JSON Feed, which only the bytes can tell.
JSON_TYPES = frozenset({"application/json", "application/feed+json", "text/json"})
# How many decoded bytes are looked at to tell what a body is.
SNIFF_BYTES = 4096

_SHOWN_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}")


def media_type(content_type: str | None) -> str:
    """The media type of a Content-Type header, lowercased, without its parameters."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def _shown(media: str) -> str:
    """A media type safe to put in a sentence: a well-formed one as it is, anything else unnamed."""
    return media if _SHOWN_TYPE.fullmatch(media) else "a document of an unknown type"


def check_declared_type(content_type: str | None) -> None:
    """Refuse a response whose declared type is neither a page, text, a feed nor JSON."""
    media = media_type(content_type)
    if media and media not in ACCEPTED_TYPES and media not in JSON_TYPES:
        raise FetchError(f"the server sent {_shown(media)}, which is not a web page, text or a feed")


def check_head(head: bytes) -> None:
    """Refuse a body whose first bytes are a binary format, whatever its declared type, naming it."""
    what = describe_binary(head[:SNIFF_BYTES])
    if what:
        raise FetchError(f"the server sent {what}, not a web page")


def check_json(data: bytes, content_type: str | None) -> None:
    """Refuse a body declared as JSON unless it is a JSON Feed."""
    if media_type(content_type) in JSON_TYPES and not is_json_feed(data):
        raise FetchError("the server sent JSON that is not a JSON Feed, which fineprint cannot read")
