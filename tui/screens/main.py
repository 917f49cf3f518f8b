"""The reading screen: article and comments on the left, annotations and their detail on the right.

An article is painted as soon as it is parsed; its annotations come from a second worker and
highlight in place. Every key is a binding with an id, so the config can remap it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import wait
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key, Resize, ScreenResume
from textual.reactive import reactive
from textual.screen import Screen

from parsers.web import FetchLimits
from tui.gil import (
    key_pressed,
    let_collector_run,
    settle_heap,
    settle_new_heap,
)
from tui.history import LibraryPositions, MemoryPositions, PositionStore
from tui.messages import (
    AnnotationFailed,
    ArticleCompleted,
    ArticleOpened,
    LoadFailed,
    ReadingStarted,
)
from tui.screens.annotation_batches import AnnotationBatches
from tui.screens.reading_actions import ReadingActions
from tui.screens.reading_history import ReadingHistory
from tui.screens.reading_workers import ReadingWorkers
from tui.screens.selection import AnnotationSelection
from tui.screens.side_panes import SidePanes
from tui.screens.status_notes import StatusNotes
from tui.sources import Loaded, Opened
from tui.widgets.article_view import ArticleView
from tui.widgets.comments_view import CommentsView
from tui.widgets.key_bar import KeyBar
from tui.widgets.status_line import StatusLine
from tui.widgets.text_pane import TextPane

if TYPE_CHECKING:
    from concurrent.futures import Future

    from textual.content import Content

    from annotations import Annotated
    from tui.library.store import Library
    from tui.marks import ShownUnits

NARROW_WIDTH = 100
FIRST_PAINT_PATIENCE = 0.5
"""Seconds an article's annotations wait for its pane to draw the text, when it cannot (hidden)."""
AHEAD_PATIENCE = 0.3
"""Seconds the screen, mounting, waits for a file still being read ahead, so that its first frame holds the text
(an empty frame first costs a render, and the text's another); a slower file comes through the worker."""


class MainScreen(
    ReadingWorkers,
    AnnotationBatches,
    StatusNotes,
    SidePanes,
    ReadingHistory,
    ReadingActions,
    AnnotationSelection,
    Screen[None],
):
    """Reads one article at a time; `backspace` goes back through the articles opened before."""

    BINDINGS = [
        Binding("right_square_bracket", "step(True)", "Next", id="next_annotation"),
        Binding("left_square_bracket", "step(False)", "Previous", id="previous_annotation"),
        Binding("1", "toggle_kind('law')", "Laws", id="toggle_laws"),
        Binding("2", "toggle_kind('penalty')", "Penalties", id="toggle_penalties"),
        Binding("3", "toggle_kind('tos_quote')", "ToS quotes", id="toggle_tos_quotes"),
        Binding("c", "toggle_comments", "Comments", id="toggle_comments"),
        Binding("m", "toggle_metadata", "Metadata", id="toggle_metadata"),
        Binding("a", "toggle_side", "Annotations", id="toggle_annotation_pane"),
        Binding("enter", "activate", "Open item / detail", id="activate", show=False),
        Binding("f", "link_hints", "Links", id="link_hints"),
        Binding("z", "toggle_thread", "Fold thread", id="toggle_thread", show=False),
        Binding("right_curly_bracket", "step_thread(True)", "Next thread", id="next_thread", show=False),
        Binding(
            "left_curly_bracket", "step_thread(False)", "Previous thread", id="previous_thread", show=False
        ),
        Binding("asterisk", "only_annotated", "Only annotated comments", id="only_annotated", show=False),
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "next_match(True)", "Next match", id="next_match", show=False),
        Binding("N", "next_match(False)", "Previous match", id="previous_match", show=False),
        Binding("escape", "clear_search", "Clear search", id="clear_search", show=False),
        Binding("y", "copy_citation", "Copy citation", id="copy_citation", show=False),
        Binding("o", "open_in_browser", "Open in browser", id="open_in_browser", show=False),
        Binding("e", "export", "Export", id="export", show=False),
        Binding("ctrl+l", "open", "Open", id="open_source"),
        Binding("backspace", "back", "Back", id="back", show=False),
        Binding("L", "open_library", "Library", id="open_library", show=False),
        Binding("F", "open_feeds", "Feeds", id="open_feeds", show=False),
        Binding("H", "open_history", "History", id="open_history", show=False),
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("q", "close", "Quit", id="close"),
    ]

    selected: reactive[int | None] = reactive(None, init=False, repaint=False)
    """Index of the selected annotation; None before the first `]`."""

    def __init__(
        self,
        source: str | None,
        hidden: frozenset[str] = frozenset(),
        fetch_limits: FetchLimits | None = None,
        library: Library | None = None,
        *,
        opener: Callable[[str], None] | None = None,
        copier: Callable[[str], None] | None = None,
        ahead: Future[Opened] | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        self._ahead = ahead
        self.library = library
        self.fetch_limits = fetch_limits or FetchLimits()
        self.hidden: set[str] = set(hidden)
        self.opener = opener
        self.copier = copier
        self.positions: PositionStore = LibraryPositions(library) if library else MemoryPositions()
        self.library_opening = False
        """Whether the app opens the library after the first frame (`use_library` hands it down)."""
        self._library_ready = threading.Event()
        """Set once `use_library` handed the library down: a URL's load waits for it while it opens."""
        self.opened: Opened | None = None
        self.annotated: Annotated | None = None
        self.complete = False
        """Whether `annotated` holds every annotation (not only the body's, on a long thread)."""
        self.back_stack: list[tuple[Opened, Annotated | None]] = []
        self._token = 0
        self._restore_to: str | None = None
        self._labels: dict[str, Content] = {}
        """The annotation list's labels by id, as the worker made them."""
        self._resumed = False
        self.writing = False
        """Whether the app writes the frames drawn now (`start_writing`)."""
        self._first_paint: tuple[Opened, int] | None = None
        """The article (and its token) whose comments and annotations wait for its text to be drawn."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="reading"):
                yield ArticleView(id="article")
                yield CommentsView(id="comments")
            yield Vertical(id="side")  # its widgets, and the metadata's, after the first frame (`side_panes`)
        yield StatusLine(id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        if self.writing:
            self.start_writing()
        self.query_one(ArticleView).focus()
        ahead, self._ahead = self._ahead, None
        if ahead is not None:
            wait((ahead,), timeout=AHEAD_PATIENCE)
        if ahead is not None and ahead.done() and ahead.exception() is None:
            self._token += 1
            self._opened(ahead.result())
        else:
            self.open_source(self.source, ahead)

    def on_screen_resume(self, event: ScreenResume) -> None:
        # Textual restyles every widget of a screen when it comes to the top. The first time, each was
        # styled as it mounted a moment ago, so that pass (a fifth of the time to the first frame) is
        # skipped; coming back from a dialog or another screen, styles may have changed and it runs.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def start_writing(self) -> None:
        """Attributes down: the app writes the frames drawn from now on (it held them back while it started)."""
        self.writing = True
        for pane in self.query(TextPane):  # none yet when the app started before this screen mounted
            pane.start_writing()

    def use_library(self, library: Library | None) -> None:
        """Attributes down: the library, opened after the first article was drawn; positions kept so far stay."""
        self.library, self.library_opening = library, False
        self._library_ready.set()
        if library is not None and isinstance(self.positions, MemoryPositions):
            self.positions = LibraryPositions(library, self.positions)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")

    def on_key(self, event: Key) -> None:
        """A key on its way to its binding: workers give way until its answer is on screen (`TextPane.render_line`)."""
        key_pressed()

    # -- the article shown ----------------------------------------------------------------

    @property
    def loaded(self) -> Loaded | None:
        """The article shown with its annotations, once they have arrived."""
        if self.opened is None or self.annotated is None or not self.complete:
            return None
        return Loaded(self.opened.source, self.opened.article, self.annotated)

    @property
    def panes(self) -> tuple[ArticleView, CommentsView]:
        """The two panes that draw units."""
        return self.query_one(ArticleView), self.query_one(CommentsView)

    def open_source(self, source: str | None, ahead: Future[Opened] | None = None) -> None:
        """Read and parse a source in a worker (or wait there for `ahead`); the status line says so meanwhile."""
        self._token += 1
        self.query_one(StatusLine).show(f"Opening {source or 'the sample article'}…")
        self.load_worker(source, self._token, ahead)

    def on_article_opened(self, message: ArticleOpened) -> None:
        if message.token == self._token:
            self._opened(message.opened)

    def _opened(self, opened: Opened) -> None:
        """An article was read and parsed: paint it, where the reader left it when it was read before."""
        self._leave_current()
        self.show(opened, None)
        source = opened.source
        saved = self.positions.position(source)
        if saved is None:
            self.positions.save_position(source, 0, None)
        else:
            self._restore(saved)

    def on_article_completed(self, message: ArticleCompleted) -> None:
        """The rest of a long text page was read: its comments (and any blocks after them) join the top shown."""
        if message.token != self._token or self.opened is None:
            return
        self.finish_batch()  # its steps point into the comments laid out before
        shown, self.opened = self.opened.article, message.opened
        article, comments = self.panes
        whole = message.opened.article
        if whole.blocks != shown.blocks:  # blocks after the comments: the body grows, where the reader is
            scroll_y = article.scroll_y
            article.set_article(whole)
            article.scroll_to(y=scroll_y, animate=False)
        if not whole.comments:  # never shown again here: the reader may have hidden them with `c` meanwhile
            comments.add_class("-hidden")
        comments.set_article(whole, message.plan)
        if (side := self.side) is not None:
            side.metadata.show(whole, None)
        self.search_again()
        settle_heap()  # thousands of comments in place: out of the collector's full passes
        if message.problem:
            self.notify(message.problem, severity="warning", markup=False, timeout=10)

    def on_annotation_failed(self, message: AnnotationFailed) -> None:
        if message.token == self._token:
            self.query_one(StatusLine).show("Annotations could not be found for this article.")
            self.notify(f"Annotating failed: {message.reason}", severity="error", markup=False, timeout=8)

    def on_load_failed(self, message: LoadFailed) -> None:
        let_collector_run()  # no article comes to settle the heap, which start-up may have held it for
        self.side_panes()
        self.post_message(ReadingStarted())
        self._status()
        self.notify(
            f"Could not open {message.source}: {message.reason}", severity="error", markup=False, timeout=8
        )

    def show(self, opened: Opened, annotated: Annotated | None) -> None:
        """Attributes down: paint an article now; its annotations when they are there."""
        # The article shown before is left: its annotations are wanted no more (a download is still saved).
        self.workers.cancel_group(self, "annotate")
        self.drop_batch()
        self.opened, self.annotated, self.complete = opened, None, False
        self._labels = {}
        self.selected, self._restore_to = None, None
        self.clear_matches()
        article, comments = self.panes
        article.set_article(opened.article)
        comments.set_class(not opened.article.comments and not opened.partial, "-hidden")
        if (side := self.side) is not None:  # else mounted after the first frame, showing this article
            self.show_side(side)
        if annotated is None:
            self._status()
            # The article's text first: thousands of comments are laid out after it is on screen,
            # and the worker would otherwise share the GIL with the first paint.
            comments.set_count(opened.article, reading=opened.partial)
            # When the pane says it drew the text (`on_text_pane_painted`); the timer is for a pane
            # that cannot draw now (hidden, or no room), whose article must be annotated all the same.
            self._first_paint = (opened, self._token)
            self.set_timer(FIRST_PAINT_PATIENCE, self._after_first_paint)
        else:
            comments.set_article(opened.article)
            self.show_annotations(annotated)

    def on_text_pane_painted(self, message: TextPane.Painted) -> None:
        self._after_first_paint()  # only the article pane reports its paint

    def _after_first_paint(self) -> None:
        """The comments under the painted text, then the annotations (once an article, the last one shown)."""
        if self._first_paint is None:
            return
        (opened, token), self._first_paint = self._first_paint, None
        self.post_message(ReadingStarted())
        self.side_panes()
        if token != self._token:
            let_collector_run()  # start-up held it; the article that came instead settles only its heap
            return
        if not opened.partial:  # else they come with the rest of the page, from the worker
            self.query_one(CommentsView).set_article(opened.article)
        settle_new_heap()
        # Once the side widgets are laid out: the worker measures the list's labels at its width.
        self.call_after_refresh(self._start_annotating, opened, token)

    def _start_annotating(self, opened: Opened, token: int) -> None:
        """Find the annotations of the article shown in a worker (unless another article came meanwhile)."""
        if token != self._token:
            return
        width = self.query_one(CommentsView).scrollable_content_region.width
        room = self.side_panes().listing.label_room()
        self.annotate_worker(opened, token, room, frozenset(self.hidden), width or None)

    def annotation_steps(
        self,
        annotated: Annotated,
        *,
        complete: bool = True,
        labels: dict[str, Content] | None = None,
        made: ShownUnits | None = None,
    ) -> Iterator[None]:
        """Annotations arrived: highlight them in place and list them (labels made by the worker), a few at a
        time; until the last step `]` moves through those shown before, whose marks stay."""
        if self.opened is None:
            return
        for pane in self.panes:
            yield from pane.annotation_steps(annotated.annotations, self.hidden, made)
        yield from self.side_panes().listing.option_steps(annotated.annotations, self.hidden, labels)
        self._take_annotations(annotated, complete, labels or {})

    def _take_annotations(self, annotated: Annotated, complete: bool, labels: dict[str, Content]) -> None:
        """The last step: the annotations are the screen's; counts, detail and cursor follow."""
        assert self.opened is not None
        selected = annotation.id if (annotation := self.selected_annotation) is not None else None
        self.annotated, self.complete, self._labels = annotated, complete, labels
        ids = [a.id for a in annotated.annotations]
        self.set_reactive(MainScreen.selected, ids.index(selected) if selected in ids else None)
        self.side_panes().metadata.show(self.opened.article, annotated)
        self._status()
        self.refresh_selection()
        settle_heap()  # the body's annotations too: a full collection meanwhile would walk them at every key
        if self._restore_to is not None and complete:
            if self._restore_to in ids:
                self.selected = ids.index(self._restore_to)
            self._restore_to = None

    def focused_pane(self) -> TextPane:
        """The pane keys like `f` act on: the focused one, else the article."""
        return self.focused if isinstance(self.focused, TextPane) else self.query_one(ArticleView)
