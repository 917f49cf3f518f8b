"""Opening a feed entry: the full article page, or the feed's own text when the page cannot be had."""

from __future__ import annotations

from annotations import annotate
from annotations.jsonio import date_from_json
from parsers import SourceError
from parsers.feed import FeedEntry, entry_to_article
from parsers.fetch import FetchLimits
from tui.feeds.store import FeedStore, StoredEntry
from tui.library.loading import load_with_library
from tui.sources import Loaded


def as_feed_entry(stored: StoredEntry) -> FeedEntry:
    """The stored entry in the core's shape, to be made into an article."""
    return FeedEntry(
        title=stored.title,
        link=stored.link,
        authors=stored.authors,
        published=date_from_json(stored.published),
        updated=date_from_json(stored.updated),
        content_html=stored.content_html,
        feed_title=stored.feed_title,
        language=stored.language,
    )


def _from_feed(stored: StoredEntry, reason: str | None) -> Loaded:
    """The entry's own content as the article; raises SourceError when it has no text either."""
    article = entry_to_article(as_feed_entry(stored))
    if not article.has_text:
        raise SourceError(reason or "the entry has no link and no text of its own")
    problem = f"the page could not be had ({reason}), so this is the text the feed gave" if reason else None
    return Loaded(stored.link or f"feed entry {stored.id}", article, annotate(article), problem=problem)


def open_entry(store: FeedStore, entry_id: int, limits: FetchLimits | None = None) -> Loaded:
    """Fetch an entry's page (saved in the library) or fall back to its feed text; mark it read."""
    stored = store.entry(entry_id)
    if stored is None:
        raise SourceError(f"there is no feed entry {entry_id}")
    reason = None
    if stored.link:
        try:
            loaded = load_with_library(stored.link, limits, store.library, record=True)
        except SourceError as error:  # any failure: the feed's own text is better than nothing
            reason = str(error)
        else:
            store.mark_read(entry_id)
            return loaded
    loaded = _from_feed(stored, reason)
    store.mark_read(entry_id)
    return loaded
