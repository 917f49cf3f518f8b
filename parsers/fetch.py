"""Fetching a page over HTTP(S) with httpx, inside limits: time, size, redirects, content type."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from parsers.errors import FetchError, HttpStatusError, NetworkError

ACCEPTED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
DEFAULT_USER_AGENT = "fineprint/0.1 (terminal newsreader)"


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
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError):
        return False
    return url.scheme in ("http", "https") and bool(url.host)


def _check_type(content_type: str | None) -> None:
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type and media_type not in ACCEPTED_TYPES:
        raise FetchError(f"the server sent {media_type}, which is not a web page, text or a feed")


def _read_body(response: httpx.Response, limits: FetchLimits, started: float) -> bytes:
    """The decompressed body, refused past the size cap or the deadline."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchError(
                f"the page is larger than {limits.max_bytes // (1024 * 1024)} MB, the size limit"
            )
        if time.monotonic() - started > limits.deadline:
            raise NetworkError(f"the download took longer than {limits.deadline:g} seconds")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(url: str, limits: FetchLimits | None = None) -> Fetched:
    """Download `url`; raises FetchError with a plain reason for anything that goes wrong."""
    limits = limits or FetchLimits()
    if not is_web_url(url):
        raise FetchError(f"{url!r} is not an http or https address")
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    headers = {
        "User-Agent": limits.user_agent,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    }
    started = time.monotonic()
    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=True, max_redirects=limits.max_redirects, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise HttpStatusError(
                    f"the server answered {response.status_code} {reason}",
                    response.status_code,
                    response.headers.get("retry-after"),
                )
            content_type = response.headers.get("content-type")
            _check_type(content_type)
            data = _read_body(response, limits, started)
            return Fetched(data, str(response.url), content_type)
    except httpx.TooManyRedirects:
        raise FetchError(f"the page redirected more than {limits.max_redirects} times") from None
    except httpx.ConnectTimeout:
        raise NetworkError("the server did not answer in time") from None
    except httpx.TimeoutException:
        raise NetworkError("the server stopped sending before the page was complete") from None
    except httpx.ConnectError as error:
        raise NetworkError(f"could not connect: {_plain(error)}") from None
    except httpx.DecodingError:
        raise FetchError("the server sent a body that could not be decompressed") from None
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise FetchError(f"the download failed: {_plain(error)}") from None


def _plain(error: Exception) -> str:
    """An exception's message on one line."""
    text = " ".join(str(error).split()) or type(error).__name__
    if "refused" in text.lower():
        return "the connection was refused"
    if "name or service not known" in text.lower() or "nodename nor servname" in text.lower():
        return "the host name could not be found"
    return text[:200]
