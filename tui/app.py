"""The fineprint Textual app: reads the config, opens the library and pushes the reading screen."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.events import Event, Key
from textual.screen import Screen

from tui.config import Config, load_config
from tui.gil import key_handled, release_heap
from tui.messages import ArticleLoaded, LibraryOpened, ReadingStarted
from tui.screens.main import MainScreen

if TYPE_CHECKING:
    from concurrent.futures import Future

    from tui.library.opening import OpenedLibrary
    from tui.library.store import Library
    from tui.sources import Opened

LIGHT_THEME = "textual-light"
DARK_THEME = "textual-dark"


class FineprintApp(App[None]):
    """A terminal newsreader that reads the fine print.

    `opener` (an address to the browser) and `copier` (text to the clipboard) default to
    Textual's; tests hand in their own, as this machine has neither.
    """

    CSS_PATH = "fineprint.tcss"
    TITLE = "fineprint"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit fineprint", id="quit", show=False, priority=True),
        Binding("ctrl+p", "command_palette", "palette", id="command_palette", show=False, priority=True),
    ]

    def __init__(
        self,
        source: str | None = None,
        config: Config | None = None,
        library: Library | None = None,
        *,
        opener: Callable[[str], None] | None = None,
        copier: Callable[[str], None] | None = None,
        ahead: Future[Opened] | None = None,
    ) -> None:
        super().__init__()
        self.ahead = ahead
        self.source = source
        self.config = config or load_config()
        self.library = library
        """The library file, opened (and checked) at start unless given, or after the first frame of a file read
        ahead; None until then, or when it cannot be opened."""
        self.opener = opener
        self.copier = copier
        self._library_problem: str | None = None
        self._library_pending = False
        """Whether the library is to be opened once reading started (a file read ahead needs none before)."""
        self._reading: MainScreen | None = None

    def get_default_screen(self) -> Screen[Any]:
        """The reading screen is the first screen: composed as the app starts, not pushed over an empty one.

        A file read ahead (local, never in the library) is shown without the library, which opens
        after its first frame (`on_reading_started`); a URL or standard input may need it at once.
        """
        if self.library is None and self.ahead is None:
            from tui.library.opening import open_library

            self._take_library(open_library())
        self._library_pending = self.library is None and self.ahead is not None
        self._reading = MainScreen(
            self.source,
            self.config.hidden_kinds,
            self.config.fetch,
            self.library,
            opener=self.opener,
            copier=self.copier,
            ahead=self.ahead,
        )
        self._reading.library_opening = self._library_pending
        return self._reading

    def _take_library(self, opened: OpenedLibrary) -> None:
        self.library = opened.library
        self._library_problem = opened.message

    def on_reading_started(self, _message: ReadingStarted) -> None:
        if self._library_pending:
            self._library_pending = False
            self.open_library_worker()

    @work(thread=True, exit_on_error=False, group="library")
    def open_library_worker(self) -> None:
        """Check and open the library file off the UI thread; report by message only."""
        from tui.library.opening import OpenedLibrary, open_library

        try:
            opened = open_library()
        except Exception as error:  # a bug must not leave the library "opening" for good: say so and go on
            reason = " ".join(str(error).split())[:160] or type(error).__name__
            opened = OpenedLibrary(
                None, f"The library could not be opened ({reason}), so nothing is saved this time."
            )
        self.post_message(LibraryOpened(opened))

    def on_library_opened(self, message: LibraryOpened) -> None:
        self._take_library(message.opened)
        if self._reading is not None:
            self._reading.use_library(self.library)
        self._tell_library_problem()

    def on_mount(self) -> None:
        # Messages wait until the app has started, and Textual writes no frame before then either.
        self.call_later(self._start_writing)
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        if self.config.theme and self.config.theme in self.available_themes:
            self.theme = self.config.theme
        elif self.config.theme:
            self.notify(f"There is no theme called {self.config.theme}.", severity="warning", markup=False)
        if self.config.problem:
            self.notify(self.config.problem, severity="warning", markup=False)
        self._tell_library_problem()

    def _start_writing(self) -> None:
        if self._reading is not None:
            self._reading.start_writing()

    def _tell_library_problem(self) -> None:
        if self._library_problem:
            self.notify(self._library_problem, severity="warning", markup=False, timeout=15)
            self._library_problem = None

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        """Whichever screen showed the article: say when it is a saved copy, or what changed since the last."""
        from tui.library.notices import loaded_notice

        notice = loaded_notice(message.loaded)
        if notice is not None:
            text, severity = notice
            self.notify(text, severity=severity, markup=False, timeout=12)

    async def on_event(self, event: Event) -> None:
        await super().on_event(event)
        if isinstance(event, Key) and event.is_forwarded:
            # A key back from the screen it was sent to: its bindings ran just now, so the next
            # frame holds their answer (workers give way until then).
            key_handled()

    def on_unmount(self) -> None:
        release_heap()
        if self.library is not None:
            self.library.close()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette's commands: Textual's own, the library, feeds and history, a light and a dark theme."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, MainScreen):
            yield SystemCommand(
                "Library", "Saved articles: search, filter by law, penalty, date", screen.action_open_library
            )
            yield SystemCommand("Feeds", "Subscriptions and their entries", screen.action_open_feeds)
            yield SystemCommand("History", "Articles read, the most recent first", screen.action_open_history)
        yield SystemCommand("Light theme", "Read dark text on a light background", self._theme(LIGHT_THEME))
        yield SystemCommand("Dark theme", "Read light text on a dark background", self._theme(DARK_THEME))

    def _theme(self, name: str) -> Callable[[], None]:
        def switch() -> None:
            self.theme = name

        return switch
