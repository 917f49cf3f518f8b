"""What a document is, told by its content first and its declared type second."""

from __future__ import annotations

import re
from typing import Literal

from parsers.errors import UnreadableDocument

DocumentKind = Literal["html", "text", "feed"]

_SNIFF_BYTES = 8192
# More than this share of control characters in the first bytes: binary, not text.
_CONTROL_SHARE_LIMIT = 0.1
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|h1|link|script|style)\b",
    re.IGNORECASE | re.DOTALL,
)
_FEED_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL
)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def is_binary(data: bytes) -> bool:
    """Whether raw bytes look like a binary file rather than text (after any BOM)."""
    head = data[:_SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    sample = head.decode("latin-1")
    return len(_CONTROL.findall(sample)) > _CONTROL_SHARE_LIMIT * max(1, len(sample))


def sniff(text: str, content_type: str | None = None) -> DocumentKind:
    """Tell HTML, a feed, or plain text apart; content wins over the declared type."""
    head = text[:_SNIFF_BYTES]
    if _FEED_START.match(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    declared = (content_type or "").split(";")[0].strip().lower()
    if declared in _FEED_TYPES:
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
    if is_binary(data):
        raise UnreadableDocument("the document is binary data, not text or HTML")
