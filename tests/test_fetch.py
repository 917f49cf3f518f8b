"""Fetching over real HTTP on 127.0.0.1: success, limits, and plain-worded failures."""

from __future__ import annotations

import gzip

import pytest
from pytest_httpserver import HTTPServer
from tests_support import closed_port_url
from werkzeug import Request, Response

from parsers import FetchError, HttpStatusError, NetworkError
from parsers.fetch import FetchLimits, fetch, is_web_url

PAGE = b"<html><head><title>A page</title></head><body><p>Hello there, reader.</p></body></html>"


def test_fetch_returns_body_final_url_and_type(httpserver: HTTPServer) -> None:
    """A plain page arrives whole with its content type, after a redirect, at its final URL."""
    httpserver.expect_request("/old").respond_with_response(
        Response(status=301, headers={"Location": "/new"})
    )
    httpserver.expect_request("/new").respond_with_data(PAGE, content_type="text/html; charset=utf-8")
    fetched = fetch(httpserver.url_for("/old"))
    assert fetched.data == PAGE
    assert fetched.url.endswith("/new")
    assert fetched.content_type == "text/html; charset=utf-8"


def test_gzip_body_is_decompressed(httpserver: HTTPServer) -> None:
    """A gzip-encoded body is decompressed."""
    httpserver.expect_request("/gz").respond_with_data(
        gzip.compress(PAGE), headers={"Content-Encoding": "gzip"}, content_type="text/html"
    )
    assert fetch(httpserver.url_for("/gz")).data == PAGE


def test_redirect_loop_is_refused(httpserver: HTTPServer) -> None:
    """A page that redirects to itself fails with a plain message."""
    httpserver.expect_request("/loop").respond_with_response(
        Response(status=302, headers={"Location": "/loop"})
    )
    with pytest.raises(FetchError, match=r"^the page redirects in a loop$"):
        fetch(httpserver.url_for("/loop"), FetchLimits(max_redirects=3))


def test_redirects_past_the_limit_are_refused(httpserver: HTTPServer) -> None:
    """Five distinct hops with a limit of three: refused, naming the limit."""
    for hop in range(5):
        httpserver.expect_request(f"/hop{hop}").respond_with_response(
            Response(status=302, headers={"Location": f"/hop{hop + 1}"})
        )
    with pytest.raises(FetchError, match=r"^the page redirected more than 3 times$"):
        fetch(httpserver.url_for("/hop0"), FetchLimits(max_redirects=3))


def test_redirect_that_sets_a_cookie_and_returns_is_no_loop(httpserver: HTTPServer) -> None:
    """A cookie check (set a cookie, redirect back to the same page) is followed, not called a loop."""

    def page(request: Request) -> Response:
        if request.cookies.get("seen") == "1":
            return Response(PAGE, content_type="text/html")
        return Response(status=302, headers={"Location": "/check", "Set-Cookie": "seen=1; Path=/"})

    httpserver.expect_request("/check").respond_with_handler(page)
    assert fetch(httpserver.url_for("/check")).data == PAGE


def test_wrong_content_type_is_named(httpserver: HTTPServer) -> None:
    """An image is refused, naming its type."""
    httpserver.expect_request("/img").respond_with_data(b"\x89PNG....", content_type="image/png")
    with pytest.raises(FetchError, match="image/png"):
        fetch(httpserver.url_for("/img"))


@pytest.mark.parametrize("content_type", ["application/rss+xml", "application/x-rss+xml"])
def test_a_feed_under_either_rss_type_is_fetched(httpserver: HTTPServer, content_type: str) -> None:
    """RSS sent as 'application/x-rss+xml', its older name, is a feed too, not a refused type."""
    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title></channel></rss>'
    httpserver.expect_request("/feed").respond_with_data(feed, content_type=content_type)
    assert fetch(httpserver.url_for("/feed")).data == feed


def test_too_large_body_is_refused(httpserver: HTTPServer) -> None:
    """A body over the size cap stops the download."""
    httpserver.expect_request("/big").respond_with_data(b"a" * 5000, content_type="text/plain")
    with pytest.raises(FetchError, match="size limit"):
        fetch(httpserver.url_for("/big"), FetchLimits(max_bytes=1000))


def test_gzip_bomb_is_capped_after_decompression(httpserver: HTTPServer) -> None:
    """A small compressed body that inflates past the cap is refused."""
    bomb = gzip.compress(b" " * 2_000_000)
    httpserver.expect_request("/bomb").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}, content_type="text/html"
    )
    with pytest.raises(FetchError, match="size limit"):
        fetch(httpserver.url_for("/bomb"), FetchLimits(max_bytes=1024 * 1024))


def test_http_error_status_is_reported(httpserver: HTTPServer) -> None:
    """A 404 says so, as a status error that carries its code (no saved copy stands in for it)."""
    httpserver.expect_request("/gone").respond_with_data("nope", status=404)
    with pytest.raises(HttpStatusError, match="404") as raised:
        fetch(httpserver.url_for("/gone"))
    assert raised.value.status == 404
    assert not isinstance(raised.value, NetworkError)


def test_refused_connection_is_plain() -> None:
    """A closed port gives a plain message, not an exception dump, as a network failure."""
    with pytest.raises(NetworkError, match="refused"):
        fetch(closed_port_url())


@pytest.mark.parametrize(
    ("text", "expected"),
    [("https://example.org/a", True), ("http://127.0.0.1:8/x", True), ("javascript:alert(1)", False),
     ("file:///etc/passwd", False), ("ftp://host/x", False), ("not a url", False)],
)  # fmt: skip
def test_only_http_and_https_are_followed(text: str, expected: bool) -> None:
    """Only http(s) URLs count as web addresses."""
    assert is_web_url(text) is expected
