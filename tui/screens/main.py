"""The reading screen: article and comments on the left, annotations and their detail on the right."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input

from annotations import Annotation
from parsers import SourceError
from parsers.fetch import FetchLimits, is_web_url
from tui.citation import citation
from tui.dialogs.open_dialog import OpenDialog
from tui.feeds.store import FeedStore
from tui.library.loading import load_with_library
from tui.library.store import Library
from tui.messages import ArticleLoaded, LoadFailed
from tui.navigation import step
from tui.screens.feeds import FeedsScreen
from tui.screens.help import HelpScreen
from tui.screens.history import HistoryScreen
from tui.screens.library import LibraryScreen
from tui.search import Match, find_matches
from tui.sources import Loaded
from tui.widgets.annotation_detail import AnnotationDetail
from tui.widgets.annotation_list import AnnotationList
from tui.widgets.article_view import ArticleView
from tui.widgets.comments_view import CommentsView
from tui.widgets.metadata_panel import MetadataPanel

NARROW_WIDTH = 100
KIND_NAMES = {"law": "laws", "penalty": "penalties", "tos_quote": "terms-of-service quotes"}


class MainScreen(Screen[None]):
    """Reads one article at a time; every key has an id so the config can remap it."""

    BINDINGS = [
        Binding("right_square_bracket", "step(True)", "Next", id="next_annotation"),
        Binding("left_square_bracket", "step(False)", "Previous", id="previous_annotation"),
        Binding("1", "toggle_kind('law')", "Laws", id="toggle_laws"),
        Binding("2", "toggle_kind('penalty')", "Penalties", id="toggle_penalties"),
        Binding("3", "toggle_kind('tos_quote')", "ToS quotes", id="toggle_tos_quotes"),
        Binding("c", "toggle_comments", "Comments", id="toggle_comments"),
        Binding("m", "toggle_metadata", "Metadata", id="toggle_metadata"),
        Binding("a", "toggle_side", "Annotations", id="toggle_annotation_pane"),
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "next_match(True)", "Next match", id="next_match", show=False),
        Binding("N", "next_match(False)", "Previous match", id="previous_match", show=False),
        Binding("escape", "clear_search", "Clear search", id="clear_search", show=False),
        Binding("y", "copy_citation", "Copy citation", id="copy_citation", show=False),
        Binding("o", "open_in_browser", "Open in browser", id="open_in_browser", show=False),
        Binding("ctrl+l", "open", "Open", id="open_source"),
        Binding("backspace", "back", "Back", id="back", show=False),
        Binding("L", "open_library", "Library", id="open_library", show=False),
        Binding("F", "open_feeds", "Feeds", id="open_feeds", show=False),
        Binding("H", "open_history", "History", id="open_history", show=False),
        Binding("question_mark,f1", "help", "Help", id="help"),
        Binding("q", "close", "Quit", id="close"),
    ]

    selected: reactive[int | None] = reactive(None, init=False)
    """Index of the selected annotation; None before the first `]`."""

    def __init__(
        self,
        source: str | None,
        hidden: frozenset[str] = frozenset(),
        fetch_limits: FetchLimits | None = None,
        library: Library | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        self.library = library
        self.fetch_limits = fetch_limits or FetchLimits()
        self.hidden: set[str] = set(hidden)
        self.loaded: Loaded | None = None
        self.previous: list[Loaded] = []
        self.history: list[str] = []
        self.matches: tuple[Match, ...] = ()
        self.match_index: int | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="reading"):
                yield MetadataPanel(id="metadata", classes="-hidden")
                yield ArticleView(id="article")
                yield CommentsView(id="comments")
                yield Input(placeholder="Search the article", id="search", classes="-hidden")
            with Vertical(id="side"):
                yield AnnotationList(id="annotation-list")
                yield AnnotationDetail(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(AnnotationDetail).show(None)
        self.open_source(self.source)

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        """The annotations of the article shown."""
        return self.loaded.annotated.annotations if self.loaded else ()

    def open_source(self, source: str | None) -> None:
        """Load a source in a worker; the reading pane shows a loading indicator meanwhile."""
        self.query_one("#reading").loading = True
        self.load_worker(source)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load_worker(self, source: str | None) -> None:
        """Fetch, parse and annotate off the UI thread; report by message only."""
        try:
            loaded = load_with_library(source, self.fetch_limits, self.library, record=True)
            self.post_message(ArticleLoaded(loaded))
        except SourceError as error:
            self.post_message(LoadFailed(source or "the sample", str(error)))
        except Exception as error:  # a bug must not take the app down: say so and go on
            self.post_message(LoadFailed(source or "the sample", f"unexpected error: {error}"))

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        self.query_one("#reading").loading = False
        if self.loaded is not None:
            self.previous.append(self.loaded)
        self.show(message.loaded)
        if message.loaded.source not in self.history:
            self.history.append(message.loaded.source)

    def on_load_failed(self, message: LoadFailed) -> None:
        self.query_one("#reading").loading = False
        self.notify(
            f"Could not open {message.source}: {message.reason}", severity="error", markup=False, timeout=8
        )

    def show(self, loaded: Loaded) -> None:
        """Attributes down: put an article into every pane."""
        self.loaded = loaded
        article = loaded.article
        self.query_one(ArticleView).set_article(article, self.annotations)
        self.query_one(CommentsView).set_article(article, self.annotations)
        self.query_one(CommentsView).set_class(not article.comments, "-hidden")
        self.query_one(MetadataPanel).show(article, loaded.annotated)
        self.query_one(AnnotationList).set_annotations(self.annotations, self.hidden)
        self.selected = None
        self.call_after_refresh(self._refresh_selection)

    def watch_selected(self) -> None:
        self._refresh_selection()

    def _refresh_selection(self) -> None:
        """Highlights, list, detail and scroll follow the selected annotation."""
        annotation = self.annotations[self.selected] if self.selected is not None else None
        for pane in (self.query_one(ArticleView), self.query_one(CommentsView)):
            pane.show(self.hidden, annotation)
        self.query_one(AnnotationList).select(annotation.id if annotation else None)
        self.query_one(AnnotationDetail).show(annotation)
        if annotation is not None and annotation.unit_kind == "comment":
            self.query_one(CommentsView).remove_class("-hidden")

    def action_step(self, forward: bool) -> None:
        """Select the next or previous visible annotation; at either end stay and say so."""
        result = step(self.annotations, self.selected, forward, self.hidden)
        if result.message:
            self.notify(result.message, timeout=2)
        if result.index != self.selected:
            self.selected = result.index

    def action_toggle_kind(self, kind: str) -> None:
        """Show or hide one kind of annotation."""
        self.hidden.symmetric_difference_update({kind})
        shown = kind not in self.hidden
        if not shown and self.selected is not None and self.annotations[self.selected].kind == kind:
            self.selected = None
        self.query_one(AnnotationList).set_annotations(self.annotations, self.hidden)
        self._refresh_selection()
        self.notify(f"{'Showing' if shown else 'Hiding'} {KIND_NAMES[kind]}", timeout=2)

    def on_annotation_list_chosen(self, message: AnnotationList.Chosen) -> None:
        ids = [annotation.id for annotation in self.annotations]
        if message.annotation_id in ids:
            self.selected = ids.index(message.annotation_id)

    def action_toggle_comments(self) -> None:
        comments = self.query_one(CommentsView)
        comments.toggle_class("-hidden")
        if not comments.has_class("-hidden"):
            comments.focus()

    def action_toggle_metadata(self) -> None:
        self.query_one(MetadataPanel).toggle_class("-hidden")

    def action_toggle_side(self) -> None:
        """Wide: hide or show the annotation pane. Narrow: open it over the article, or close it."""
        self.toggle_class("-side-toggled")

    def action_open(self) -> None:
        def opened(source: str | None) -> None:
            if source:
                self.open_source(source)

        self.app.push_screen(OpenDialog(self.history), opened)

    def action_back(self) -> None:
        if not self.previous:
            self.notify("No earlier article", timeout=2)
            return
        self.show(self.previous.pop())

    def action_open_library(self) -> None:
        """The library: saved articles by words, law, penalty and date; the one chosen is shown here."""
        if self.library is None:
            self.notify("The library could not be opened, so there is nothing saved to show", timeout=4)
            return
        self.app.push_screen(LibraryScreen(self.library, self.fetch_limits), self._show_chosen)

    def action_open_feeds(self) -> None:
        """The feeds and their entries; an entry opened there is shown here."""
        if self.library is None:
            self.notify("The library could not be opened, so feeds cannot be kept", timeout=4)
            return
        self.app.push_screen(FeedsScreen(FeedStore(self.library), self.fetch_limits), self._show_chosen)

    def action_open_history(self) -> None:
        """The articles read, the last first; the one chosen is shown here."""
        if self.library is None:
            self.notify("The library could not be opened, so there is no history", timeout=4)
            return
        self.app.push_screen(HistoryScreen(self.library), self._show_chosen)

    def _show_chosen(self, loaded: Loaded | None) -> None:
        """An article chosen on another screen arrives like one this screen loaded."""
        if loaded is not None:
            self.post_message(ArticleLoaded(loaded))

    def action_help(self) -> None:
        """Show every key of fineprint as it is bound now, remappings included."""
        keys = [
            (self.app.get_key_display(active.binding), active.binding.description)
            for active in self.active_bindings.values()
            if active.binding.id and active.binding.description
        ]
        self.app.push_screen(HelpScreen(list(dict.fromkeys(keys))))

    def action_search(self) -> None:
        """Show the search box."""
        box = self.query_one("#search", Input)
        box.remove_class("-hidden")
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Find every match of the term and go to the first."""
        if event.input.id != "search" or self.loaded is None:
            return
        event.stop()
        self.matches = find_matches(self.loaded.article, event.value)
        self.match_index = None
        self.query_one(ArticleView).focus()
        if not self.matches:
            self.notify("No matches", timeout=2)
            self._show_matches()
            return
        self.action_next_match(True)

    def action_next_match(self, forward: bool) -> None:
        """Go to the next (or previous) match, wrapping around."""
        if not self.matches:
            return
        if self.match_index is None:
            self.match_index = 0 if forward else len(self.matches) - 1
        else:
            self.match_index = (self.match_index + (1 if forward else -1)) % len(self.matches)
        self._show_matches()
        self.notify(f"Match {self.match_index + 1} of {len(self.matches)}", timeout=1.5)

    def action_clear_search(self) -> None:
        """Clear the search and hide its box."""
        self.matches, self.match_index = (), None
        box = self.query_one("#search", Input)
        box.value = ""
        box.add_class("-hidden")
        self._show_matches()

    def _show_matches(self) -> None:
        """Attributes down: every match highlighted, the current one scrolled into view."""
        current = self.matches[self.match_index] if self.match_index is not None else None
        for pane in (self.query_one(ArticleView), self.query_one(CommentsView)):
            pane.show_matches(self.matches, current)
        if current is not None and current.in_comments:
            self.query_one(CommentsView).remove_class("-hidden")

    def action_copy_citation(self) -> None:
        """Copy the selected annotation as a citation: quote, article, address."""
        if self.selected is None or self.loaded is None:
            self.notify("Select an annotation first (press ])", timeout=2)
            return
        text = citation(self.annotations[self.selected], self.loaded.article, self.loaded.source)
        self.app.copy_to_clipboard(text)
        self.notify("Citation copied", timeout=2)

    def action_open_in_browser(self) -> None:
        """Open the article's web address in the system browser (http and https only)."""
        meta = self.loaded.article.metadata if self.loaded else None
        url = meta and (meta.canonical_url or meta.url)
        if not url or not is_web_url(url):
            self.notify("This article has no web address to open", timeout=2)
            return
        self.app.open_url(url)

    def action_close(self) -> None:
        """Close the open pane; quit when none is open."""
        metadata = self.query_one(MetadataPanel)
        if not metadata.has_class("-hidden"):
            metadata.add_class("-hidden")
        elif self.has_class("-narrow", "-side-toggled"):
            self.remove_class("-side-toggled")
        else:
            self.app.exit()
