"""HTML pages to Articles: metadata, the article body as blocks, and reader comments.

Built on BeautifulSoup's "lxml" tree builder (libxml2 underneath; see `tree.py` for when each is used).
`parse_html` never raises: whatever the input, it returns an Article with what could be found.
"""

from __future__ import annotations

from parsers.html.extract import Progress, extract_article
from parsers.model import Article

__all__ = ["parse_html"]


def parse_html(html: str | bytes, url: str | None = None) -> Article:
    """Parse an HTML document (text, or bytes in any declared or evident charset) into an Article."""
    progress = Progress()
    try:
        return extract_article(html, url, progress)
    except Exception:  # a bug or an input nobody foresaw: keep what was found, never fail the reader
        return progress.article()
