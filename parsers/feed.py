"""Feeds: RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom through feedparser, JSON Feed through `json`.

feedparser is given the bytes as a stream, never as a string or bytes object: handed `bytes`, it
first tries to open them as a file name, so a server answering `/etc/passwd` would have it read a
local file. It turns off external entities, so a feed cannot make it read a file or a URL; entity
declarations are taken out before it sees them (parsers.feed_prolog), so none is ever expanded.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

import feedparser
from lxml import etree
from lxml import html as lxml_html

from parsers.dates import parse_date
from parsers.feed_prolog import without_entity_declarations
from parsers.html.extract import fragment_blocks
from parsers.html.links import resolve_href
from parsers.json_feed import json_feed_items, read_json_feed
from parsers.model import Article, Block, DateValue, Link, Metadata
from parsers.sanitize import clean_inline
from parsers.sniff import is_json_feed

MAX_ENTRIES = 2000
# A numeric character reference: feedparser's fallback parser fails on the whole feed when one names
# a surrogate or no character at all (chr() or UTF-8 refuse it), so such a reference stands for U+FFFD.
_CHARACTER_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")
_LAST_CODE_POINT = 0x10FFFF
_SURROGATES = range(0xD800, 0xE000)
# Where an RSS item or an Atom entry ends ("</item>", "</entry>", "</atom:entry>"): a feed of more
# entries than are kept is cut after the last kept one, so that feedparser reads no more than those.
# Found with where one opens (its prefix is the entries'), and where CDATA or a comment opens (stepped
# over: "</item>" written in an entry's text ends nothing).
_ENTRY_MARK = re.compile(
    rb"(?P<skip><!\[CDATA\[|<!--)"
    rb"|</(?:(?P<end>[A-Za-z_][\w.-]*):)?(?:item|entry)\s*>"
    rb"|<(?:(?P<open>[A-Za-z_][\w.-]*):)?(?:item|entry)[\s/>]"
)
_SKIP_END = {b"<![CDATA[": b"]]>", b"<!--": b"-->"}
# Title types whose value is markup (Atom's type="html" and "xhtml"): shown as their text, not their tags.
_MARKUP_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# A key made from an entry's text when the feed gives it no id and no link: this many hex digits.
_DIGEST_KEY_LENGTH = 32


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One feed entry, its strings not yet cleaned (entry_to_article cleans them)."""

    title: str | None
    link: str | None
    authors: tuple[str, ...]
    published: DateValue | None
    updated: DateValue | None
    content_html: str
    feed_title: str | None = None
    language: str | None = None
    key: str = ""
    """What tells this entry apart from the feed's others across refreshes: its id, else its link."""


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed document: its title, the site it belongs to, its format and its entries in feed order."""

    title: str | None
    site_url: str | None
    format: str
    """feedparser's name for the format ("rss20", "rss10", "atom10", ...) or "json10" / "json11"."""
    entries: tuple[FeedEntry, ...]
    cut: bool = False
    """Whether the feed lists more entries than MAX_ENTRIES: only its first ones were read."""

    @property
    def cut_note(self) -> str | None:
        """One plain sentence saying that only the first entries were read; None when all were."""
        if not self.cut:
            return None
        return f"The feed lists more than {MAX_ENTRIES:,} entries; only its first {MAX_ENTRIES:,} were read."


def entry_key(given: str | None, link: str | None, title: str | None, content: str) -> str:
    """An entry's identity: the feed's id for it, else its link, else a digest of its text."""
    if given and given.strip():
        return given.strip()
    if link:
        return link
    return "sha256:" + hashlib.sha256(f"{title}\n{content}".encode()).hexdigest()[:_DIGEST_KEY_LENGTH]


def read_feed(data: bytes, url: str | None = None) -> Feed | None:
    """A feed of any supported format; None when the document is no feed."""
    if is_json_feed(data):
        return _json_feed(data, url)
    data, cut = first_entries(data, MAX_ENTRIES)
    try:
        stream = io.BytesIO(_with_valid_references(without_entity_declarations(data)))
        parsed = feedparser.parse(stream, response_headers={"content-location": url} if url else None)
    except Exception:  # feedparser is robust, but a feed is hostile input: no feed, no crash
        return None
    raw_entries = parsed.get("entries", [])
    if not parsed.get("version") and not raw_entries:
        return None
    feed = parsed.get("feed", {})
    feed_title, language = _title(feed), feed.get("language")
    entries = tuple(_entry(raw, url, feed_title, language) for raw in raw_entries[:MAX_ENTRIES])
    site = resolve_href(feed.get("link"), url)
    cut = cut or len(raw_entries) > MAX_ENTRIES
    return Feed(feed_title, site, parsed.get("version") or "unknown", entries, cut)


def first_entries(data: bytes, limit: int) -> tuple[bytes, bool]:
    """The feed document with no entry after its first `limit` (what follows its last entry kept, so
    that it still closes), and whether any entry was taken out.

    feedparser reads every entry of what it is given: 20,000 of them took 8 s, to keep 2,000.
    """
    ends = _entry_ends(data)
    kept = next(islice(ends, limit - 1, None), None)
    after = deque(ends, maxlen=1)  # the last entry's end, when there is one after the kept
    if kept is None or not after:
        return data, False
    return data[:kept] + data[after[0] :], True


def _entry_ends(data: bytes) -> Iterator[int]:
    """Where each entry of the feed ends, in one pass: CDATA sections and comments are stepped over, and
    only closing tags with the prefix of the first entry's tag count ("</entry>" in an Atom feed, not an
    extension's "</x:entry>" inside one)."""
    prefix: bytes | None = None
    at = 0
    while (match := _ENTRY_MARK.search(data, at)) is not None:
        at = match.end()
        if (skip := match.group("skip")) is not None:
            close = data.find(_SKIP_END[skip], at)
            if close < 0:
                return
            at = close + len(_SKIP_END[skip])
            continue
        closing = match.group(0).startswith(b"</")
        found = match.group("end" if closing else "open") or b""
        prefix = found if prefix is None else prefix
        if closing and found == prefix:
            yield match.end()


def _with_valid_references(data: bytes) -> bytes:
    """The feed with each reference to a surrogate or to no character ("&#xD800;") made U+FFFD's."""
    if b"&#" not in data:
        return data
    return _CHARACTER_REFERENCE.sub(_valid_reference, data)


def _valid_reference(match: re.Match[bytes]) -> bytes:
    code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    return b"&#xFFFD;" if code > _LAST_CODE_POINT or code in _SURROGATES else match.group()


def parse_feed(data: bytes, url: str | None = None) -> tuple[FeedEntry, ...]:
    """The entries of a feed document, in feed order; none when it is no feed."""
    feed = read_feed(data, url)
    return feed.entries if feed else ()


def _json_feed(data: bytes, url: str | None) -> Feed | None:
    """A JSON Feed as a Feed; None when it is malformed."""
    document = read_json_feed(data)
    if document is None:
        return None
    title = document.get("title") if isinstance(document.get("title"), str) else None
    entries = tuple(
        FeedEntry(
            title=item["title"], link=item["link"], authors=item["authors"], published=item["published"],
            updated=item["updated"], content_html=item["content_html"], feed_title=title,
            language=item["language"], key=entry_key(item["key"], item["link"], item["title"], item["content_html"]),
        )
        for item in json_feed_items(document, url, MAX_ENTRIES)
    )  # fmt: skip
    home = document.get("home_page_url")
    version = "json11" if str(document.get("version")).endswith("1.1") else "json10"
    items = document.get("items")
    cut = isinstance(items, list) and len(items) > MAX_ENTRIES
    return Feed(title, resolve_href(home if isinstance(home, str) else None, url), version, entries, cut)


def _entry(raw: Any, base: str | None, feed_title: str | None, language: str | None) -> FeedEntry:
    """A FeedEntry from one feedparser entry."""
    contents = raw.get("content") or []
    html = next((part.get("value") for part in contents if part.get("value")), None)
    authors = tuple(str(a["name"]) for a in raw.get("authors", []) if isinstance(a, dict) and a.get("name"))
    if not authors and raw.get("author"):
        authors = (raw["author"],)
    link = resolve_href(raw.get("link"), base)
    content = html or raw.get("summary") or ""
    return FeedEntry(
        title=_title(raw),
        link=link,
        authors=authors,
        published=parse_date(raw.get("published")),
        updated=parse_date(dict.get(raw, "updated")),
        content_html=content,
        feed_title=feed_title,
        language=language,
        key=entry_key(raw.get("id"), link, raw.get("title"), content),
    )


def _title(container: Any) -> str | None:
    """A feed's or an entry's title as text: an Atom title of type html or xhtml is markup, whose tags
    ("<b>Bold</b> title") would otherwise show as written."""
    title = container.get("title")
    detail = container.get("title_detail") or {}
    if not isinstance(title, str) or "<" not in title or detail.get("type") not in _MARKUP_TYPES:
        return title
    try:
        return str(lxml_html.fragment_fromstring(title, create_parent="div").text_content())
    except (etree.ParserError, ValueError):
        return title


def entry_to_article(entry: FeedEntry) -> Article:
    """The entry as an Article: its content (or summary) through the HTML path, metadata from the feed."""
    metadata = Metadata(
        title=clean_inline(entry.title),
        authors=tuple(name for name in (clean_inline(a) for a in entry.authors) if name),
        published=entry.published,
        updated=entry.updated,
        site_name=clean_inline(entry.feed_title),
        url=entry.link,
        canonical_url=entry.link,
        language=clean_inline(entry.language),
        page_kind="article",
    )
    return Article(metadata=metadata, blocks=fragment_blocks(entry.content_html, entry.link))


def feed_to_article(entries: tuple[FeedEntry, ...], url: str | None = None) -> Article:
    """A whole feed as a page of its own (page_kind "feed"): one list item per entry, linking to it."""
    blocks: list[Block] = []
    for entry in entries:
        title = clean_inline(entry.title) or clean_inline(entry.link) or "Untitled entry"
        links = (Link(0, len(title), entry.link),) if entry.link else ()
        blocks.append(Block(id=f"b{len(blocks)}", kind="list_item", text=title, links=links))
    feed_title = clean_inline(entries[0].feed_title) if entries else None
    metadata = Metadata(title=feed_title, url=url, site_name=feed_title, page_kind="feed")
    return Article(metadata=metadata, blocks=tuple(blocks))


def parse_feed_document(data: bytes, url: str | None = None) -> Article:
    """A feed document as an Article listing its entries."""
    return feed_to_article(parse_feed(data, url), url)
