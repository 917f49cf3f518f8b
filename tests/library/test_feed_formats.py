"""Feed documents in every format, broken ones, and hostile ones (entity expansion, external entities)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from parsers.feed import entry_to_article, read_feed
from parsers.feed_prolog import without_entity_declarations

RSS_091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old Wire</title>
<link>http://old.example/</link><description>d</description><language>en-us</language>
<item><title>Fine upheld</title><link>http://old.example/fine</link><description>The court upheld it.</description></item>
</channel></rss>"""

RSS_092 = b"""<?xml version="1.0"?><rss version="0.92"><channel><title>Wire 92</title><link>http://w92.example/</link>
<description>d</description><item><title>Ruling</title><link>http://w92.example/ruling</link>
<description>A ruling on cookies.</description></item></channel></rss>"""

RSS_20 = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire 2</title>
<link>https://w2.example/</link><description>d</description>
<item><title>Settlement</title><link>https://w2.example/s</link><guid isPermaLink="false">w2-1</guid>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>A $5 million settlement.</description></item>
</channel></rss>"""

RSS_10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example/"><title>RDF Wire</title><link>https://rdf.example/</link>
<description>d</description><items><rdf:Seq><rdf:li rdf:resource="https://rdf.example/1"/></rdf:Seq></items></channel>
<item rdf:about="https://rdf.example/1"><title>Guidance issued</title><link>https://rdf.example/1</link>
<dc:date>2024-02-03T08:00:00Z</dc:date><description>New guidance on consent.</description></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Notes</title><link href="https://atom.example/"/><id>urn:atom</id><updated>2024-02-01T12:00:00Z</updated>
<entry><title>Cookie walls</title><link href="/cookie-walls"/><id>tag:atom.example,2024:1</id>
<updated>2024-02-01T12:00:00Z</updated><content type="html">&lt;p&gt;Consent must be free.&lt;/p&gt;</content></entry>
</feed>"""

JSON_10 = json.dumps({
    "version": "https://jsonfeed.org/version/1", "title": "JSON Wire", "home_page_url": "https://json.example/",
    "author": {"name": "Desk"},
    "items": [{"id": 7, "url": "https://json.example/7", "title": "Fine", "content_text": "A fine.\n\nAppealed.",
               "date_published": "2024-04-01T09:00:00+02:00"}],
}).encode()  # fmt: skip

JSON_11 = json.dumps({
    "version": "https://jsonfeed.org/version/1.1", "title": "JSON Wire 1.1", "language": "en",
    "feed_url": "https://json11.example/feed.json",
    "items": [{"id": "a", "url": "/posts/a", "title": "Ruling", "content_html": "<p>The <b>ruling</b>.</p>",
               "authors": [{"name": "Kim"}, {"url": "no name"}], "date_modified": "2024-05-02"}],
}).encode()  # fmt: skip


@pytest.mark.parametrize(
    ("document", "format_", "title", "entry_title", "link", "key", "day"),
    [
        (RSS_091, "rss091u", "Old Wire", "Fine upheld", "http://old.example/fine", "http://old.example/fine", None),
        (RSS_092, "rss092", "Wire 92", "Ruling", "http://w92.example/ruling", "http://w92.example/ruling", None),
        (RSS_20, "rss20", "Wire 2", "Settlement", "https://w2.example/s", "w2-1", date(2024, 3, 5)),
        (RSS_10, "rss10", "RDF Wire", "Guidance issued", "https://rdf.example/1", "https://rdf.example/1", date(2024, 2, 3)),
        (ATOM, "atom10", "Atom Notes", "Cookie walls", "https://atom.example/cookie-walls", "tag:atom.example,2024:1", None),
        (JSON_10, "json10", "JSON Wire", "Fine", "https://json.example/7", "7", date(2024, 4, 1)),
        (JSON_11, "json11", "JSON Wire 1.1", "Ruling", "https://json11.example/posts/a", "a", None),
    ],
    ids=["rss091", "rss092", "rss20", "rss10-rdf", "atom10", "json10", "json11"],
)  # fmt: skip
def test_every_format_gives_its_title_entries_links_and_keys(
    document: bytes, format_: str, title: str, entry_title: str, link: str, key: str, day: date | None
) -> None:
    """RSS 0.91/0.92/2.0, RSS 1.0 (RDF), Atom and JSON Feed 1.0/1.1 each read the same way."""
    feed = read_feed(document, "https://atom.example/feed.xml" if document is ATOM else None)
    assert feed is not None
    assert (feed.format, feed.title) == (format_, title)
    (entry,) = feed.entries
    assert (entry.title, entry.link, entry.key) == (entry_title, link, key)
    if day is not None:
        when = entry.published or entry.updated  # RSS 1.0's dc:date is the time it was last changed
        assert isinstance(when, datetime) and when.date() == day
    assert entry_to_article(entry).has_text


def test_json_feed_text_authors_and_dates() -> None:
    """content_text becomes paragraphs; 1.0's author and 1.1's authors are names; dates keep their zone."""
    (old,) = read_feed(JSON_10).entries  # type: ignore[union-attr]
    assert [block.text for block in entry_to_article(old).blocks] == ["A fine.", "Appealed."]
    assert old.authors == ("Desk",)
    assert old.published == datetime(2024, 4, 1, 7, 0, tzinfo=UTC)
    (new,) = read_feed(JSON_11).entries  # type: ignore[union-attr]
    assert new.authors == ("Kim",) and new.language == "en" and new.updated == date(2024, 5, 2)
    assert [block.text for block in entry_to_article(new).blocks] == ["The ruling."]


@pytest.mark.parametrize(
    "document",
    [
        b"",
        b"   ",
        b"<html><body><p>Just a page.</p></body></html>",
        b'{"title": "json but no feed"}',
        b'{"version": "https://jsonfeed.org/version/1", "items": [',
        b'{"version": "https://jsonfeed.org/version/1", "items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b"\x00\xff\xfe binary",
        b"%PDF-1.7 not a feed",
    ],
    ids=["empty", "blank", "html", "plain-json", "truncated-json-feed", "nested-json-feed", "binary", "pdf"],
)
def test_what_is_no_feed_reads_as_none(document: bytes) -> None:
    """Empty, HTML, plain JSON, truncated or absurdly nested JSON Feed, binary: no feed, no exception."""
    assert read_feed(document) is None


def test_json_feed_with_wrong_types_keeps_what_is_sound() -> None:
    """Numbers for strings, a list for an object, items that are not objects: left out, no crash."""
    document = json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": ["not", "a", "string"],
        "items": [5, "x", None, {"id": True, "url": 12, "title": {"a": 1}, "content_html": 3, "summary": "kept",
                                 "authors": "Kim", "date_published": 2024}],
    }).encode()  # fmt: skip
    feed = read_feed(document)
    assert feed is not None and feed.title is None
    (entry,) = feed.entries
    assert (entry.title, entry.link, entry.authors, entry.published) == (None, None, (), None)
    assert entry.key.startswith("sha256:")
    assert [block.text for block in entry_to_article(entry).blocks] == ["kept"]


def test_broken_rss_still_gives_its_entries() -> None:
    """Bare ampersands, HTML entities XML does not know, a download cut off mid-item: the items still come."""
    broken = b"""<rss version="2.0"><channel><title>Broken & Co&nbsp;News</title>
    <item><title>First &amp; best</title><link>https://b.example/1</link><description>One & only &copy; 2024</description></item>
    <item><title>Second</title><link>https://b.example/2</link><description>Two</description></item>
    <item><title>Third, cut short</title><link>https://b.example/3</link><descrip"""
    feed = read_feed(broken)
    assert feed is not None and feed.title == "Broken & Co\xa0News"
    assert [(entry.title, entry.link) for entry in feed.entries] == [
        ("First & best", "https://b.example/1"),
        ("Second", "https://b.example/2"),
        ("Third, cut short", "https://b.example/3"),
    ]
    assert feed.entries[0].content_html == "One & only © 2024"


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b']><rss version="2.0"><channel><title>Laughs &lol9;</title><item><title>Entry &lol9;</title>'
    b"<link>https://laughs.example/1</link><description>&lol9;</description></item></channel></rss>"
)


def test_entity_expansion_is_not_performed() -> None:
    """A billion-laughs feed reads quickly and no entity grows into text."""
    feed = read_feed(BILLION_LAUGHS)
    assert feed is not None
    texts = [
        feed.title or "",
        *(e.title or "" for e in feed.entries),
        *(e.content_html for e in feed.entries),
    ]
    assert all("lollol" not in text and len(text) < 200 for text in texts)
    assert [entry.link for entry in feed.entries] == ["https://laughs.example/1"]


def test_entity_declarations_are_removed_before_any_parser_sees_them() -> None:
    """The DOCTYPE that declares entities goes, in UTF-8 or UTF-16, with `]>` hidden in a quoted value."""
    cleaned = without_entity_declarations(BILLION_LAUGHS)
    assert b"<!ENTITY" not in cleaned and cleaned.startswith(b'<?xml version="1.0"?><rss version="2.0">')
    utf16 = BILLION_LAUGHS.decode().replace(
        '<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>'
    )
    cleaned16 = without_entity_declarations(utf16.encode("utf-16"))
    assert b"<!ENTITY" not in cleaned16 and b"encoding" not in cleaned16
    feed = read_feed(utf16.encode("utf-16"))
    assert feed is not None and [entry.link for entry in feed.entries] == ["https://laughs.example/1"]
    tricky = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "]> x">]><rss version="2.0"><channel><title>T</title></channel></rss>'
    assert (
        without_entity_declarations(tricky)
        == b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    )
    netscape = b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"></rss>'
    assert without_entity_declarations(netscape) is netscape


def test_external_entities_are_neither_read_nor_fetched(tmp_path: Path, httpserver: HTTPServer) -> None:
    """A feed naming a local file and a URL as entities reads neither: the secret stays out, no request is made."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN", encoding="utf-8")
    httpserver.expect_request("/evil.dtd").respond_with_data("<!ENTITY leak 'LEAKED'>")
    httpserver.expect_request("/entity").respond_with_data("FETCHED-ENTITY")
    document = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY file SYSTEM "file://{secret}">'
        f'<!ENTITY net SYSTEM "{httpserver.url_for("/entity")}">'
        f'<!ENTITY % dtd SYSTEM "{httpserver.url_for("/evil.dtd")}"> %dtd;]>'
        '<rss version="2.0"><channel><title>T &file;</title><item><title>E &net; &leak;</title>'
        "<link>https://x.example/1</link><description>&file;</description></item></channel></rss>"
    ).encode()
    feed = read_feed(document)
    assert feed is not None
    everything = repr(feed)
    assert (
        "TOP-SECRET-TOKEN" not in everything
        and "FETCHED-ENTITY" not in everything
        and "LEAKED" not in everything
    )
    assert httpserver.log == []


def test_a_body_that_names_a_local_file_is_not_opened(tmp_path: Path) -> None:
    """A server answering with a path must not make the feed reader open that file."""
    local = tmp_path / "local-feed.xml"
    local.write_bytes(RSS_20)
    assert read_feed(str(local).encode()) is None
