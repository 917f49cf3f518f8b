"""The open prompt: a URL or a file path, with the history of what was opened."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.safe import plain


class OpenDialog(ModalScreen[str | None]):
    """Asks for a source; dismisses with it, or with None when cancelled."""

    CSS_PATH = "../pushed.tcss"

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="open.cancel")]

    def __init__(self, history: list[str]) -> None:
        super().__init__()
        self.history = history

    def compose(self) -> ComposeResult:
        with Vertical(id="open-box"):
            yield Static(Content("Open a URL or a file"), classes="dialog-title")
            yield Input(placeholder="https://… or a path", id="open-input")
            if self.history:
                yield OptionList(
                    *(Option(plain(item)) for item in reversed(self.history[-20:])), id="open-history"
                )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        self.dismiss(value or None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(str(event.option.prompt))

    def action_cancel(self) -> None:
        self.dismiss(None)
