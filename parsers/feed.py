"""RSS and Atom: feed entries (through feedparser), and an entry as an Article through the HTML path."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import feedparser

from parsers.html.dates import parse_date
from parsers.html.extract import fragment_blocks
from parsers.html.links import resolve_href
from parsers.model import Article, Block, DateValue, Link, Metadata
from parsers.sanitize import clean_inline

MAX_ENTRIES = 2000


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


def parse_feed(data: bytes, url: str | None = None) -> tuple[FeedEntry, ...]:
    """The entries of an RSS or Atom document, in feed order; none when it is no feed."""
    try:
        parsed = feedparser.parse(data, response_headers={"content-location": url} if url else None)
    except Exception:  # feedparser is robust, but a feed is hostile input: no entries, no crash
        return ()
    feed = parsed.get("feed", {})
    feed_title, language = feed.get("title"), feed.get("language")
    return tuple(_entry(raw, url, feed_title, language) for raw in parsed.get("entries", [])[:MAX_ENTRIES])


def _entry(raw: Any, base: str | None, feed_title: str | None, language: str | None) -> FeedEntry:
    """A FeedEntry from one feedparser entry."""
    contents = raw.get("content") or []
    html = next((part.get("value") for part in contents if part.get("value")), None)
    authors = tuple(str(a["name"]) for a in raw.get("authors", []) if isinstance(a, dict) and a.get("name"))
    if not authors and raw.get("author"):
        authors = (raw["author"],)
    return FeedEntry(
        title=raw.get("title"),
        link=resolve_href(raw.get("link"), base),
        authors=authors,
        published=parse_date(raw.get("published")),
        updated=parse_date(dict.get(raw, "updated")),
        content_html=html or raw.get("summary") or "",
        feed_title=feed_title,
        language=language,
    )


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
