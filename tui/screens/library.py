"""The library screen: saved articles, searched by words and filtered by law, penalty and date."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Select, Static

from annotations.summary import format_amount
from parsers import SourceError
from parsers.fetch import FetchLimits
from tui.dialogs.confirm_dialog import ConfirmDialog
from tui.formatting import shorten
from tui.library.listing import ArticleSummary, currencies_in_library, laws_in_library, list_articles
from tui.library.loading import load_saved, load_with_library
from tui.library.query import LibraryQuery, parse_query
from tui.library.store import Library, show_saved_at
from tui.safe import plain, plain_text
from tui.screens.help import HelpScreen, bound_keys
from tui.screens.history import HistoryScreen
from tui.screens.versions import VersionsScreen
from tui.sources import Loaded

TITLE_WIDTH = 46
# The date filter's choices: how many days back from today, by label.
DATE_CHOICES = (("Past week", 7), ("Past month", 31), ("Past year", 366))
WITH_PENALTY = "*"


class LibraryScreen(Screen[Loaded | None]):
    """Lists saved articles; enter opens the saved copy, `r` fetches it again; dismisses with the article."""

    CSS_PATH = "../pushed.tcss"

    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="library.search"),
        Binding("o", "open_article", "Open", id="library.open"),
        Binding("r", "refetch", "Fetch again", id="library.refetch"),
        Binding("v", "versions", "Versions", id="library.versions"),
        Binding("d", "remove", "Remove", id="library.remove"),
        Binding("h", "history", "History", id="library.history"),
        Binding("question_mark,f1", "help", "Help", id="library.help", show=False),
        Binding("escape,q", "close", "Close", id="library.close"),
    ]

    class Listed(Message):
        """The articles matching a query were read from the library."""

        def __init__(self, summaries: list[ArticleSummary], problems: list[str]) -> None:
            super().__init__()
            self.summaries = summaries
            self.problems = problems

    class FiltersLoaded(Message):
        """The laws and currencies the library holds, for the filter menus."""

        def __init__(self, laws: list[tuple[str, str, int]], currencies: list[tuple[str, int]]) -> None:
            super().__init__()
            self.laws = laws
            self.currencies = currencies

    class Opened(Message):
        """An article is ready to read."""

        def __init__(self, loaded: Loaded) -> None:
            super().__init__()
            self.loaded = loaded

    class Failed(Message):
        """Something the reader asked for could not be done; `reason` is one plain sentence."""

        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    def __init__(self, library: Library, fetch_limits: FetchLimits | None = None) -> None:
        super().__init__()
        self.library = library
        self.fetch_limits = fetch_limits
        self.summaries: list[ArticleSummary] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="library-body"):
            yield Static(Content("Library"), classes="screen-title")
            yield Input(
                placeholder="Search words; also law:gdpr currency:EUR since:2024-01-01", id="library-search"
            )
            with Horizontal(id="library-filters"):
                yield Select[str]([], prompt="Any law", id="library-law")
                yield Select[str]([], prompt="Any penalty", id="library-penalty")
                yield Select[int](
                    [(label, days) for label, days in DATE_CHOICES], prompt="Any date", id="library-date"
                )
            yield DataTable(id="library-table", cursor_type="row")
            yield Static(id="library-detail")
            yield Static(id="library-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(
            "Saved (UTC)", "Title", "Laws", "Penalties", "Quotes", "Versions", "Largest penalty"
        )
        table.focus()
        self.filters_worker()
        self.refresh_list()

    def query_from_controls(self) -> tuple[LibraryQuery, list[str]]:
        """The query the search box and the filter menus make together (a menu wins over the box)."""
        query, problems = parse_query(self.query_one("#library-search", Input).value)
        law = self.query_one("#library-law", Select).value
        penalty = self.query_one("#library-penalty", Select).value
        days = self.query_one("#library-date", Select).value
        if isinstance(law, str):
            query = replace(query, law=law)
        if penalty == WITH_PENALTY:
            query = replace(query, with_penalty=True)
        elif isinstance(penalty, str):
            query = replace(query, currency=penalty)
        if isinstance(days, int):
            query = replace(query, since=self.library.clock().date() - timedelta(days=days))
        return query, problems

    def refresh_list(self) -> None:
        """Read the matching articles again, in a worker."""
        query, problems = self.query_from_controls()
        self.list_worker(query, problems)

    @work(thread=True, exclusive=True, group="library-list", exit_on_error=False)
    def list_worker(self, query: LibraryQuery, problems: list[str]) -> None:
        """Query the library off the UI thread."""
        try:
            self.post_message(self.Listed(list_articles(self.library, query), problems))
        except sqlite3.Error as error:
            self.post_message(self.Failed(f"The library could not be read ({error})."))

    @work(thread=True, exclusive=True, group="library-filters", exit_on_error=False)
    def filters_worker(self) -> None:
        """Read which laws and currencies the library holds, for the menus."""
        try:
            self.post_message(
                self.FiltersLoaded(laws_in_library(self.library), currencies_in_library(self.library))
            )
        except sqlite3.Error as error:
            self.post_message(self.Failed(f"The library could not be read ({error})."))

    def on_library_screen_filters_loaded(self, message: FiltersLoaded) -> None:
        laws = [(plain_text(f"{name} ({count})"), law_id) for law_id, name, count in message.laws]
        self.query_one("#library-law", Select).set_options(laws)
        penalties = [(Text("With any penalty"), WITH_PENALTY)]
        penalties += [
            (Text(f"In {currency}, largest first ({count})"), currency)
            for currency, count in message.currencies
        ]
        self.query_one("#library-penalty", Select).set_options(penalties)

    def on_library_screen_listed(self, message: Listed) -> None:
        self.summaries = message.summaries
        table = self.query_one(DataTable)
        table.clear()
        for summary in message.summaries:
            largest = format_amount(summary.largest, summary.currency) if summary.largest is not None else ""
            counts = [str(summary.counts.get(kind, 0)) for kind in ("law", "penalty", "tos_quote")]
            table.add_row(show_saved_at(summary.saved_at).removesuffix(" UTC"), plain_text(shorten(summary.title, TITLE_WIDTH)),
                          *counts, str(summary.versions), largest, key=str(summary.id))  # fmt: skip
        count = len(message.summaries)
        status = f"{count} article{'s' if count != 1 else ''}"
        if message.problems:
            status += "; left out of the search: " + "; ".join(message.problems)
        self.query_one("#library-status", Static).update(plain(status))
        self.show_detail()

    def selected(self) -> ArticleSummary | None:
        """The article under the table's cursor."""
        table = self.query_one(DataTable)
        if not self.summaries or table.cursor_row < 0 or table.cursor_row >= len(self.summaries):
            return None
        return self.summaries[table.cursor_row]

    def show_detail(self) -> None:
        """Under the table: the address of the article under the cursor, and where the words were found."""
        summary = self.selected()
        detail = self.query_one("#library-detail", Static)
        if summary is None:
            detail.update(plain("Nothing saved matches."))
            return
        lines = [summary.url] + ([f"…{summary.snippet}…"] if summary.snippet else [])
        detail.update(plain("\n".join(lines)))

    def on_data_table_row_highlighted(self) -> None:
        self.show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_article()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.refresh_list()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(DataTable).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self.refresh_list()

    def action_focus_search(self) -> None:
        self.query_one("#library-search", Input).focus()

    def action_open_article(self) -> None:
        """Open the saved copy of the article under the cursor."""
        if (summary := self.selected()) is not None:
            self.open_worker(summary.id, None)

    def action_refetch(self) -> None:
        """Fetch the article under the cursor from the web again (the saved copy if the network fails)."""
        if (summary := self.selected()) is not None:
            self.query_one("#library-status", Static).update(plain(f"Fetching {summary.url}…"))
            self.open_worker(summary.id, summary.url)

    @work(thread=True, exclusive=True, group="library-open", exit_on_error=False)
    def open_worker(self, article_id: int, url: str | None) -> None:
        """Read the saved copy (or fetch `url` again) off the UI thread."""
        try:
            if url is not None:
                loaded: Loaded | None = load_with_library(url, self.fetch_limits, self.library, record=True)
            else:
                loaded = load_saved(self.library, article_id)
            if loaded is None:
                raise SourceError("the article is no longer in the library")
            if url is None:
                self.library.record_opened(loaded.source)
        except (SourceError, sqlite3.Error) as error:
            self.post_message(self.Failed(f"Could not open the article: {error}."))
            return
        self.post_message(self.Opened(loaded))

    def on_library_screen_opened(self, message: Opened) -> None:
        self.dismiss(message.loaded)

    def on_library_screen_failed(self, message: Failed) -> None:
        self.query_one("#library-status", Static).update(plain(message.reason))
        self.notify(message.reason, severity="error", markup=False, timeout=8)

    def action_versions(self) -> None:
        """The versions of the article under the cursor and what changed between them."""
        if (summary := self.selected()) is not None:
            self.app.push_screen(VersionsScreen(self.library, summary.id, summary.title))

    def action_remove(self) -> None:
        """Remove the article under the cursor, once the reader confirms."""
        summary = self.selected()
        if summary is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.remove_worker(summary.id)

        question = f"Remove “{shorten(summary.title, TITLE_WIDTH)}” and all its versions from the library?"
        self.app.push_screen(ConfirmDialog(question), confirmed)

    @work(thread=True, group="library-remove", exit_on_error=False)
    def remove_worker(self, article_id: int) -> None:
        """Delete an article off the UI thread, then list again."""
        try:
            self.library.remove(article_id)
        except sqlite3.Error as error:
            self.post_message(self.Failed(f"The article could not be removed ({error})."))
            return
        self.app.call_from_thread(self.refresh_list)
        self.app.call_from_thread(self.filters_worker)

    def action_history(self) -> None:
        """The reading history; an article chosen there opens like one chosen here."""

        def chosen(loaded: Loaded | None) -> None:
            if loaded is not None:
                self.dismiss(loaded)

        self.app.push_screen(HistoryScreen(self.library), chosen)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(bound_keys(self)))

    def action_close(self) -> None:
        """From the search box back to the list; from the list back to reading."""
        if isinstance(self.focused, Input):
            self.query_one(DataTable).focus()
        else:
            self.dismiss(None)
