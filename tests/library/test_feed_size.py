"""A feed of more entries than are kept: only the kept ones are read, and the reader is told."""

from __future__ import annotations

import json
from typing import Any

import feedparser
import pytest

from parsers import feed as feed_module
from parsers.feed import MAX_ENTRIES, first_entries, read_feed

EXTRA = 25


def _rss(count: int) -> bytes:
    items = "".join(
        f"<item><title>Entry {i}</title><link>https://wire.example/{i}</link></item>\n" for i in range(count)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Busy Wire</title>'
        f"<link>https://wire.example/</link>{items}</channel></rss>"
    ).encode()


def _atom(count: int) -> bytes:
    entries = "".join(
        f"<atom:entry><atom:title>Note {i}</atom:title><atom:id>urn:n{i}</atom:id></atom:entry>"
        for i in range(count)
    )
    return (
        '<?xml version="1.0"?><atom:feed xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<atom:title>Notes</atom:title><atom:id>urn:notes</atom:id>{entries}</atom:feed>"
    ).encode()


def test_a_huge_rss_feed_hands_feedparser_only_the_entries_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """feedparser is given the feed cut after the last entry kept, still closed as the feed closes it."""
    given: list[bytes] = []
    parse = feedparser.parse

    def recording(stream: Any, **options: Any) -> Any:
        data = stream.read()
        given.append(data)
        stream.seek(0)
        return parse(stream, **options)

    monkeypatch.setattr(feed_module.feedparser, "parse", recording)
    feed = read_feed(_rss(MAX_ENTRIES + EXTRA))
    assert feed is not None
    assert given[0].count(b"<item>") == MAX_ENTRIES
    assert given[0].endswith(b"</channel></rss>")
    assert [entry.title for entry in feed.entries[-2:]] == [
        f"Entry {MAX_ENTRIES - 2}",
        f"Entry {MAX_ENTRIES - 1}",
    ]
    assert feed.cut
    assert feed.cut_note == "The feed lists more than 2,000 entries; only its first 2,000 were read."


def test_a_namespaced_atom_feed_is_cut_after_its_last_kept_entry() -> None:
    """Atom entries written with a prefix ("</atom:entry>") are counted as entries too."""
    kept, cut = first_entries(_atom(MAX_ENTRIES + EXTRA), MAX_ENTRIES)
    assert cut
    assert kept.count(b"<atom:entry>") == MAX_ENTRIES
    feed = read_feed(kept)
    assert feed is not None and feed.title == "Notes"
    assert len(feed.entries) == MAX_ENTRIES


@pytest.mark.parametrize("count", [1, MAX_ENTRIES - 1, MAX_ENTRIES])
def test_a_feed_of_no_more_entries_than_are_kept_is_read_whole(count: int) -> None:
    """Up to the limit the document is handed on unchanged and nothing is said."""
    data = _rss(count)
    assert first_entries(data, MAX_ENTRIES) == (data, False)
    feed = read_feed(data)
    assert feed is not None and len(feed.entries) == count
    assert not feed.cut and feed.cut_note is None


def test_items_named_in_an_rdf_channel_are_not_entries() -> None:
    """RSS 1.0's "<items>" list in the channel is no item: it does not count towards the limit."""
    data = b"<rdf:RDF><channel><items><rdf:Seq></rdf:Seq></items></channel><item></item></rdf:RDF>"
    assert first_entries(data, 1) == (data, False)


def test_a_huge_json_feed_says_it_was_cut() -> None:
    """A JSON Feed of more items than are kept keeps the first and says so."""
    items = [
        {"id": str(i), "url": f"https://wire.example/{i}", "content_text": "t"}
        for i in range(MAX_ENTRIES + 1)
    ]
    data = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": items}).encode()
    feed = read_feed(data)
    assert feed is not None and len(feed.entries) == MAX_ENTRIES
    assert feed.cut


def _rss_with_closers_in_text(count: int) -> bytes:
    """An RSS feed whose every item quotes an "</item>" in CDATA and in a comment (a post about markup)."""
    items = "".join(
        f"<item><title>Entry {i}</title><description><![CDATA[Close it with </item> then.]]></description>"
        f"<!-- old </item> --></item>\n"
        for i in range(count)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Markup Tips</title>'
        f"<link>https://tips.example/</link>{items}</channel></rss>"
    ).encode()


def test_item_closers_inside_cdata_and_comments_are_no_entries() -> None:
    """'</item>' written in an item's CDATA or in a comment ends nothing: 1,500 items are read whole."""
    data = _rss_with_closers_in_text(1500)
    assert first_entries(data, MAX_ENTRIES) == (data, False)
    feed = read_feed(data)
    assert feed is not None and len(feed.entries) == 1500
    assert not feed.cut and feed.cut_note is None


def test_a_feed_cut_past_closers_in_cdata_keeps_its_real_entries() -> None:
    """Over the limit, the cut still counts real items only: the first MAX_ENTRIES are kept, whole."""
    kept, cut = first_entries(_rss_with_closers_in_text(MAX_ENTRIES + EXTRA), MAX_ENTRIES)
    assert cut
    feed = read_feed(kept)
    assert feed is not None and len(feed.entries) == MAX_ENTRIES
    assert feed.entries[-1].title == f"Entry {MAX_ENTRIES - 1}"


def test_prefixed_inner_entries_of_an_extension_are_no_entries() -> None:
    """An Atom entry holding an extension's '<x:entry>' is one entry: only closers with the prefix of
    the feed's own entries count."""
    entries = "".join(
        f'<entry><title>Note {i}</title><id>urn:n{i}</id><x:entry xmlns:x="urn:x">ref</x:entry></entry>'
        for i in range(1000)
    )
    data = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Notes</title><id>urn:notes</id>{entries}</feed>"
    ).encode()
    assert first_entries(data, 1000) == (data, False)
    kept, cut = first_entries(data, 400)
    assert cut and kept.count(b"<entry>") == 400


def test_an_unclosed_cdata_section_ends_the_count() -> None:
    """A CDATA section never closed hides every closer after it: nothing is cut from what cannot be read."""
    data = b"<rss><channel><item><![CDATA[" + b"</item><item>" * 50 + b"</channel></rss>"
    assert first_entries(data, 10) == (data, False)
