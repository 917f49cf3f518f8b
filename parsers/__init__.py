"""The headless parsing core: bytes or text in, an `Article` out. No terminal code here.

Each parser (and with them bs4, lxml and feedparser) is imported when first used, so the app
starts without paying for them and a plain-text file never loads the HTML parser.
"""

from __future__ import annotations

from parsers.decode import decode_document
from parsers.errors import FetchError, HttpStatusError, NetworkError, SourceError, UnreadableDocument
from parsers.model import Article, Block, Comment, Link, Metadata, OffsetMap, Unit
from parsers.sniff import require_text, sniff

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
    "Unit",
    "UnreadableDocument",
    "parse",
    "parse_html",
    "parse_text",
]


def parse_text(text: str, url: str | None = None) -> Article:
    """Parse a page saved as plain text; offsets are code points of `text`, a leading BOM removed."""
    from parsers.text import parse_text as parse_text_page

    return parse_text_page(text, url)


def parse_html(html: str | bytes, url: str | None = None) -> Article:
    """Parse an HTML page into an Article (body, metadata, comments)."""
    from parsers.html import parse_html as parse_html_page

    return parse_html_page(html, url)


def parse(document: bytes, content_type: str | None = None, url: str | None = None) -> Article:
    """Parse a document of any accepted kind; raises UnreadableDocument when it holds no text."""
    require_text(document)
    text = decode_document(document, content_type)
    kind = sniff(text, content_type)
    if kind == "feed":
        from parsers.feed import parse_feed_document

        article = parse_feed_document(document, url)
    elif kind == "html":
        article = parse_html(text, url)
    else:
        article = parse_text(text, url)
    if not article.has_text:
        raise UnreadableDocument("the document holds no readable text")
    return article
