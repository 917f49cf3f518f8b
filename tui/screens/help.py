"""The help screen: every key as it is bound right now, remappings included."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

READING_HINT = (
    "In the article and comments panes: up, down, page up, page down, home and end scroll; "
    "tab moves to the next pane. In the link prompt: the number opens the link, o switches "
    "between fineprint and the browser, escape cancels."
)


def help_rows(app: App[Any], bindings: Iterable[ActiveBinding]) -> list[tuple[str, str]]:
    """(keys, what they do) for every binding with an id, as the keymap has bound it; one row an id."""
    keys: dict[str, list[str]] = {}
    descriptions: dict[str, str] = {}
    for active in bindings:
        binding = active.binding
        if binding.id and binding.description:
            keys.setdefault(binding.id, []).append(app.get_key_display(binding))
            descriptions[binding.id] = binding.description
    return [(", ".join(dict.fromkeys(shown)), descriptions[key]) for key, shown in keys.items()]


def bound_keys(screen: Screen[Any]) -> list[tuple[str, str]]:
    """(key as shown, description) of every binding with an id active on a screen, remappings included."""
    return help_rows(screen.app, screen.active_bindings.values())


class HelpScreen(ModalScreen[None]):
    """Lists the bindings it is given (and a hint in our words); escape, q or ? closes it."""

    CSS_PATH = "../pushed.tcss"

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss_help", "Close", id="help.close"),
    ]

    def __init__(self, keys: list[tuple[str, str]], hint: str | None = None) -> None:
        super().__init__()
        self.keys = keys
        self.hint = hint

    def compose(self) -> ComposeResult:
        width = max((len(key) for key, _ in self.keys), default=4) + 2
        lines = [f"{key.ljust(width)}{description}" for key, description in self.keys]
        with VerticalScroll(id="help-body"):
            yield Static(Content("fineprint keys"), classes="help-title")
            yield Static(Content("\n".join(lines)), id="help-keys")
            if self.hint:
                yield Static(Content(self.hint), classes="help-hint")
            yield Static(Content("Press escape to close."), classes="help-hint")

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
