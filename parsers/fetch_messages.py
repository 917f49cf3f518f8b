"""Plain sentences for what stops a fetch: an error status, a Retry-After, a failed connection."""

from __future__ import annotations

import math
import re
import socket
import ssl
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus

import httpx

from parsers.errors import FetchError, HttpStatusError, NetworkError

# Statuses whose Retry-After means "come back later" rather than "go elsewhere".
_WAIT_STATUSES = (429, 503)
_RETRY_SECONDS = re.compile(r"\d{1,10}")
# How far down an exception's causes to look for the socket or TLS error behind it.
_CAUSE_DEPTH = 8
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]{0,19}")
PROXY_CREDENTIALS = "the proxy asked for a user name and password"


def seconds(amount: float) -> str:
    """An amount of seconds in words: "1 second", "2.5 seconds"."""
    return f"{amount:g} second" + ("" if amount == 1 else "s")


def byte_size(amount: int) -> str:
    """A size in words: "10 MB", "512 KB", "300 bytes" (binary units, as the limits are set)."""
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if amount >= scale:
            return f"{amount / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{amount} bytes"


def status_phrase(status: int) -> str:
    """The standard phrase for a status ("Not Found"); a server's own phrase is never shown."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "(an unknown status)"


def retry_after_seconds(value: str | None, now: datetime | None = None) -> int | None:
    """Seconds a Retry-After header asks to wait (a number or an HTTP date); None when unreadable."""
    text = (value or "").strip()
    if _RETRY_SECONDS.fullmatch(text):
        return int(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    return max(0, math.ceil((when - (now or datetime.now(UTC))).total_seconds()))


def status_error(status: int, retry_after: str | None) -> HttpStatusError:
    """The error for a 4xx or 5xx answer; a 429 or 503 names how long the server asked to wait."""
    answer = f"{status} {status_phrase(status)}"
    wait = retry_after_seconds(retry_after) if status in _WAIT_STATUSES else None
    if wait is not None:
        message = f"the server asked to wait {seconds(wait)} before trying again ({answer})"
    elif status == HTTPStatus.PROXY_AUTHENTICATION_REQUIRED:
        message = f"{PROXY_CREDENTIALS} ({answer})"
    else:
        message = f"the server answered {answer}"
    kept = retry_after.strip()[:100] if retry_after else None
    return HttpStatusError(message, status, kept)


def redirect_refused(scheme: str) -> FetchError:
    """The error for a redirect to an address that is not http or https."""
    shown = f"a {scheme}: address" if _SCHEME.fullmatch(scheme) else "an address"
    return FetchError(f"the page redirected to {shown}, which fineprint does not follow")


def _causes(error: BaseException) -> list[BaseException]:
    """The error and what caused it, a bounded walk down the chain."""
    chain = [error]
    while len(chain) < _CAUSE_DEPTH:
        cause = chain[-1].__cause__ or chain[-1].__context__
        if cause is None or cause in chain:
            break
        chain.append(cause)
    return chain


def _connect_failure(error: httpx.ConnectError) -> NetworkError:
    causes = _causes(error)
    if any(isinstance(cause, ssl.SSLCertVerificationError) for cause in causes):
        return NetworkError("the secure connection failed: the server's certificate could not be verified")
    if any(isinstance(cause, ssl.SSLError) for cause in causes):
        return NetworkError("the secure connection (TLS) with the server failed")
    if any(isinstance(cause, socket.gaierror) for cause in causes):
        return NetworkError("could not connect: the server's name could not be found")
    if any(isinstance(cause, ConnectionRefusedError) for cause in causes):
        return NetworkError("could not connect: the connection was refused")
    return NetworkError("could not connect to the server")


def transport_failure(error: Exception, connect_timeout: float, read_timeout: float) -> FetchError:
    """The plain error for an httpx failure: network trouble, or a server that broke the protocol."""
    if isinstance(error, httpx.ConnectTimeout):
        return NetworkError(f"the server did not answer within {seconds(connect_timeout)}")
    if isinstance(error, httpx.TimeoutException):
        return NetworkError(f"the server sent nothing for {seconds(read_timeout)}")
    if isinstance(error, httpx.ConnectError):
        return _connect_failure(error)
    if isinstance(error, httpx.ProxyError):
        # A proxy refusing an https tunnel answers CONNECT; httpcore words that as the status line.
        if str(error).startswith(str(int(HTTPStatus.PROXY_AUTHENTICATION_REQUIRED))):
            return FetchError(PROXY_CREDENTIALS)
        return NetworkError("the proxy would not connect to the server")
    if isinstance(error, httpx.NetworkError):
        return NetworkError("the connection broke before the page was complete")
    if isinstance(error, httpx.ProtocolError):
        return FetchError("the server sent an incomplete or malformed response")
    if isinstance(error, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return FetchError("the address cannot be fetched: only http and https addresses can")
    return FetchError("the download failed")
