"""The reading screen's keys that act on what is shown: search, links, comments, copy, export, panes.

MainScreen loads articles and keeps the selection; this base class holds the rest of its
actions, each a few lines that hand the work to a pane, a dialog or a headless helper.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.widgets import Input

from tui.screens.reading_state import ReadingState
from tui.urls import openable, text_fragment_url
from tui.widgets.article_view import ArticleView
from tui.widgets.comments_view import CommentsView
from tui.widgets.text_pane import TextPane

if TYPE_CHECKING:
    from parsers.web import FetchLimits
    from tui.dialogs.export_dialog import ExportRequest
    from tui.history import PositionStore
    from tui.library.store import Library
    from tui.screens.side_panes import Side
    from tui.search import Match
    from tui.sources import Loaded

LIBRARY_OPENING = "The library is still being opened; try again in a moment"


class ReadingActions(ReadingState):
    """Actions on the article shown; MainScreen provides the article and the selection."""

    opener: Callable[[str], None] | None
    copier: Callable[[str], None] | None
    positions: PositionStore
    library: Library | None
    library_opening: bool
    fetch_limits: FetchLimits
    matches: tuple[Match, ...] = ()
    match_index: int | None = None
    search_term: str | None = None

    @property
    def loaded(self) -> Loaded | None:
        """The article with its annotations, once they arrived."""
        raise NotImplementedError

    @property
    def panes(self) -> tuple[ArticleView, CommentsView]:
        """The article and comments panes."""
        raise NotImplementedError

    def open_source(self, source: str | None) -> None:
        """Open another article."""
        raise NotImplementedError

    def _show_chosen(self, loaded: Loaded | None) -> None:
        """Show an article chosen on another screen."""
        raise NotImplementedError

    def focused_pane(self) -> TextPane:
        """The pane keys act on."""
        raise NotImplementedError

    def side_panes(self) -> Side:
        """The metadata panel, the annotation list and the detail (mounted on first need)."""
        raise NotImplementedError

    # -- panes ----------------------------------------------------------------------------

    def action_toggle_comments(self) -> None:
        comments = self.query_one(CommentsView)
        comments.toggle_class("-hidden")
        if not comments.has_class("-hidden"):
            comments.focus()
        elif self.focused is comments:
            self.query_one(ArticleView).focus()

    def action_toggle_metadata(self) -> None:
        self.side_panes().metadata.toggle_class("-hidden")

    def action_toggle_side(self) -> None:
        """Wide: hide or show the annotation pane. Narrow: open it over the article, or close it."""
        self.toggle_class("-side-toggled")

    def action_activate(self) -> None:
        """Enter: on a listing page open the item under the cursor; else show the selected annotation."""
        article = self.query_one(ArticleView)
        href = article.chosen_item()
        if href is not None:
            self.open_link(href, browser=False)
        elif self.selected is not None and self.has_class("-narrow"):
            self.add_class("-side-toggled")

    def action_close(self) -> None:
        """Close the open pane; quit when none is open."""
        metadata = self.side_panes().metadata
        if not metadata.has_class("-hidden"):
            metadata.add_class("-hidden")
        elif self.has_class("-narrow", "-side-toggled"):
            self.remove_class("-side-toggled")
        else:
            self.app.exit()

    def action_help(self) -> None:
        """Show every key of fineprint as it is bound now, remappings included."""
        from tui.screens.help import READING_HINT, HelpScreen, bound_keys

        self.app.push_screen(HelpScreen(bound_keys(self), READING_HINT))

    # -- comments -------------------------------------------------------------------------

    def _comments(self) -> CommentsView | None:
        comments = self.query_one(CommentsView)
        if not comments.comments:
            if self.opened is None:
                self.say("The article is still being opened.")
            else:
                self.say(
                    "The comments are still being read."
                    if self.opened.partial
                    else "This article has no comments."
                )
            return None
        comments.remove_class("-hidden")
        return comments

    def action_toggle_thread(self) -> None:
        """Fold or unfold the thread under the comment cursor."""
        if (comments := self._comments()) is not None and comments.toggle_thread() is None:
            self.say("No comment here to fold.")

    def action_step_thread(self, forward: bool) -> None:
        """Next or previous top-level comment."""
        if (comments := self._comments()) is not None and comments.step_thread(forward) is None:
            self.say("Last thread" if forward else "First thread")

    def action_only_annotated(self) -> None:
        """Show only the comments with annotations, or all again."""
        if (comments := self._comments()) is not None:
            on = comments.toggle_only_annotated()
            self.say("Only comments with annotations" if on else "All comments")

    # -- search ---------------------------------------------------------------------------

    async def action_search(self) -> None:
        """Show the search box, mounted the first time it is asked for (a start that does not search skips it)."""
        box = next(iter(self.query("#search").results(Input)), None)
        if box is None:
            box = Input(placeholder="Search the article", id="search")
            await self.query_one("#reading").mount(box)
        box.remove_class("-hidden")
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Find every match of the term and go to the first."""
        if event.input.id != "search" or self.opened is None:
            return
        event.stop()
        from tui.search import find_matches  # a search is the first use: the first frame needs none of it

        self.matches = find_matches(self.opened.article, event.value)
        self.match_index, self.search_term = None, event.value
        self.query_one(ArticleView).focus()
        if not self.matches:
            self.say("No matches")
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
        self.say(f"Match {self.match_index + 1} of {len(self.matches)}")

    def action_clear_search(self) -> None:
        """Clear the search and hide its box."""
        self.clear_matches()
        for box in self.query("#search").results(Input):
            box.value = ""
            box.add_class("-hidden")

    def clear_matches(self) -> None:
        """Forget the search matches."""
        self.matches, self.match_index, self.search_term = (), None, None
        self._show_matches()

    def search_again(self) -> None:
        """The article grew (its comments arrived): the search is made again over all of it, at the same match."""
        if self.opened is None or not self.search_term:
            return
        from tui.search import find_matches

        current = self.matches[self.match_index] if self.match_index is not None else None
        self.matches = find_matches(self.opened.article, self.search_term)
        self.match_index = self.matches.index(current) if current in self.matches else None
        self._show_matches()  # the panes were refilled: their highlights are drawn again

    def _show_matches(self) -> None:
        """Attributes down: every match highlighted, the current one scrolled into view."""
        current = self.matches[self.match_index] if self.match_index is not None else None
        by_unit: dict[str, list[tuple[int, int]]] = {}
        for match in self.matches:
            by_unit.setdefault(match.unit_id, []).append((match.start, match.end))
        if current is not None and current.in_comments:
            self.query_one(CommentsView).remove_class("-hidden")
            self.query_one(CommentsView).reveal(current.unit_id)
        spot = (current.unit_id, current.start, current.end) if current else None
        for pane in self.panes:
            line = pane.show_matches(by_unit, spot)
            if line is not None:
                pane.scroll_to_line(line)

    # -- links, the browser and the clipboard --------------------------------------------

    def open_link(self, href: str, *, browser: bool) -> None:
        """Open a link in fineprint or in the browser: http and https only."""
        if openable(href) is None:
            self.say("Only http and https links can be opened.")
        elif browser:
            self._browse(href)
        else:
            self.open_source(href)

    def _browse(self, url: str) -> None:
        (self.opener or self.app.open_url)(url)
        self.say("Opened in the browser")

    def action_link_hints(self) -> None:
        """Number every link on screen in the focused pane; the number opens it."""
        from tui.dialogs.link_hints import LinkHints

        pane = self.focused_pane()
        links = pane.visible_links()
        if not links:
            self.say("No links on screen here.")
            return
        width = len(str(len(links)))
        labels = [str(number).zfill(width) for number in range(1, len(links) + 1)]
        pane.show_hints(
            [(index, offset, label) for (index, offset, _), label in zip(links, labels, strict=True)]
        )

        def chosen(result: tuple[str, bool] | None) -> None:
            pane.show_hints([])
            if result is not None:
                self.open_link(result[0], browser=result[1])

        self.app.push_screen(
            LinkHints({label: href for (_, _, href), label in zip(links, labels, strict=True)}), chosen
        )

    def action_open_in_browser(self) -> None:
        """Open the article in the browser; a selected terms quote opens the page at that quote."""
        meta = self.opened.article.metadata if self.opened else None
        url = openable(meta.canonical_url or meta.url) if meta else None
        if url is None:
            self.say("This article has no web address to open")
            return
        annotation = self.selected_annotation
        if annotation is not None and annotation.kind == "tos_quote":
            url = text_fragment_url(url, annotation.text)
        self._browse(url)

    def action_copy_citation(self) -> None:
        """Copy the selected annotation as a citation: quote, article, address."""
        annotation = self.selected_annotation
        if annotation is None or self.opened is None:
            self.say("Select an annotation first (press ])")
            return
        from tui.citation import citation

        text = citation(annotation, self.opened.article, self.opened.source)
        (self.copier or self.app.copy_to_clipboard)(text)
        self.say("Citation copied")

    def action_open(self) -> None:
        from tui.dialogs.open_dialog import OpenDialog

        def opened(source: str | None) -> None:
            if source:
                self.open_source(source)

        self.app.push_screen(OpenDialog(self.positions.history()), opened)

    # -- export ---------------------------------------------------------------------------

    def action_export(self) -> None:
        """Write the article's annotations (Markdown or W3C) to a file the reader names."""
        from tui.dialogs.export_dialog import ExportDialog

        loaded = self.loaded
        if loaded is None:
            self.say("Annotations are still being found; export when they are shown.")
            return
        stem = "".join(
            c if c.isalnum() else "-" for c in (loaded.article.metadata.title or "article").lower()
        )
        stem = "-".join(part for part in stem.split("-") if part)[:60] or "article"

        def chosen(request: ExportRequest | None) -> None:
            if request is not None:
                self._export(loaded, request, overwrite=False)

        self.app.push_screen(ExportDialog(stem), chosen)

    def _export(self, loaded: Loaded, request: ExportRequest, *, overwrite: bool) -> None:
        from tui.dialogs.confirm_dialog import ConfirmDialog
        from tui.export import ExportError, export_text, write_export
        from tui.version import fineprint_version

        try:
            write_export(
                request.path,
                export_text(loaded, request.format, f"fineprint {fineprint_version()}"),
                overwrite=overwrite,
            )
        except FileExistsError:

            def answered(yes: bool | None) -> None:
                if yes:
                    self._export(loaded, request, overwrite=True)

            self.app.push_screen(ConfirmDialog(f"{request.path} exists. Replace it?"), answered)
            return
        except ExportError as error:
            self.notify(str(error), severity="error", markup=False, timeout=6)
            return
        self.say(f"Wrote {request.path}")

    # -- the library, feeds and history screens ------------------------------------------

    def _library_or_say(self, why: str) -> Library | None:
        """The library; when there is none, say why: still opening after the first frame, or it could not be opened."""
        if self.library is None:
            self.notify(LIBRARY_OPENING if self.library_opening else why, timeout=4)
        return self.library

    def action_open_library(self) -> None:
        """The library: saved articles by words, law, penalty and date; the one chosen is shown here."""
        library = self._library_or_say("The library could not be opened, so there is nothing saved to show")
        if library is None:
            return
        from tui.screens.library import LibraryScreen

        self.app.push_screen(LibraryScreen(library, self.fetch_limits), self._show_chosen)

    def action_open_feeds(self) -> None:
        """The feeds and their entries; an entry opened there is shown here."""
        library = self._library_or_say("The library could not be opened, so feeds cannot be kept")
        if library is None:
            return
        from tui.feeds.store import FeedStore
        from tui.screens.feeds import FeedsScreen

        self.app.push_screen(FeedsScreen(FeedStore(library), self.fetch_limits), self._show_chosen)

    def action_open_history(self) -> None:
        """The articles read, the last first; the one chosen is shown here."""
        library = self._library_or_say("The library could not be opened, so there is no history")
        if library is None:
            return
        from tui.screens.history import HistoryScreen

        self.app.push_screen(HistoryScreen(library), self._show_chosen)
