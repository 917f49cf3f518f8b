"""Refreshing feeds: downloads run concurrently on a few connections, the results are stored one by one."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass

from parsers import SourceError
from parsers.feed import Feed, read_feed
from parsers.fetch import FetchLimits, fetch
from parsers.sanitize import clean_inline
from tui.feeds.store import FeedStore, FeedSummary

# At most this many feeds download at once: enough to hide latency, few enough to be polite to
# servers and to a shared machine.
MAX_CONNECTIONS = 4


@dataclass(frozen=True, slots=True)
class RefreshResult:
    """What refreshing one feed did: new entries, or why it failed (one plain sentence); its title
    cleaned as the store keeps it (the feed's own may hold escape sequences for the terminal)."""

    feed_id: int
    url: str
    title: str | None
    new: int = 0
    error: str | None = None
    note: str | None = None
    """What the reader should know of a feed read all the same (only its first entries were read)."""


def download_feed(url: str, limits: FetchLimits | None = None) -> Feed:
    """Fetch and read a feed; raises SourceError with a plain reason when it is unreachable or no feed."""
    fetched = fetch(url, limits)
    feed = read_feed(fetched.data, fetched.url)
    if feed is None:
        raise SourceError(f"{url} is not an RSS, Atom or JSON feed")
    return feed


def _store(store: FeedStore, summary: FeedSummary, outcome: Feed | SourceError) -> RefreshResult:
    """Keep what one download brought: its entries, or the reason it failed."""
    if isinstance(outcome, SourceError):
        store.record_error(summary.id, str(outcome))
        return RefreshResult(summary.id, summary.url, summary.title, error=str(outcome))
    new = store.store(summary.id, outcome)
    title = clean_inline(outcome.title) or summary.title
    return RefreshResult(summary.id, summary.url, title, new=new, note=outcome.cut_note)


def _attempt(url: str, limits: FetchLimits | None) -> Feed | SourceError:
    try:
        return download_feed(url, limits)
    except SourceError as error:
        return error


def refresh_feeds(
    store: FeedStore,
    limits: FetchLimits | None = None,
    feed_ids: list[int] | None = None,
    connections: int = MAX_CONNECTIONS,
    on_result: Callable[[RefreshResult], None] | None = None,
) -> list[RefreshResult]:
    """Refresh every feed (or those named), at most `connections` downloading at once.

    Downloads run in worker threads; each result is stored by the calling thread as soon as it
    arrives, in its own transaction, so a refresh cut short keeps every feed already stored.
    """
    feeds = [feed for feed in store.feeds() if feed_ids is None or feed.id in feed_ids]
    results = []
    with ThreadPoolExecutor(max_workers=max(1, connections), thread_name_prefix="feed") as pool:
        pending = {pool.submit(_attempt, feed.url, limits): feed for feed in feeds}
        for future in as_completed(pending):
            result = _store(store, pending[future], future.result())
            results.append(result)
            if on_result is not None:
                on_result(result)
    return sorted(results, key=lambda result: result.feed_id)


def subscribe(store: FeedStore, url: str, limits: FetchLimits | None = None) -> tuple[RefreshResult, bool]:
    """Read a feed and subscribe to it with its entries; raises SourceError when it is no feed.

    Returns the result and whether the subscription is new.
    """
    feed = download_feed(url, limits)
    feed_id, is_new = store.add(url, feed.title)
    new = store.store(feed_id, feed)
    return RefreshResult(feed_id, url, clean_inline(feed.title), new=new, note=feed.cut_note), is_new
