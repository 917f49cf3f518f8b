"""The anchor for `tui_speed.py`: a bare Textual app that shows a file's text in a scrolling pane.

It does what any Textual reader must (start Textual, read the file, lay the text out, paint),
and nothing fineprint adds, so the gap between the two is what fineprint costs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


class BareReader(App[None]):
    """The file's text, wrapped, in one scrolling Static."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        text = self.path.read_text(encoding="utf-8", errors="replace")
        with VerticalScroll():
            yield Static(Text(text))


if __name__ == "__main__":
    BareReader(Path(sys.argv[1])).run()
