"""One quiet line under the panes: what the app is doing (opening, finding annotations) and counts."""

from __future__ import annotations

from textual.widgets import Static

from tui.safe import plain


class StatusLine(Static):
    """A single line of our own words (a source name in it is page text: shown literally)."""

    def show(self, text: str) -> None:
        """Attributes down: the line to show (one line always: no new layout, so keys stay quick)."""
        self.update(plain(text), layout=False)
