"""The feeds screen: subscriptions with unread counts on the left, the chosen feed's entries on the right."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from annotations.jsonio import date_from_json
from parsers import SourceError
from parsers.fetch import FetchLimits
from tui.dialogs.confirm_dialog import ConfirmDialog
from tui.dialogs.prompt_dialog import PromptDialog
from tui.feeds.entries import open_entry
from tui.feeds.refresh import RefreshResult, refresh_feeds, subscribe
from tui.feeds.store import FeedStore, FeedSummary, StoredEntry
from tui.formatting import shorten
from tui.safe import plain, plain_text
from tui.screens.help import HelpScreen, bound_keys
from tui.sources import Loaded

FEED_TITLE_WIDTH = 26
ENTRY_TITLE_WIDTH = 56
UNREAD_MARK = "●"


def entry_date(published: str | None) -> str:
    """An entry's date for the list: the day, and the time when the feed gave one (its zone left out)."""
    value = date_from_json(published)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat() if value else ""


class FeedsScreen(Screen[Loaded | None]):
    """Subscriptions and entries; opening an entry dismisses with its article."""

    CSS_PATH = "../pushed.tcss"

    BINDINGS = [
        Binding("o", "open_entry", "Open", id="feeds.open"),
        Binding("r", "refresh_feeds", "Refresh", id="feeds.refresh"),
        Binding("a", "add_feed", "Add feed", id="feeds.add"),
        Binding("d", "remove_feed", "Remove feed", id="feeds.remove"),
        Binding("m", "toggle_read", "Read/unread", id="feeds.toggle_read"),
        Binding("question_mark,f1", "help", "Help", id="feeds.help", show=False),
        Binding("escape,q", "close", "Close", id="feeds.close"),
    ]

    class FeedsListed(Message):
        """The subscriptions and their counts were read."""

        def __init__(self, feeds: list[FeedSummary]) -> None:
            super().__init__()
            self.feeds = feeds

    class EntriesListed(Message):
        """One feed's entries were read."""

        def __init__(self, feed_id: int, entries: list[StoredEntry]) -> None:
            super().__init__()
            self.feed_id = feed_id
            self.entries = entries

    class Refreshed(Message):
        """One feed was refreshed (`done` of `total`), or all were (`finished`)."""

        def __init__(
            self, result: RefreshResult | None, done: int, total: int, finished: bool = False
        ) -> None:
            super().__init__()
            self.result = result
            self.done = done
            self.total = total
            self.finished = finished

    class Opened(Message):
        """An entry's article is ready."""

        def __init__(self, loaded: Loaded) -> None:
            super().__init__()
            self.loaded = loaded

    class Said(Message):
        """A sentence for the status line (and a notification when it reports a failure)."""

        def __init__(self, text: str, failure: bool = False) -> None:
            super().__init__()
            self.text = text
            self.failure = failure

    def __init__(self, store: FeedStore, fetch_limits: FetchLimits | None = None) -> None:
        super().__init__()
        self.store = store
        self.fetch_limits = fetch_limits
        self.feeds: list[FeedSummary] = []
        self.entries: list[StoredEntry] = []
        self.shown_feed: int | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="feeds-body"):
            yield Static(Content("Feeds"), classes="screen-title")
            with Horizontal(id="feeds-panes"):
                yield DataTable(id="feeds-table", cursor_type="row")
                yield DataTable(id="entries-table", cursor_type="row")
            yield Static(id="feeds-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#feeds-table", DataTable).add_columns("Feed", "Unread")
        self.query_one("#entries-table", DataTable).add_columns(" ", "Published", "Title")
        self.query_one("#feeds-table", DataTable).focus()
        self.list_feeds()

    def say(self, text: str) -> None:
        """Put a sentence in the status line."""
        self.query_one("#feeds-status", Static).update(plain(text))

    @work(thread=True, exclusive=True, group="feeds-list", exit_on_error=False)
    def list_feeds(self) -> None:
        """Read the subscriptions off the UI thread."""
        try:
            self.post_message(self.FeedsListed(self.store.feeds()))
        except sqlite3.Error as error:
            self.post_message(self.Said(f"The feeds could not be read ({error}).", failure=True))

    @work(thread=True, exclusive=True, group="feeds-entries", exit_on_error=False)
    def list_entries(self, feed_id: int) -> None:
        """Read one feed's entries off the UI thread."""
        try:
            self.post_message(self.EntriesListed(feed_id, self.store.entries(feed_id)))
        except sqlite3.Error as error:
            self.post_message(self.Said(f"The entries could not be read ({error}).", failure=True))

    def on_feeds_screen_feeds_listed(self, message: FeedsListed) -> None:
        self.feeds = message.feeds
        table = self.query_one("#feeds-table", DataTable)
        row = table.cursor_row
        table.clear()
        for feed in message.feeds:
            unread = f"{feed.unread}/{feed.entries}"
            table.add_row(
                plain_text(shorten(feed.title or feed.url, FEED_TITLE_WIDTH)), unread, key=str(feed.id)
            )
        if message.feeds:
            table.move_cursor(row=min(max(row, 0), len(message.feeds) - 1))
            self.list_entries(self.feeds[table.cursor_row].id)
        else:
            self.say("No subscriptions yet: press a to add a feed by its address.")

    def on_feeds_screen_entries_listed(self, message: EntriesListed) -> None:
        self.shown_feed, self.entries = message.feed_id, message.entries
        table = self.query_one("#entries-table", DataTable)
        row = table.cursor_row
        table.clear()
        for entry in message.entries:
            when = entry_date(entry.published)
            mark = UNREAD_MARK if not entry.read else " "
            table.add_row(
                mark,
                when,
                plain_text(shorten(entry.title or entry.link, ENTRY_TITLE_WIDTH)),
                key=str(entry.id),
            )
        if message.entries:
            table.move_cursor(row=min(max(row, 0), len(message.entries) - 1))
        feed = next((feed for feed in self.feeds if feed.id == message.feed_id), None)
        if feed is not None and feed.last_error:
            self.say(f"The last refresh of this feed failed: {feed.last_error}.")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "feeds-table" and 0 <= event.cursor_row < len(self.feeds):
            feed = self.feeds[event.cursor_row]
            if feed.id != self.shown_feed:
                self.query_one("#entries-table", DataTable).move_cursor(row=0)
                self.list_entries(feed.id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.data_table.id == "feeds-table":
            self.query_one("#entries-table", DataTable).focus()
        else:
            self.action_open_entry()

    def selected_entry(self) -> StoredEntry | None:
        """The entry under the entries table's cursor."""
        row = self.query_one("#entries-table", DataTable).cursor_row
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def selected_feed(self) -> FeedSummary | None:
        """The feed under the feeds table's cursor."""
        row = self.query_one("#feeds-table", DataTable).cursor_row
        return self.feeds[row] if 0 <= row < len(self.feeds) else None

    def action_open_entry(self) -> None:
        """Open the entry under the cursor: its full page, or the feed's text when the page fails."""
        entry = self.selected_entry()
        if entry is not None:
            self.say(f"Opening {entry.link or entry.title}…")
            self.open_worker(entry.id)

    @work(thread=True, exclusive=True, group="feeds-open", exit_on_error=False)
    def open_worker(self, entry_id: int) -> None:
        """Fetch the entry's page (or take the feed's text) off the UI thread."""
        try:
            self.post_message(self.Opened(open_entry(self.store, entry_id, self.fetch_limits)))
        except (SourceError, sqlite3.Error) as error:
            self.post_message(self.Said(f"The entry could not be opened: {error}.", failure=True))

    def on_feeds_screen_opened(self, message: Opened) -> None:
        self.dismiss(message.loaded)

    def on_feeds_screen_said(self, message: Said) -> None:
        self.say(message.text)
        if message.failure:
            self.notify(message.text, severity="error", markup=False, timeout=8)

    def action_refresh_feeds(self) -> None:
        """Read every feed again, a few at a time, in a worker."""
        self.say("Refreshing…")
        self.refresh_worker()

    @work(thread=True, exclusive=True, group="feeds-refresh", exit_on_error=False)
    def refresh_worker(self) -> None:
        """Refresh off the UI thread; each feed reports as it is stored."""
        total = len(self.feeds)
        done = 0

        def reported(result: RefreshResult) -> None:
            nonlocal done
            done += 1
            self.post_message(self.Refreshed(result, done, total))

        try:
            results = refresh_feeds(self.store, self.fetch_limits, on_result=reported)
        except sqlite3.Error as error:
            self.post_message(self.Said(f"The refresh could not be stored ({error}).", failure=True))
            return
        self.post_message(self.Refreshed(None, len(results), len(results), finished=True))

    def on_feeds_screen_refreshed(self, message: Refreshed) -> None:
        if message.result is not None and message.result.note:
            self.notify(f"{message.result.title or message.result.url}: {message.result.note}", markup=False)
        if not message.finished:
            self.say(f"Refreshed {message.done} of {message.total}…")
            return
        self.say(f"Refreshed {message.total} feed{'s' if message.total != 1 else ''}.")
        self.list_feeds()

    def action_add_feed(self) -> None:
        """Ask for a feed's address and subscribe to it."""

        def answered(url: str | None) -> None:
            if url:
                self.say(f"Reading {url}…")
                self.subscribe_worker(url)

        self.app.push_screen(PromptDialog("Subscribe to a feed", "https://…/feed.xml"), answered)

    @work(thread=True, group="feeds-add", exit_on_error=False)
    def subscribe_worker(self, url: str) -> None:
        """Read the feed and subscribe, off the UI thread."""
        try:
            result, is_new = subscribe(self.store, url, self.fetch_limits)
        except (SourceError, sqlite3.Error) as error:
            self.post_message(self.Said(f"Could not subscribe: {error}.", failure=True))
            return
        verb = "Subscribed to" if is_new else "Already following"
        note = f" {result.note}" if result.note else ""
        self.post_message(self.Said(f"{verb} {result.title or url}: {result.new} new entries.{note}"))
        self.app.call_from_thread(self.list_feeds)

    def action_remove_feed(self) -> None:
        """Unsubscribe from the feed under the cursor, once the reader confirms."""
        feed = self.selected_feed()
        if feed is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.shown_feed, self.entries = None, []
                self.query_one("#entries-table", DataTable).clear()
                self.change_worker(lambda: self.store.remove(feed.id))

        self.app.push_screen(
            ConfirmDialog(f"Unsubscribe from “{feed.title or feed.url}” and forget its entries?"), confirmed
        )

    def action_toggle_read(self) -> None:
        """Mark the entry under the cursor read, or unread again."""
        entry = self.selected_entry()
        if entry is not None:
            self.change_worker(lambda: self.store.mark_read(entry.id, not entry.read))

    @work(thread=True, group="feeds-change", exit_on_error=False)
    def change_worker(self, change: Callable[[], object]) -> None:
        """Write a change to the library off the UI thread, then list the feeds again."""
        try:
            change()
        except sqlite3.Error as error:
            self.post_message(self.Said(f"The change could not be saved ({error}).", failure=True))
            return
        self.app.call_from_thread(self.list_feeds)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(bound_keys(self)))

    def action_close(self) -> None:
        self.dismiss(None)
