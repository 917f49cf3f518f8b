"""Link hints: type the number drawn beside a link to open it; `o` first opens it in the browser."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

PROMPT = "Link number"


class LinkHints(ModalScreen[tuple[str, bool] | None]):
    """Reads a link's number; dismisses with (address, in the browser?), or None when cancelled."""

    CSS_PATH = "../pushed.tcss"

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="hints.cancel"),
        Binding("o", "toggle_browser", "In the browser", id="hints.browser"),
        Binding("backspace", "erase", "Erase a digit", id="hints.erase"),
    ]

    def __init__(self, links: dict[str, str], browser: bool = False) -> None:
        super().__init__()
        self.links = links
        self.width = max((len(label) for label in links), default=1)
        self.typed = ""
        self.browser = browser

    def compose(self) -> ComposeResult:
        yield Static(self._prompt(), id="hints-prompt")

    def _prompt(self) -> Content:
        where = "in the browser" if self.browser else "in fineprint"
        other = "fineprint" if self.browser else "the browser"
        return Content(
            f"{PROMPT} (open {where}; o: {other}; escape: cancel): {self.typed}{'_' * (self.width - len(self.typed))}"
        )

    def _update(self) -> None:
        self.query_one("#hints-prompt", Static).update(self._prompt())

    def on_key(self, event: events.Key) -> None:
        if event.character is None or not event.character.isdigit():
            return
        event.stop()
        self.typed += event.character
        if len(self.typed) < self.width:
            self._update()
            return
        href = self.links.get(self.typed)
        if href is None:
            self.notify(f"No link is numbered {self.typed}.", timeout=2)
            self.typed = ""
            self._update()
            return
        self.dismiss((href, self.browser))

    def action_toggle_browser(self) -> None:
        self.browser = not self.browser
        self._update()

    def action_erase(self) -> None:
        self.typed = self.typed[:-1]
        self._update()

    def action_cancel(self) -> None:
        self.dismiss(None)
