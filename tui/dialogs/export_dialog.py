"""The export prompt: a file name and a format (Markdown or W3C Web Annotation JSON-LD)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, RadioButton, RadioSet, Static

FORMATS = {"markdown": ("Markdown report", ".md"), "w3c": ("W3C Web Annotation (JSON-LD)", ".jsonld")}


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Where to write the export, and in which format."""

    path: Path
    format: str


class ExportDialog(ModalScreen[ExportRequest | None]):
    """Asks for a file and a format; dismisses with them, or None when cancelled."""

    CSS_PATH = "../pushed.tcss"

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, stem: str) -> None:
        super().__init__()
        self.stem = stem

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box", classes="dialog"):
            yield Static(Content("Export the article with its annotations"), classes="dialog-title")
            with RadioSet(id="export-format"):
                for number, (key, (label, _suffix)) in enumerate(FORMATS.items()):
                    yield RadioButton(label, value=number == 0, id=f"format-{key}")
            yield Input(value=f"{self.stem}{FORMATS['markdown'][1]}", id="export-path")
            yield Static(Content("Enter writes the file; escape cancels."), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def _format(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return (pressed.id or "format-markdown").removeprefix("format-") if pressed else "markdown"

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """The suggested name follows the format while it still ends in the other one's suffix."""
        box = self.query_one("#export-path", Input)
        suffix = FORMATS[self._format()][1]
        for _label, other in FORMATS.values():
            if box.value.endswith(other) and other != suffix:
                box.value = box.value[: -len(other)] + suffix
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value:
            self.notify("Name a file to write.", timeout=2)
            return
        self.dismiss(ExportRequest(Path(value).expanduser(), self._format()))

    def action_cancel(self) -> None:
        self.dismiss(None)
