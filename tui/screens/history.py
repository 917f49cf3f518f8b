"""The reading history: articles opened, the most recent first; enter opens the saved copy."""

from __future__ import annotations

import sqlite3

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from tui.formatting import shorten
from tui.library.loading import load_saved
from tui.library.store import HistoryEntry, Library, show_saved_at
from tui.safe import plain, plain_text
from tui.screens.help import HelpScreen, bound_keys
from tui.sources import Loaded

TITLE_WIDTH = 70


class HistoryScreen(Screen[Loaded | None]):
    """Lists what was read; dismisses with the article chosen, or None."""

    CSS_PATH = "../pushed.tcss"

    BINDINGS = [
        Binding("o", "open_article", "Open", id="history.open"),
        Binding("question_mark,f1", "help", "Help", id="history.help", show=False),
        Binding("escape,q", "close", "Close", id="history.close"),
    ]

    class Listed(Message):
        """The history was read from the library."""

        def __init__(self, entries: list[HistoryEntry]) -> None:
            super().__init__()
            self.entries = entries

    class Opened(Message):
        """The chosen article is ready, or could not be read (`loaded` None, `reason` set)."""

        def __init__(self, loaded: Loaded | None, reason: str | None = None) -> None:
            super().__init__()
            self.loaded = loaded
            self.reason = reason

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.entries: list[HistoryEntry] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="history-body"):
            yield Static(Content("History"), classes="screen-title")
            yield DataTable(id="history-table", cursor_type="row")
            yield Static(id="history-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Opened", "Title", "Address")
        table.focus()
        self.list_worker()

    @work(thread=True, exclusive=True, group="history-list", exit_on_error=False)
    def list_worker(self) -> None:
        """Read the history off the UI thread."""
        try:
            self.post_message(self.Listed(self.library.history()))
        except sqlite3.Error as error:
            self.post_message(self.Opened(None, f"The history could not be read ({error})."))

    def on_history_screen_listed(self, message: Listed) -> None:
        self.entries = message.entries
        table = self.query_one(DataTable)
        table.clear()
        for entry in message.entries:
            title = shorten(entry.title, TITLE_WIDTH)
            table.add_row(show_saved_at(entry.opened_at), plain_text(title), plain_text(entry.url))
        status = "Nothing read yet." if not message.entries else f"{len(message.entries)} articles read"
        self.query_one("#history-status", Static).update(plain(status))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_article()

    def action_open_article(self) -> None:
        """Open the saved copy of the article under the cursor."""
        row = self.query_one(DataTable).cursor_row
        if 0 <= row < len(self.entries):
            self.open_worker(self.entries[row].article_id)

    @work(thread=True, exclusive=True, group="history-open", exit_on_error=False)
    def open_worker(self, article_id: int) -> None:
        """Read the saved copy off the UI thread."""
        try:
            loaded = load_saved(self.library, article_id)
            if loaded is not None:
                self.library.record_opened(loaded.source)
        except sqlite3.Error as error:
            self.post_message(self.Opened(None, f"The article could not be read ({error})."))
            return
        self.post_message(self.Opened(loaded, None if loaded else "The article is no longer in the library."))

    def on_history_screen_opened(self, message: Opened) -> None:
        if message.loaded is not None:
            self.dismiss(message.loaded)
        elif message.reason:
            self.notify(message.reason, severity="error", markup=False, timeout=8)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(bound_keys(self)))

    def action_close(self) -> None:
        self.dismiss(None)
