"""The fineprint Textual app: reads the config and pushes the reading screen."""

from __future__ import annotations

from textual.app import App

from tui.config import Config, load_config
from tui.screens.main import MainScreen


class FineprintApp(App[None]):
    """A terminal newsreader that reads the fine print."""

    CSS_PATH = "fineprint.tcss"
    TITLE = "fineprint"

    def __init__(self, source: str | None = None, config: Config | None = None) -> None:
        super().__init__()
        self.source = source
        self.config = config or load_config()

    def on_mount(self) -> None:
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        if self.config.theme and self.config.theme in self.available_themes:
            self.theme = self.config.theme
        if self.config.problem:
            self.notify(self.config.problem, severity="warning", markup=False)
        self.push_screen(MainScreen(self.source, self.config.hidden_kinds, self.config.fetch))
