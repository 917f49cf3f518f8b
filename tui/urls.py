"""Addresses the app hands to the browser: only http and https, a terms quote as a text fragment."""

from __future__ import annotations

from urllib.parse import quote

from parsers.web import is_web_url

# A text fragment names a long quote by its first and last words (textStart,textEnd).
FRAGMENT_EDGE_WORDS = 5
FRAGMENT_WHOLE_WORDS = 10


def _encode(text: str) -> str:
    """Percent-encode a text-fragment term: besides the usual, '-', ',' and '&' have meanings there."""
    return quote(text, safe="").replace("-", "%2D")


def text_fragment_url(url: str, quote_text: str) -> str:
    """`url` pointing at a quote on the page (`#:~:text=`), replacing any fragment it had."""
    words = quote_text.split()
    base = url.split("#", 1)[0]
    if not words:
        return base
    if len(words) <= FRAGMENT_WHOLE_WORDS:
        directive = _encode(" ".join(words))
    else:
        start = " ".join(words[:FRAGMENT_EDGE_WORDS])
        end = " ".join(words[-FRAGMENT_EDGE_WORDS:])
        directive = f"{_encode(start)},{_encode(end)}"
    return f"{base}#:~:text={directive}"


def openable(url: str | None) -> str | None:
    """The address if the browser may be given it (http or https), else None."""
    return url if url and is_web_url(url) else None
