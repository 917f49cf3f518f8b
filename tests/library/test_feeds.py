"""Subscriptions against real servers on 127.0.0.1: refresh, unread counts, bounded connections, OPML, entries."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from library_support import open_test_library, rss_feed, story_page
from pytest_httpserver import HTTPServer

from parsers import SourceError
from parsers.fetch import FetchLimits
from tui.feeds.entries import open_entry
from tui.feeds.opml import read_opml, write_opml
from tui.feeds.refresh import refresh_feeds, subscribe
from tui.feeds.store import FeedStore

QUICK = FetchLimits(connect_timeout=2, read_timeout=5, deadline=10)


@pytest.fixture
def store(isolated_home: Path) -> FeedStore:
    """The feeds of a fresh library file."""
    return FeedStore(open_test_library(isolated_home))


def _base(httpserver: HTTPServer) -> str:
    """The server's address without a trailing slash, for building entry links."""
    return httpserver.url_for("/").rstrip("/")


def _serve_feed(httpserver: HTTPServer, path: str, document: bytes, kind: str = "application/rss+xml") -> str:
    httpserver.expect_request(path).respond_with_data(document, content_type=kind)
    return httpserver.url_for(path)


def test_subscribing_reads_the_feed_and_counts_every_entry_unread(
    store: FeedStore, httpserver: HTTPServer
) -> None:
    """A 200-entry feed: 200 entries, 200 unread, newest first."""
    url = _serve_feed(httpserver, "/feed.xml", rss_feed(200, _base(httpserver)))
    result, is_new = subscribe(store, url, QUICK)
    assert is_new and result.new == 200 and result.title == "Privacy Wire"
    (summary,) = store.feeds()
    assert (summary.url, summary.title, summary.entries, summary.unread) == (url, "Privacy Wire", 200, 200)
    entries = store.entries(summary.id)
    assert [entry.title.split(":")[0] for entry in entries[:3] if entry.title] == [
        "Story 200",
        "Story 199",
        "Story 198",
    ]
    assert summary.to_json() == {
        "id": summary.id,
        "url": url,
        "title": "Privacy Wire",
        "entries": 200,
        "unread": 200,
    }


def test_a_json_feed_is_followed_over_http(store: FeedStore, httpserver: HTTPServer) -> None:
    """A JSON Feed served as application/feed+json subscribes like any other."""
    document = json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "JSON Wire",
        "items": [{"id": str(n), "url": f"/posts/{n}", "content_text": f"Post {n}."} for n in range(3)],
    }).encode()  # fmt: skip
    url = _serve_feed(httpserver, "/feed.json", document, "application/feed+json")
    result, _ = subscribe(store, url, QUICK)
    assert (result.title, result.new) == ("JSON Wire", 3)
    links = sorted(entry.link or "" for entry in store.entries(result.feed_id))
    assert links == [httpserver.url_for(f"/posts/{n}") for n in range(3)]


def test_a_refresh_adds_only_new_entries_and_keeps_read_marks(
    store: FeedStore, httpserver: HTTPServer
) -> None:
    """Entries already seen are updated, not doubled; an entry read stays read."""
    base = _base(httpserver)
    url = _serve_feed(httpserver, "/feed.xml", rss_feed(3, base))
    feed_id = subscribe(store, url, QUICK)[0].feed_id
    store.mark_read(store.entries(feed_id)[0].id)
    httpserver.clear()
    _serve_feed(httpserver, "/feed.xml", rss_feed(5, base))
    (result,) = refresh_feeds(store, QUICK)
    assert (result.new, result.error) == (2, None)
    summary = store.feed(feed_id)
    assert summary is not None and (summary.entries, summary.unread) == (5, 4)
    assert [entry.read for entry in store.entries(feed_id)].count(True) == 1


def test_one_failing_feed_does_not_stop_the_others(store: FeedStore, httpserver: HTTPServer) -> None:
    """A 500, a page that is no feed and an unreachable host each get a plain reason; the good feed is stored."""
    good = _serve_feed(httpserver, "/good.xml", rss_feed(2, _base(httpserver)))
    httpserver.expect_request("/broken.xml").respond_with_data("oops", status=500)
    not_feed = _serve_feed(httpserver, "/page.html", b"<html><body><p>Hello</p></body></html>", "text/html")
    for url in (good, httpserver.url_for("/broken.xml"), not_feed, "http://127.0.0.1:9/feed.xml"):
        store.add(url)
    results = {result.url: result for result in refresh_feeds(store, QUICK)}
    assert results[good].new == 2 and results[good].error is None
    assert "500" in (results[httpserver.url_for("/broken.xml")].error or "")
    assert "not an RSS, Atom or JSON feed" in (results[not_feed].error or "")
    assert results["http://127.0.0.1:9/feed.xml"].error
    failed = [feed for feed in store.feeds() if feed.last_error]
    assert len(failed) == 3


class _GatedFeeds(BaseHTTPRequestHandler):
    """Serves a small feed only once `gate` (a barrier) lets four requests through together."""

    gate: threading.Barrier
    lock = threading.Lock()
    current = 0
    peak = 0

    def do_GET(self) -> None:
        cls = type(self)
        with cls.lock:
            cls.current += 1
            cls.peak = max(cls.peak, cls.current)
        try:
            cls.gate.wait(timeout=10)
            body = rss_feed(1, f"http://127.0.0.1:{self.server.server_address[1]}", title=self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        finally:
            with cls.lock:
                cls.current -= 1

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test reads the counters, not the log."""


def test_refresh_uses_four_connections_at_once_and_no_more(store: FeedStore) -> None:
    """Eight feeds behind a gate that opens for four concurrent requests: all succeed, never five at once."""
    _GatedFeeds.gate = threading.Barrier(4)
    _GatedFeeds.current = _GatedFeeds.peak = 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _GatedFeeds)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        for n in range(8):
            store.add(f"http://127.0.0.1:{port}/feed-{n}.xml")
        results = refresh_feeds(store, QUICK, connections=4)
    finally:
        server.shutdown()
        server.server_close()
    assert [result.error for result in results] == [None] * 8
    assert _GatedFeeds.peak == 4
    assert sorted(feed.title or "" for feed in store.feeds()) == [f"/feed-{n}.xml" for n in range(8)]


def test_opening_an_entry_fetches_the_full_article_and_marks_it_read(
    store: FeedStore, httpserver: HTTPServer
) -> None:
    """The entry's page is fetched, saved in the library and shown; the unread count drops by one."""
    base = _base(httpserver)
    httpserver.expect_request("/articles/2").respond_with_data(story_page(2), content_type="text/html")
    feed_id = subscribe(store, _serve_feed(httpserver, "/feed.xml", rss_feed(2, base)), QUICK)[0].feed_id
    newest = store.entries(feed_id)[0]
    assert newest.link == httpserver.url_for("/articles/2")
    loaded = open_entry(store, newest.id, QUICK)
    assert loaded.problem is None
    assert any("The full text of story 2" in block.text for block in loaded.article.blocks)
    assert store.library.latest(newest.link or "") is not None
    summary = store.feed(feed_id)
    assert summary is not None and summary.unread == 1
    assert [entry.url for entry in store.library.history()] == [newest.link]


def test_an_entry_whose_page_fails_shows_the_feeds_own_text(store: FeedStore, httpserver: HTTPServer) -> None:
    """A 404 for the page: the feed's summary is shown, the reason given, and the entry marked read."""
    base = _base(httpserver)
    httpserver.expect_request("/articles/1").respond_with_data("gone", status=404)
    feed_id = subscribe(store, _serve_feed(httpserver, "/feed.xml", rss_feed(1, base)), QUICK)[0].feed_id
    (entry,) = store.entries(feed_id)
    loaded = open_entry(store, entry.id, QUICK)
    assert [block.text for block in loaded.article.blocks] == [
        "Summary of story 1: a €1 million fine under the GDPR."
    ]
    assert loaded.problem and "404" in loaded.problem and "the text the feed gave" in loaded.problem
    assert any(a.kind == "law" for a in loaded.annotated.annotations)
    assert store.entries(feed_id)[0].read
    with pytest.raises(SourceError):
        open_entry(store, 99_999, QUICK)


def test_removing_a_feed_forgets_its_entries(store: FeedStore, httpserver: HTTPServer) -> None:
    """Unsubscribing deletes the feed's entries with it."""
    feed_id = subscribe(store, _serve_feed(httpserver, "/f.xml", rss_feed(3, _base(httpserver))), QUICK)[
        0
    ].feed_id
    assert store.remove(feed_id) and not store.remove(feed_id)
    with store.library.read() as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone()[0] == 0


OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
  <outline text="Law">
    <outline text="Privacy Wire" type="rss" xmlUrl="https://wire.example/feed.xml" htmlUrl="https://wire.example/"/>
    <outline title="Atom Notes" type="rss" xmlUrl="https://atom.example/atom.xml"/>
  </outline>
  <outline text="Duplicate" xmlUrl="https://wire.example/feed.xml"/>
  <outline text="Not a web feed" xmlUrl="javascript:alert(1)"/>
  <outline text="A folder with no feed"/>
</body></opml>"""


def test_opml_import_export_round_trip(store: FeedStore) -> None:
    """Nested outlines are found, duplicates and non-web addresses dropped; export lists the same feeds."""
    subscriptions = read_opml(OPML)
    assert [(s.url, s.title) for s in subscriptions] == [
        ("https://wire.example/feed.xml", "Privacy Wire"),
        ("https://atom.example/atom.xml", "Atom Notes"),
    ]
    for item in subscriptions:
        store.add(item.url, item.title)
    store.add("https://odd.example/feed", 'Quotes " and <tags> & \x1b[31m escapes')
    again = read_opml(write_opml(store.feeds()).encode())
    assert sorted(s.url for s in again) == sorted(
        [s.url for s in subscriptions] + ["https://odd.example/feed"]
    )
    assert any(s.title == 'Quotes " and <tags> & \u241b[31m escapes' for s in again)


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
         + b"".join(b'<!ENTITY a%d "%s">' % (n, (b"&a%d;" % (n - 1) if n > 1 else b"&a;") * 10) for n in range(1, 9))
         + b']><opml version="2.0"><body><outline text="&a8;" xmlUrl="https://x.example/&a8;"/></body></opml>',
         "could not be read"),
        (b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
         b'<opml version="2.0"><body><outline text="&xxe;" xmlUrl="https://x.example/f"/></body></opml>',
         "could not be read"),
        (b"<html><body>not opml</body></html>", "not an OPML"),
        (b"<opml><body><outline", "could not be read"),
    ],
    ids=["billion-laughs", "external-entity", "html", "truncated"],
)  # fmt: skip
def test_hostile_or_broken_opml_is_refused_plainly(document: bytes, reason: str) -> None:
    """Entity bombs and external entities are refused before they expand; every refusal is one sentence."""
    with pytest.raises(SourceError, match=reason) as raised:
        read_opml(document)
    assert "\n" not in str(raised.value)
