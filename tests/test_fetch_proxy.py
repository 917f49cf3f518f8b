"""Fetching through the proxy the environment names, against a real forwarding proxy on 127.0.0.1."""

from __future__ import annotations

import base64
import http.client
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from pytest_httpserver import HTTPServer

from parsers import FetchError, NetworkError
from parsers.fetch import fetch
from parsers.proxies import Proxy, parse_proxy, proxy_for

PAGE = b"<html><head><title>Proxied</title></head><body><p>Reached through the proxy.</p></body></html>"
# A name that never resolves: only a proxy can reach it, so a page fetched from it came through one.
FAR_HOST = "news.fineprint.invalid"
CREDENTIALS = ("reader", "s3cret pass")


class _ForwardingProxy(BaseHTTPRequestHandler):
    """Forwards absolute-URL GETs to the upstream test server; refuses CONNECT; checks credentials."""

    upstream: tuple[str, int] = ("127.0.0.1", 0)
    seen: list[str] = []
    required_auth: str | None = None

    def do_GET(self) -> None:
        self.seen.append(self.path)
        if self.required_auth and self.headers.get("Proxy-Authorization") != self.required_auth:
            self.send_response(407)
            self.send_header("Proxy-Authenticate", 'Basic realm="test"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        connection = http.client.HTTPConnection(*self.upstream, timeout=5)
        connection.request("GET", urlsplit(self.path).path)
        answer = connection.getresponse()
        body = answer.read()
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.getheader("Content-Type", "text/html"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        connection.close()

    def do_CONNECT(self) -> None:
        self.seen.append(f"CONNECT {self.path}")
        refused = self.required_auth and self.headers.get("Proxy-Authorization") != self.required_auth
        self.send_response(407 if refused else 403)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test's output is its assertions."""


@pytest.fixture
def proxy(httpserver: HTTPServer) -> Iterator[type[_ForwardingProxy]]:
    """A forwarding proxy on 127.0.0.1 whose upstream is the test server; yields its handler class."""
    handler = type(
        "Handler", (_ForwardingProxy,), {"upstream": (httpserver.host, httpserver.port), "seen": []}
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    handler.address = f"127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    yield handler
    server.shutdown()
    server.server_close()


def test_http_proxy_from_the_environment_carries_the_fetch(
    httpserver: HTTPServer, proxy: type[_ForwardingProxy], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With http_proxy set (no scheme, as curl allows), a page on an unresolvable host arrives via the proxy."""
    httpserver.expect_request("/article").respond_with_data(PAGE, content_type="text/html")
    monkeypatch.setenv("http_proxy", proxy.address)  # type: ignore[attr-defined]
    fetched = fetch(f"http://{FAR_HOST}/article")
    assert fetched.data == PAGE
    assert proxy.seen == [f"http://{FAR_HOST}/article"]


def test_proxy_credentials_in_its_address_are_sent(
    httpserver: HTTPServer, proxy: type[_ForwardingProxy], monkeypatch: pytest.MonkeyPatch
) -> None:
    """user:password in the proxy's address become a Proxy-Authorization header, percent-escapes undone."""
    httpserver.expect_request("/article").respond_with_data(PAGE, content_type="text/html")
    token = base64.b64encode(":".join(CREDENTIALS).encode()).decode()
    proxy.required_auth = f"Basic {token}"
    monkeypatch.setenv("http_proxy", f"http://reader:s3cret%20pass@{proxy.address}")  # type: ignore[attr-defined]
    assert fetch(f"http://{FAR_HOST}/article").data == PAGE
    monkeypatch.setenv("http_proxy", f"http://reader:wrong@{proxy.address}")  # type: ignore[attr-defined]
    with pytest.raises(FetchError, match="proxy asked for a user name and password"):
        fetch(f"http://{FAR_HOST}/article")


def test_https_through_a_proxy_that_refuses_the_tunnel_is_a_plain_network_failure(
    proxy: type[_ForwardingProxy], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A proxy that will not open a tunnel to an https page gives one sentence naming the proxy."""
    monkeypatch.setenv("https_proxy", f"http://{proxy.address}")  # type: ignore[attr-defined]
    with pytest.raises(NetworkError, match="proxy") as raised:
        fetch(f"https://{FAR_HOST}/article")
    assert proxy.seen == [f"CONNECT {FAR_HOST}:443"]
    assert "\n" not in str(raised.value)


def test_no_proxy_and_loopback_addresses_go_direct(
    httpserver: HTTPServer, proxy: type[_ForwardingProxy], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page on this machine is fetched directly even with a proxy set; no_proxy is honoured."""
    httpserver.expect_request("/article").respond_with_data(PAGE, content_type="text/html")
    monkeypatch.setenv("http_proxy", proxy.address)  # type: ignore[attr-defined]
    assert fetch(httpserver.url_for("/article")).data == PAGE
    assert proxy.seen == []
    monkeypatch.setenv("no_proxy", ".fineprint.invalid")
    assert proxy_for("http", FAR_HOST) is None


def test_all_proxy_serves_every_scheme_and_socks_is_refused_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """all_proxy stands in for a scheme's own setting; a SOCKS proxy is named, not crashed on."""
    monkeypatch.setenv("all_proxy", "http://proxy.example:3128")
    assert proxy_for("https", FAR_HOST) == Proxy("http://proxy.example:3128")
    monkeypatch.setenv("all_proxy", "socks5://proxy.example:1080")
    with pytest.raises(FetchError, match="socks5 proxy"):
        fetch(f"https://{FAR_HOST}/article")


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("proxy.example:3128", Proxy("http://proxy.example:3128")),
        ("HTTP://Proxy.Example", Proxy("http://proxy.example")),
        ("http://a%40b:p%3Aw@[::1]:8080/", Proxy("http://[::1]:8080", ("a@b", "p:w"))),
        ("https://user@proxy.example", Proxy("https://proxy.example", ("user", ""))),
    ],
)
def test_proxy_settings_are_read_as_curl_reads_them(setting: str, expected: Proxy) -> None:
    assert parse_proxy(setting) == expected


@pytest.mark.parametrize("setting", ["http://proxy.example:99999", "http://", "gopher://x", "socks4://h:1"])
def test_unusable_proxy_settings_are_one_plain_sentence(setting: str) -> None:
    with pytest.raises(FetchError) as raised:
        parse_proxy(setting)
    assert str(raised.value).startswith("the proxy set in the environment")


def test_a_proxy_refusing_an_https_tunnel_for_credentials_says_so(
    proxy: type[_ForwardingProxy], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 407 to CONNECT names the missing credentials, as a 407 to a plain request does."""
    proxy.required_auth = "Basic nobody-has-this"
    monkeypatch.setenv("https_proxy", f"http://{proxy.address}")  # type: ignore[attr-defined]
    with pytest.raises(FetchError, match=r"^the proxy asked for a user name and password$") as raised:
        fetch(f"https://{FAR_HOST}/article")
    assert not isinstance(raised.value, NetworkError)
