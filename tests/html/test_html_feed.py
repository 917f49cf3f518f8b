"""Feeds: RSS and Atom entries, and an entry as an Article."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from parsers.feed import entry_to_article, parse_feed

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Privacy Weekly</title><link>https://privacy.example.com/</link><language>en</language>
<item><title>Data broker settles &amp; pays</title><link>https://privacy.example.com/broker</link>
<dc:creator>Ann Lee</dc:creator><pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The broker agreed to pay <a href="/fines">a fine</a>.</p>
<script>alert(1)</script><p>It denied <b>wrongdoing</b>.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://privacy.example.com/second</link>
<description>&lt;p&gt;Only a summary here.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tech Notes</title>
<entry><title>Cookie walls ruled unlawful</title><link href="https://notes.example.org/cookie-walls"/>
<id>tag:notes.example.org,2024:1</id><updated>2024-02-01T12:00:00Z</updated>
<published>2024-02-01T09:30:00Z</published><author><name>Bo Park</name></author><author><name>Cy Ng</name></author>
<content type="html">&lt;h2&gt;Ruling&lt;/h2&gt;&lt;p&gt;The court said consent must be free.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries_and_article() -> None:
    """RSS items give entries; content:encoded wins over the description; scripts never show."""
    entries = parse_feed(RSS)
    assert [entry.title for entry in entries] == ["Data broker settles & pays", "Second"]
    article = entry_to_article(entries[0])
    assert article.metadata.authors == ("Ann Lee",)
    assert article.metadata.published == datetime(2024, 3, 5, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert article.metadata.site_name == "Privacy Weekly"
    assert [block.text for block in article.blocks] == [
        "The broker agreed to pay a fine.",
        "It denied wrongdoing.",
    ]
    link = article.blocks[0].links[0]
    assert article.blocks[0].text[link.start : link.end] == "a fine"
    assert link.href.startswith("https://")
    assert [block.text for block in entry_to_article(entries[1]).blocks] == ["Only a summary here."]


def test_atom_entry_article() -> None:
    """Atom entries keep several authors, both dates and the content's structure."""
    (entry,) = parse_feed(ATOM)
    article = entry_to_article(entry)
    assert article.metadata.title == "Cookie walls ruled unlawful"
    assert article.metadata.authors == ("Bo Park", "Cy Ng")
    assert article.metadata.url == "https://notes.example.org/cookie-walls"
    assert article.metadata.updated == datetime(2024, 2, 1, 12, 0, tzinfo=UTC)
    assert [(block.kind, block.text) for block in article.blocks] == [
        ("heading", "Ruling"),
        ("paragraph", "The court said consent must be free."),
    ]


def test_not_a_feed_gives_no_entries() -> None:
    """Garbage is no feed: an empty tuple, no exception."""
    assert parse_feed(b"\x00\xffnot a feed") == ()
    assert parse_feed(b"") == ()


MARKUP_TITLES = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;b&gt;Tech&lt;/b&gt; Notes</title>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><b>Bold</b> ruling &amp; more</div></title>
<id>1</id><updated>2024-02-01T12:00:00Z</updated><content type="text">A fine.</content></entry>
<entry><title type="html">Fine of &lt;em&gt;&#8364;5m&lt;/em&gt;</title><id>2</id></entry>
<entry><title type="text">Why &lt;b&gt; is a tag</title><id>3</id></entry></feed>"""


def test_an_atom_title_written_in_markup_shows_its_text() -> None:
    """Atom titles of type html or xhtml showed their tags ("<b>Bold</b> ruling"); a text title keeps its '<'."""
    entries = parse_feed(MARKUP_TITLES)
    assert [entry.title for entry in entries] == ["Bold ruling & more", "Fine of €5m", "Why <b> is a tag"]
    assert entries[0].feed_title == "Tech Notes"
    assert entry_to_article(entries[0]).metadata.title == "Bold ruling & more"


def test_a_year_one_in_a_feed_date_is_no_date() -> None:
    """'Mon, 01 Jan 0001' was read as 1 January 2001 (the mail date reader makes years under 100 recent)."""
    feed = RSS.replace(b"Tue, 05 Mar 2024 10:00:00 +0100", b"Mon, 01 Jan 0001 00:00:00 GMT")
    assert parse_feed(feed)[0].published is None


def test_a_reference_to_no_character_does_not_lose_the_feed() -> None:
    """'&#xD800;' (a surrogate) or '&#x110000;' (past Unicode) in an RSS feed made feedparser's fallback fail,
    and the whole feed was 'not an RSS, Atom or JSON feed'; such a reference is now U+FFFD."""
    for reference in (b"&#xD800;", b"&#55296;", b"&#x110000;"):
        entries = parse_feed(RSS.replace(b"Data broker settles", b"Data " + reference + b" broker"))
        assert [entry.title for entry in entries] == ["Data \ufffd broker & pays", "Second"]
