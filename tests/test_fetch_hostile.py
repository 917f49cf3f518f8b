"""Fetching from a hostile server on 127.0.0.1: every endpoint ends in its page or in one plain sentence."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_server import ENDPOINTS, JSON_FEED, PAGE, RSS, Endpoint, HostileServer

from parsers.decode import decode_document
from parsers.errors import FetchError, NetworkError
from parsers.fetch import FetchLimits, fetch

ROOT = Path(__file__).resolve().parent.parent
# Bombs here inflate to 64 MiB: far past the 10 MB limit, and quick to build. The benchmark uses 1 GiB.
BOMB_BYTES = 64 << 20
# The slow endpoints end only at the deadline; a short one keeps the suite fast. The read timeout is
# longer, so only the whole-fetch deadline can stop them.
SHORT_DEADLINE = FetchLimits(deadline=1.0, read_timeout=30.0, connect_timeout=5.0)

REFUSALS = [point for point in ENDPOINTS if point.error is not None]
PAGES = {
    "/page": PAGE, "/no-content-type": PAGE, "/chain-1": PAGE, "/chain-2": PAGE, "/chain-3": PAGE,
    "/page-gzip": PAGE, "/page-deflate": PAGE, "/page-deflate-raw": PAGE, "/page-br": PAGE,
    "/page-gzip-br": PAGE, "/charset-made-up": PAGE, "/charset-user-defined": PAGE,
    "/feed-rss": RSS, "/feed-json": JSON_FEED, "/empty": b"", "/redirect-localhost": PAGE,
}  # fmt: skip
# Pages whose declared charset is hostile or odd: what the decoded text must (and must not) hold.
DECODED = {
    "/charset-utf7": ("+ADw-script+AD4-alert(1)", "café"),
    "/charset-huge": ("Fine for a café",),
    "/charset-latin1-meta": ("Un café € 5",),
    "/charset-made-up": ("Fine for a café",),
    "/charset-user-defined": ("Fine for a café",),
}


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    """The hostile server, shared by the tests of this module."""
    with HostileServer(bomb_bytes=BOMB_BYTES) as server:
        yield server


def _limits(point: Endpoint) -> FetchLimits:
    return SHORT_DEADLINE if point.slow else FetchLimits()


def test_every_endpoint_has_an_expected_outcome() -> None:
    """The table and the tests agree: each endpoint is a refusal or a page checked below."""
    accepted = {point.path for point in ENDPOINTS if point.error is None}
    assert accepted == set(PAGES) | set(DECODED)
    assert len(ENDPOINTS) >= 30


@pytest.mark.parametrize("point", REFUSALS, ids=lambda point: point.path)
def test_refusal_is_one_plain_sentence_of_its_kind(hostile: HostileServer, point: Endpoint) -> None:
    """Each hostile endpoint raises exactly its error class, with one short printable sentence."""
    with pytest.raises(FetchError) as raised:
        fetch(hostile.url(point.path), _limits(point))
    message = str(raised.value)
    assert type(raised.value) is point.error, message
    assert re.search(point.says, message), message
    assert message.isprintable() and message == message.strip() and len(message) < 160


@pytest.mark.parametrize("path", sorted(PAGES))
def test_page_arrives_whole(hostile: HostileServer, path: str) -> None:
    """Redirect chains, every accepted encoding (two stacked too), feeds: the exact bytes arrive."""
    fetched = fetch(hostile.url(path))
    assert fetched.data == PAGES[path]


def test_redirect_chain_ends_at_the_final_address(hostile: HostileServer) -> None:
    """A 301, 307, 308 chain lands on the page, and the fetch reports where it landed."""
    assert fetch(hostile.url("/chain-1")).url == hostile.url("/page")


@pytest.mark.parametrize("path", sorted(DECODED))
def test_abusive_charset_is_ignored_safely(hostile: HostileServer, path: str) -> None:
    """UTF-7, x-user-defined, made-up and megabyte labels are not obeyed; WHATWG aliases are."""
    fetched = fetch(hostile.url(path))
    text = decode_document(fetched.data, fetched.content_type)
    for expected in DECODED[path]:
        assert expected in text
    assert "<script>" not in text


def test_retry_after_is_kept_on_the_error(hostile: HostileServer) -> None:
    """A 429 carries its status and Retry-After for whoever retries later; fineprint does not."""
    with pytest.raises(FetchError) as raised:
        fetch(hostile.url("/status-429"))
    assert getattr(raised.value, "status", None) == 429
    assert getattr(raised.value, "retry_after", None) == "120"


def _run_cli(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", "annotate", url],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip


CLI_REFUSALS = {
    "/bomb-gzip-2x": "the page is larger than 10 MB, the size limit",
    "/bomb-brotli": "the page is larger than 10 MB, the size limit",
    "/pdf-as-html": "the server sent a PDF document, not a web page",
    "/status-429": "the server asked to wait 120 seconds before trying again (429 Too Many Requests)",
    "/drip": "the download took longer than 1 second, the time limit",
    "/redirect-loop": "the page redirects in a loop",
}


@pytest.mark.parametrize("path", sorted(CLI_REFUSALS))
def test_command_line_refuses_with_one_line(hostile: HostileServer, isolated_home: Path, path: str) -> None:
    """`fineprint annotate URL` exits 1 with one plain line on stderr and nothing on stdout."""
    # Only the drip should meet the deadline; a loaded machine must not turn a bomb's size refusal into it.
    deadline = 1 if path == "/drip" else 30
    (isolated_home / "config.toml").write_text(
        f"[fetch]\ndeadline = {deadline}\nread_timeout = 30\n", encoding="utf-8"
    )
    result = _run_cli(hostile.url(path))
    assert result.returncode == 1
    assert result.stderr == f"fineprint: {CLI_REFUSALS[path]}\n"
    assert result.stdout == ""


def test_command_line_follows_a_redirect_chain_to_the_page(hostile: HostileServer, warm_home: Path) -> None:
    """Through three redirects, the article is annotated: exit 0, the fine found."""
    result = _run_cli(hostile.url("/chain-1"))
    assert result.returncode == 0, result.stderr
    assert "€2 million" in result.stdout and "GDPR" in result.stdout


def test_a_name_lookup_that_hangs_ends_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system resolver has no timeout; a lookup that never answers still ends at the deadline."""
    release = threading.Event()

    def stuck_resolver(*args: object, **kwargs: object) -> list[object]:
        release.wait(30)
        raise socket.gaierror(socket.EAI_AGAIN, "no answer")

    monkeypatch.setattr(socket, "getaddrinfo", stuck_resolver)
    try:
        with pytest.raises(
            NetworkError, match=r"^the download took longer than 0\.5 seconds, the time limit$"
        ):
            fetch("http://slow-resolver.test/page", FetchLimits(deadline=0.5))
    finally:
        release.set()
