"""A yes-or-no question: dismisses with True for yes, False for no."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.safe import plain


class ConfirmDialog(ModalScreen[bool]):
    """Asks a question that may name page text (a title), shown literally; `y` confirms."""

    CSS_PATH = "../pushed.tcss"

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(plain(self.question), classes="dialog-title")
            yield Static(Content("y: yes    n or escape: no"), classes="help-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
