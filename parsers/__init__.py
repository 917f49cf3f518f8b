"""The headless parsing core: bytes or text in, an `Article` out. No terminal code here."""

from __future__ import annotations

from parsers.decode import decode_document
from parsers.errors import FetchError, HttpStatusError, NetworkError, SourceError, UnreadableDocument
from parsers.feed import parse_feed_document
from parsers.html import parse_html as parse_html_page
from parsers.model import Article, Block, Comment, Link, Metadata, OffsetMap
from parsers.sniff import require_text, sniff
from parsers.text import parse_text

__all__ = [
    "Article",
    "Block",
    "Comment",
    "FetchError",
    "HttpStatusError",
    "Link",
    "Metadata",
    "NetworkError",
    "OffsetMap",
    "SourceError",
    "UnreadableDocument",
    "parse",
    "parse_html",
    "parse_text",
]


def parse_html(html: str | bytes, url: str | None = None) -> Article:
    """Parse an HTML page into an Article (body, metadata, comments)."""
    return parse_html_page(html, url)


def parse(document: bytes, content_type: str | None = None, url: str | None = None) -> Article:
    """Parse a document of any accepted kind; raises UnreadableDocument when it holds no text."""
    require_text(document)
    text = decode_document(document, content_type)
    kind = sniff(text, content_type)
    if kind == "feed":
        article = parse_feed_document(document, url)
    elif kind == "html":
        article = parse_html(text, url)
    else:
        article = parse_text(text, url)
    if not article.has_text:
        raise UnreadableDocument("the document holds no readable text")
    return article
