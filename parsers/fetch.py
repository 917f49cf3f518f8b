"""Fetching a page over HTTP(S) with httpx, inside limits: time, size, redirects, encodings, content type.

The body is read raw and decoded here, a bounded piece at a time, so the size limit holds after
decompression; the bytes are looked at as well as the declared type; every failure is one sentence.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from parsers.content_check import SNIFF_BYTES, check_declared_type, check_head, check_json
from parsers.deadline import Deadline, watched_transport
from parsers.decompress import ACCEPT_ENCODING, BodyDecoder, body_decoder
from parsers.errors import FetchError
from parsers.fetch_messages import (
    byte_size,
    redirect_refused,
    status_error,
    status_phrase,
    transport_failure,
)
from parsers.web import DEFAULT_USER_AGENT, WEB_SCHEMES, Fetched, FetchLimits, is_web_url

__all__ = ["DEFAULT_USER_AGENT", "FetchLimits", "Fetched", "fetch", "is_web_url"]

_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/feed+json,text/plain;q=0.9,*/*;q=0.1"
)
# A timeout this close to the deadline is the deadline's: timers may wake a little early.
_TIMER_SLACK = 0.05


def fetch(url: str, limits: FetchLimits | None = None) -> Fetched:
    """Download `url`; raises FetchError (NetworkError, HttpStatusError) with one plain sentence."""
    limits = limits or FetchLimits()
    if not is_web_url(url):
        raise FetchError(f"{url!r} is not an http or https address")
    headers = {"User-Agent": limits.user_agent, "Accept": _ACCEPT, "Accept-Encoding": ACCEPT_ENCODING}
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    with Deadline(limits.deadline) as deadline:
        try:
            with httpx.Client(
                transport=watched_transport(deadline), headers=headers, timeout=timeout, trust_env=False
            ) as client:
                return _follow(client, url, limits, deadline)
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            if deadline.expired() or (
                isinstance(error, httpx.TimeoutException) and deadline.remaining() < _TIMER_SLACK
            ):
                raise deadline.error() from None
            raise transport_failure(error, limits.connect_timeout, limits.read_timeout) from None


def _follow(client: httpx.Client, url: str, limits: FetchLimits, deadline: Deadline) -> Fetched:
    """Follow redirects one by one, refusing loops, too many hops and addresses that are not web pages."""
    request = client.build_request("GET", url)
    seen: set[tuple[str, ...]] = set()
    for _hop in range(limits.max_redirects + 1):
        # The same address with the same cookies can only lead to the same answer: a loop.
        state = (str(request.url), *sorted(f"{cookie.name}={cookie.value}" for cookie in client.cookies.jar))
        if state in seen:
            raise FetchError("the page redirects in a loop")
        seen.add(state)
        try:
            response = client.send(request, stream=True)
        except httpx.InvalidURL:  # the request was valid, so httpx failed on the Location it was sent
            raise FetchError("the page redirected to an address fineprint cannot follow") from None
        try:
            if response.next_request is None:
                return _receive(response, limits, deadline)
            request = response.next_request
            if request.url.scheme not in WEB_SCHEMES:
                raise redirect_refused(request.url.scheme)
        finally:
            response.close()
    raise FetchError(f"the page redirected more than {limits.max_redirects} times")


def _receive(response: httpx.Response, limits: FetchLimits, deadline: Deadline) -> Fetched:
    """The body of a final response, once its status, type, encodings and size pass."""
    if response.status_code >= 400:
        raise status_error(response.status_code, response.headers.get("retry-after"))
    if not 200 <= response.status_code < 300:
        answer = f"{response.status_code} {status_phrase(response.status_code)}"
        raise FetchError(f"the server answered {answer} instead of sending the page")
    content_type = response.headers.get("content-type")
    check_declared_type(content_type)
    decoder = body_decoder(response.headers.get("content-encoding"))
    declared = response.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limits.max_bytes:
        raise _too_large(limits)
    data = _read_body(response, decoder, limits, deadline)
    check_json(data, content_type)
    return Fetched(data, str(response.url), content_type)


def _too_large(limits: FetchLimits) -> FetchError:
    return FetchError(f"the page is larger than {byte_size(limits.max_bytes)}, the size limit")


def _decoded(response: httpx.Response, decoder: BodyDecoder, limits: FetchLimits) -> Iterator[bytes]:
    """Decoded pieces of the body, the raw bytes counted against the size limit too."""
    received = 0
    for raw in response.iter_raw():
        received += len(raw)
        if received > limits.max_bytes:
            raise _too_large(limits)
        yield from decoder.feed(raw)
    yield from decoder.finish()


def _read_body(
    response: httpx.Response, decoder: BodyDecoder, limits: FetchLimits, deadline: Deadline
) -> bytes:
    """The decoded body, stopped as soon as it passes the size limit, the deadline or the sniffer."""
    body = bytearray()
    sniffed = False
    for piece in _decoded(response, decoder, limits):
        deadline.check()
        body += piece
        if len(body) > limits.max_bytes:
            raise _too_large(limits)
        if not sniffed and len(body) >= SNIFF_BYTES:
            check_head(bytes(body[:SNIFF_BYTES]))
            sniffed = True
    # A connection cut at the deadline can look like a body that simply ended: it is not a page.
    deadline.check()
    if not sniffed:
        check_head(bytes(body))
    return bytes(body)
