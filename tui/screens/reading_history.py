"""Where the reader was: the articles left for `backspace`, and the place kept in each.

MainScreen shows articles; this base class leaves one (saving where the reader stood), goes back to
the one before, and shows an article chosen on the library, feeds or history screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.messages import ArticleLoaded
from tui.screens.reading_state import ReadingState
from tui.sources import Opened
from tui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from annotations import Annotated
    from tui.history import Position, PositionStore
    from tui.sources import Loaded


class ReadingHistory(ReadingState):
    """The back stack and the saved positions; MainScreen holds the article shown."""

    positions: PositionStore
    back_stack: list[tuple[Opened, Annotated | None]]
    _token: int
    _restore_to: str | None

    def show(self, opened: Opened, annotated: Annotated | None) -> None:
        """Paint an article now; its annotations when they are there."""
        raise NotImplementedError

    def _leave_current(self) -> None:
        """Remember where the reader is in the article on screen and keep it for `backspace`."""
        if self.opened is None:
            return
        self._save_position()
        # Only a whole set is kept: the body's alone, shown again, would pass for all of them.
        self.back_stack.append((self.opened, self.annotated if self.complete else None))

    def _save_position(self) -> None:
        if self.opened is None:
            return
        selected = self.selected_annotation
        self.positions.save_position(
            self.opened.source,
            self.query_one(ArticleView).scroll_y,
            selected.id if selected is not None else None,
        )

    # -- history --------------------------------------------------------------------------

    def action_back(self) -> None:
        """Back to the article before, where the reader left it."""
        if not self.back_stack:
            self.say("No earlier article")
            return
        self._save_position()
        self._token += 1
        opened, annotated = self.back_stack.pop()
        self.show(opened, annotated)
        saved = self.positions.position(opened.source)
        if saved is not None:
            self._restore(saved)

    def _restore(self, saved: Position) -> None:
        """Scroll the article where the reader left it; the annotation cursor follows its annotations."""
        ids = [a.id for a in self.annotations]
        if saved.annotation_id in ids:
            self.selected = ids.index(saved.annotation_id)
        else:
            self._restore_to = saved.annotation_id
        # After the next layout: showing or hiding the comments pane changes the article pane's height.
        self.call_after_refresh(self.query_one(ArticleView).scroll_to, y=saved.scroll_y, animate=False)

    # -- articles chosen on the library, feeds and history screens ---------------------

    def _show_chosen(self, loaded: Loaded | None) -> None:
        """An article chosen on another screen (already annotated) is shown at once, like one opened here."""
        if loaded is None:
            return
        self._token += 1
        self._leave_current()
        self.show(Opened(loaded.source, loaded.article), loaded.annotated)
        saved = self.positions.position(loaded.source)
        if saved is not None:
            self._restore(saved)
        # Not this screen's token: the message passes on to the app, which says where the copy came from.
        self.post_message(ArticleLoaded(loaded))
