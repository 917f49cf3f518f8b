"""What a document is, told by its content first and its declared type second."""

from __future__ import annotations

import re
from typing import Literal

from parsers.errors import UnreadableDocument
from parsers.signatures import SNIFF_BYTES, describe_binary

DocumentKind = Literal["html", "text", "feed"]

# Comments before the first tag: one "<!--" to a "-->" spans them all (what comes between is free in
# either form), so "(?:<!--.*?-->\s*)*", which split N comments 2^N ways before failing (25 of them
# then plain text: half a minute), is written as one optional span, read once.
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*-->\s*)?<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|h1|link|script|style)\b",
    re.IGNORECASE | re.DOTALL,
)
_FEED_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*-->\s*)?<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL
)
# Declared types of a feed; "application/x-rss+xml" is the older name, still sent by some servers
# (Python's http.server among them). content_check accepts these too.
FEED_TYPES = ("application/rss+xml", "application/x-rss+xml", "application/atom+xml", "application/rdf+xml")
# A JSON Feed's `version` member, wherever it stands in the top-level object.
_JSON_FEED_VERSION = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')
_JSON_LEADING = b"\xef\xbb\xbf \t\r\n"


def is_json_feed(data: bytes) -> bool:
    """Whether a document is a JSON Feed: a JSON object whose `version` names the JSON Feed spec."""
    return data.lstrip(_JSON_LEADING).startswith(b"{") and _JSON_FEED_VERSION.search(data) is not None


def sniff(text: str, content_type: str | None = None) -> DocumentKind:
    """Tell HTML, a feed, or plain text apart; content wins over the declared type."""
    head = text[:SNIFF_BYTES]
    if _FEED_START.match(head) or (
        head.lstrip().startswith("{") and is_json_feed(text.encode("utf-8", "replace"))
    ):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    declared = (content_type or "").split(";")[0].strip().lower()
    if declared in FEED_TYPES:
        return "feed"
    if declared in ("text/html", "application/xhtml+xml") and "<" in head:
        return "html"
    return "text"


def require_text(data: bytes) -> None:
    """Refuse an empty, blank or binary document with a plain reason."""
    if not data.strip():
        raise UnreadableDocument(
            "the document is empty" if not data else "the document holds only whitespace"
        )
    what = describe_binary(data[:SNIFF_BYTES])
    if what:
        raise UnreadableDocument(f"the document is {what}, not text or HTML")
