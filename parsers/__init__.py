"""The headless parsing core: bytes or text in, an `Article` out. No terminal code here.

Each parser (and with them bs4, lxml and feedparser) is imported when first used, so the app
starts without paying for them and a plain-text file never loads the HTML parser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from parsers.decode import decode_document
from parsers.errors import FetchError, HttpStatusError, NetworkError, SourceError, UnreadableDocument
from parsers.model import Article, Block, Comment, Link, Metadata, OffsetMap, Unit
from parsers.sniff import require_text, sniff

__all__ = [
    "Article",
    "ArticleStart",
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
    "parse_start",
    "parse_text",
]

LONG_TEXT = 100_000
"""Characters from which a plain-text page is read in two steps: the top to show, then the tail."""


@dataclass(frozen=True, slots=True)
class ArticleStart:
    """What can be shown of a document now: the whole article, or the top of a long text page."""

    article: Article
    rest: Callable[[], Article] | None = None
    """Reads the rest and gives the whole article (as `parse` gives it); None when `article` is whole."""


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
    return _parsed(document, text, sniff(text, content_type), url)


def parse_start(document: bytes, content_type: str | None = None, url: str | None = None) -> ArticleStart:
    """Parse a document as `parse` does, but a long text page only up to its comments (the rest on demand).

    A thread of thousands of comments takes most of its parsing time in them; its title and
    body are shown first, and `rest()` reads the comments when the caller is ready to wait.
    """
    require_text(document)
    text = decode_document(document, content_type)
    kind = sniff(text, content_type)
    if kind != "text" or len(text) < LONG_TEXT:
        return ArticleStart(_parsed(document, text, kind, url))
    from parsers.text import read_text_start

    start = read_text_start(text, url)
    if not start.article.has_text:  # nothing to show before the tail: read it all now
        return ArticleStart(_checked(start.finish().article))
    return ArticleStart(start.article, lambda: start.finish().article)


def _parsed(document: bytes, text: str, kind: str, url: str | None) -> Article:
    """The article of a decoded document of a known kind, checked to hold text."""
    if kind == "feed":
        from parsers.feed import parse_feed_document

        article = parse_feed_document(document, url)
    elif kind == "html":
        article = parse_html(text, url)
    else:
        article = parse_text(text, url)
    return _checked(article)


def _checked(article: Article) -> Article:
    """The article, unless it holds no text at all (UnreadableDocument)."""
    if not article.has_text:
        raise UnreadableDocument("the document holds no readable text")
    return article
