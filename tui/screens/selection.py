"""The annotation cursor of the reading screen: `]` and `[`, the kind toggles and the list's choice.

MainScreen holds the article, its annotations and the `selected` reactive; this base class moves
the cursor and makes the panes, the list and the detail follow it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.kinds import KINDS
from tui.screens.reading_state import ReadingState
from tui.widgets.comments_view import CommentsView

if TYPE_CHECKING:
    from tui.screens.side_panes import Side
    from tui.widgets.annotation_list import AnnotationList
    from tui.widgets.article_view import ArticleView

STILL_COMING = "Annotations are still being found; ] moves through them once they are shown."


class AnnotationSelection(ReadingState):
    """Moves the annotation cursor; highlights, list, detail and scroll follow it."""

    _note: str | None

    @property
    def panes(self) -> tuple[ArticleView, CommentsView]:
        """The article and comments panes."""
        raise NotImplementedError

    @property
    def side(self) -> Side | None:
        """The side widgets, None until they are mounted."""
        raise NotImplementedError

    def _forget_note(self) -> None:
        raise NotImplementedError

    def _status(self) -> None:
        raise NotImplementedError

    def finish_batch(self) -> None:
        """Take the rest of the annotations being taken in at once."""
        raise NotImplementedError

    def watch_selected(self) -> None:
        self.refresh_selection()

    def refresh_selection(self) -> None:
        """Highlights, list, detail and scroll follow the selected annotation."""
        annotation = self.selected_annotation
        comments = self.query_one(CommentsView)
        if annotation is not None and annotation.unit_kind == "comment":
            comments.remove_class("-hidden")
            comments.reveal(annotation.unit_id)
            comments.move_cursor(annotation.unit_id)
        for pane in self.panes:
            line = pane.select(annotation.id if annotation else None)
            if line is not None:
                pane.scroll_to_line(line)
        if (side := self.side) is not None:  # else mounted later, showing the selection
            side.listing.select(annotation.id if annotation else None)
            side.detail.show(annotation)

    def action_step(self, forward: bool) -> None:
        """Select the next or previous visible annotation; at either end stay and say so."""
        if self.annotated is None:
            self.say(STILL_COMING)
            return
        from tui.navigation import step  # with the first annotations: the first frame needs none of it

        result = step(self.annotations, self.selected, forward, self.hidden)
        if result.message:
            self.say(result.message)
        elif self._note is not None:
            self._forget_note()  # it said why an earlier press did nothing; this one moved
        if result.index != self.selected:
            self.selected = result.index

    def action_toggle_kind(self, kind: str) -> None:
        """Show or hide one kind of annotation."""
        self.finish_batch()
        self.hidden.symmetric_difference_update({kind})
        shown = kind not in self.hidden
        if not shown and (annotation := self.selected_annotation) is not None and annotation.kind == kind:
            self.selected = None
        for pane in self.panes:
            pane.set_annotations(self.annotations, self.hidden)
        if (side := self.side) is not None:
            side.listing.set_annotations(self.annotations, self.hidden, self._labels)
        self.refresh_selection()
        self._status()
        self.say(f"{'Showing' if shown else 'Hiding'} {KINDS[kind].plural}")

    def on_annotation_list_chosen(self, message: AnnotationList.Chosen) -> None:
        ids = [annotation.id for annotation in self.annotations]
        if message.annotation_id in ids:
            self.selected = ids.index(message.annotation_id)
