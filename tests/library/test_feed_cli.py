"""`fineprint feed ...` against a real server: add, list, refresh, entries, open, remove, OPML in and out."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from library_support import Result, rss_feed, story_page
from pytest_httpserver import HTTPServer


def test_a_200_entry_feed_is_followed_read_and_counted(
    httpserver: HTTPServer, fineprint: Callable[..., Result]
) -> None:
    """add → list shows 200 entries, 200 unread → opening one shows the full article and lowers the count."""
    base = httpserver.url_for("/").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss_feed(200, base), content_type="application/rss+xml"
    )
    httpserver.expect_request("/articles/200").respond_with_data(story_page(200), content_type="text/html")
    added = fineprint("feed", "add", httpserver.url_for("/feed.xml"))
    assert (
        added.returncode == 0 and "Subscribed to Privacy Wire" in added.stdout and "200 new" in added.stdout
    )
    (feed,) = json.loads(fineprint("feed", "list", "--format", "json").stdout)["feeds"]
    assert (feed["title"], feed["entries"], feed["unread"]) == ("Privacy Wire", 200, 200)
    assert set(feed) == {"id", "url", "title", "entries", "unread"}
    entries = json.loads(fineprint("feed", "entries", str(feed["id"]), "--format", "json").stdout)["entries"]
    assert len(entries) == 200 and entries[0]["link"] == httpserver.url_for("/articles/200")
    opened = fineprint("feed", "open", str(entries[0]["id"]), "--format", "json")
    assert opened.returncode == 0, opened.stderr
    blocks = json.loads(opened.stdout)["article"]["blocks"]
    assert any("The full text of story 200" in block["text"] for block in blocks)
    (feed,) = json.loads(fineprint("feed", "list", "--format", "json").stdout)["feeds"]
    assert feed["unread"] == 199
    refreshed = fineprint("feed", "refresh", "--format", "json")
    assert refreshed.returncode == 0
    assert json.loads(refreshed.stdout)["feeds"][0]["new"] == 0
    assert "199/200 unread" in fineprint("feed", "list").stdout


def test_refresh_failures_are_reported_and_exit_1(
    httpserver: HTTPServer, fineprint: Callable[..., Result]
) -> None:
    """A feed that answers 500 on refresh: one line on stderr, exit status 1."""
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss_feed(1, "http://x.example"), content_type="text/xml"
    )
    assert fineprint("feed", "add", httpserver.url_for("/feed.xml")).returncode == 0
    httpserver.clear()
    httpserver.expect_request("/feed.xml").respond_with_data("down", status=500)
    result = fineprint("feed", "refresh")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("fineprint: Privacy Wire:") and "500" in line


def test_adding_something_that_is_no_feed_fails_plainly(
    httpserver: HTTPServer, fineprint: Callable[..., Result]
) -> None:
    """A web page is not a feed: exit 1, one sentence, nothing subscribed."""
    httpserver.expect_request("/page").respond_with_data(
        "<html><body><p>Hi</p></body></html>", content_type="text/html"
    )
    result = fineprint("feed", "add", httpserver.url_for("/page"))
    assert result.returncode == 1 and "is not an RSS, Atom or JSON feed" in result.stderr
    assert json.loads(fineprint("feed", "list", "--format", "json").stdout) == {"feeds": []}


def test_opml_in_and_out_and_remove(tmp_path: Path, fineprint: Callable[..., Result]) -> None:
    """import-opml subscribes without fetching; export-opml prints them; remove unsubscribes."""
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/feed"/>'
        '<outline text="B" xmlUrl="https://b.example/feed"/></body></opml>',
        encoding="utf-8",
    )
    imported = fineprint("feed", "import-opml", str(opml))
    assert imported.returncode == 0 and "Subscribed to 2 feeds" in imported.stdout
    assert "1 already followed" not in imported.stdout
    assert "(2 already followed)" in fineprint("feed", "import-opml", str(opml)).stdout
    exported = fineprint("feed", "export-opml").stdout
    assert 'xmlUrl="https://a.example/feed"' in exported and 'xmlUrl="https://b.example/feed"' in exported
    feeds = json.loads(fineprint("feed", "list", "--format", "json").stdout)["feeds"]
    assert fineprint("feed", "remove", str(feeds[0]["id"])).returncode == 0
    assert len(json.loads(fineprint("feed", "list", "--format", "json").stdout)["feeds"]) == 1
    assert fineprint("feed", "remove", "999").returncode == 1
    missing = fineprint("feed", "import-opml", str(tmp_path / "nope.opml"))
    assert missing.returncode == 1 and "could not read" in missing.stderr


HOSTILE_TITLE_FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
    "<title>Wire &#x202e;&#x1b;[2J&#x1b;]0;pwned&#7; news</title><link>https://x.example/</link>"
    "<item><title>One</title><link>https://x.example/1</link></item></channel></rss>"
)


def test_a_feed_title_with_terminal_escapes_is_printed_cleaned(
    httpserver: HTTPServer, fineprint: Callable[..., Result]
) -> None:
    """A feed titled with an escape sequence and a bidi override: add and refresh printed it raw (ESC, U+202E)
    to the terminal, while the list printed it cleaned; now every command prints what the store keeps."""
    httpserver.expect_request("/feed.xml").respond_with_data(
        HOSTILE_TITLE_FEED, content_type="application/rss+xml"
    )
    outputs = [
        fineprint("feed", "add", httpserver.url_for("/feed.xml")).stdout,
        fineprint("feed", "refresh").stdout,
        fineprint("feed", "refresh", "--format", "json").stdout,
        fineprint("feed", "list").stdout,
    ]
    for output in outputs:
        assert "Wire" in output
        assert not any(char in output for char in "\x1b\x07\u202e"), output


SURROGATE_JSON_FEED = (
    '{"version": "https://jsonfeed.org/version/1.1", "title": "Sur\\ud800rogate news", "items": ['
    '{"id": "id-\\ud800", "url": "https://x.example/a", "title": "Fine \\udc00 day",'
    ' "content_html": "<p>Acme was fined \\ud800 $5 million.</p>", "authors": [{"name": "A\\udfff"}]},'
    ' {"id": "2", "content_text": "No title and no link, fined $2 million."}]}'
)


def test_a_json_feed_with_lone_surrogates_is_followed(
    httpserver: HTTPServer, fineprint: Callable[..., Result]
) -> None:
    """JSON's "\\ud800" makes a string no UTF-8 encoder takes: adding such a feed failed with
    "unexpected error: 'utf-8' codec can't encode…" and nothing was stored. Each one is now U+FFFD."""
    httpserver.expect_request("/feed.json").respond_with_data(
        SURROGATE_JSON_FEED, content_type="application/feed+json"
    )
    added = fineprint("feed", "add", httpserver.url_for("/feed.json"))
    assert added.returncode == 0, added.stderr
    assert "Sur\ufffdrogate news" in added.stdout and "2 new" in added.stdout
    listed = fineprint("feed", "entries", "1").stdout
    assert "Fine \ufffd day" in listed
    assert "(untitled)" in listed and "None" not in listed  # an entry with neither title nor link


def test_a_feed_address_from_an_opml_file_is_printed_percent_encoded(
    tmp_path: Path, httpserver: HTTPServer, fineprint: Callable[..., Result]
) -> None:
    """An OPML file's xmlUrl holding a bidi override and a C1 control (8-bit CSI) was stored and printed as it
    was by 'feed list'; such characters are now percent-encoded, as httpx sends them, and the feed still reads."""
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss_feed(1, "http://x.example"), content_type="application/rss+xml"
    )
    address = httpserver.url_for("/feed.xml") + "?from=\u202eevil\x9b2J"
    opml = tmp_path / "subs.opml"
    opml.write_text(
        f'<opml version="2.0"><body><outline text="A" xmlUrl="{address}"/></body></opml>', "utf-8"
    )
    assert fineprint("feed", "import-opml", str(opml)).returncode == 0
    listed = fineprint("feed", "list").stdout
    assert "?from=%E2%80%AEevil%C2%9B2J" in listed
    assert "\u202e" not in listed and "\x9b" not in listed
    refreshed = fineprint("feed", "refresh")
    assert refreshed.returncode == 0 and "1 new" in refreshed.stdout
