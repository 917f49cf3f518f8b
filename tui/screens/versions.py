"""An article's saved versions, and the annotations that appeared, changed or vanished between them."""

from __future__ import annotations

import sqlite3

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.library.diff import diff_annotations
from tui.library.store import Library, SavedVersion, show_saved_at
from tui.safe import plain


def describe_versions(versions: list[SavedVersion]) -> list[str]:
    """Lines for the reader: each version, and under each later one what changed since the one before."""
    lines: list[str] = []
    previous: SavedVersion | None = None
    for number, version in enumerate(versions, start=1):
        lines.append(
            f"Version {number}, saved {show_saved_at(version.fetched_at)} (fineprint {version.parser_version})"
        )
        if previous is not None:
            diff = diff_annotations(
                previous.annotations_json.get("annotations", []),
                version.annotations_json.get("annotations", []),
                previous.fetched_at,
            )
            changes = diff.lines() or ["the annotations are the same; only the text changed"]
            lines.extend(f"    {line}" for line in changes)
        previous = version
    return lines or ["No version is saved."]


class VersionsScreen(ModalScreen[None]):
    """Shows what changed between the saved versions of one article."""

    CSS_PATH = "../pushed.tcss"

    BINDINGS = [Binding("escape,q,v", "close", "Close", id="versions.close")]

    class Described(Message):
        """The versions were read and compared."""

        def __init__(self, lines: list[str]) -> None:
            super().__init__()
            self.lines = lines

    def __init__(self, library: Library, article_id: int, title: str | None) -> None:
        super().__init__()
        self.library = library
        self.article_id = article_id
        self.article_title = title

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="versions-body"):
            yield Static(plain(self.article_title or "(untitled)"), classes="dialog-title")
            yield Static(Content("Reading the saved versions…"), id="versions-text")
            yield Static(Content("Press escape to close."), classes="help-hint")

    def on_mount(self) -> None:
        self.describe_worker()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def describe_worker(self) -> None:
        """Read and compare the versions off the UI thread."""
        try:
            lines = describe_versions(self.library.versions(self.article_id))
        except sqlite3.Error as error:
            lines = [f"The versions could not be read ({error})."]
        self.post_message(self.Described(lines))

    def on_versions_screen_described(self, message: Described) -> None:
        self.query_one("#versions-text", Static).update(plain("\n".join(message.lines)))

    def action_close(self) -> None:
        self.dismiss(None)
