"""The help screen: every key as it is bound right now."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    """Lists the bindings it is given; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss_help", "Close", id="help.close"),
    ]

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        width = max((len(key) for key, _ in self.keys), default=4) + 2
        lines = [f"{key.ljust(width)}{description}" for key, description in self.keys]
        with VerticalScroll(id="help-body"):
            yield Static(Content("fineprint keys"), classes="help-title")
            yield Static(Content("\n".join(lines)), id="help-keys")
            yield Static(Content("Press escape to close."), classes="help-hint")

    def action_dismiss_help(self) -> None:
        self.dismiss(None)


def bound_keys(screen: Screen[Any]) -> list[tuple[str, str]]:
    """(key as shown, description) of every binding with an id active on a screen, remappings included."""
    keys = [
        (screen.app.get_key_display(active.binding), active.binding.description)
        for active in screen.active_bindings.values()
        if active.binding.id and active.binding.description
    ]
    return list(dict.fromkeys(keys))
