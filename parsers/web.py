"""What a fetch may take and which addresses fineprint follows: light, so the app starts without httpx.

`parsers.fetch` does the downloading (and imports httpx); this module only describes it, and
loads httpx to check an address only when the address starts like a web address.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_USER_AGENT = "fineprint/0.1 (terminal newsreader)"
WEB_SCHEMES = ("http", "https")
_WEB_PREFIXES = ("http://", "https://")


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How long and how much a fetch may take."""

    connect_timeout: float = 10.0
    read_timeout: float = 10.0
    deadline: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 10
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded document: its bytes, the URL it came from after redirects, its content type."""

    data: bytes
    url: str
    content_type: str | None


def is_web_url(text: str) -> bool:
    """Whether `text` is an http or https URL, the only kinds fineprint follows."""
    if not isinstance(text, str) or not text[:8].lower().startswith(_WEB_PREFIXES):
        return False
    import httpx

    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError):
        return False
    return url.scheme in WEB_SCHEMES and bool(url.host)
