"""The metadata panel and the annotation pane's list and detail: mounted once the article's text is on screen.

The first frame needs only the article (and the empty frame of the annotation pane, so the text
wraps at its final width); mounting and styling the three side widgets before it cost about a
sixth of what the app adds to a bare Textual app's start. They are mounted the first time they
are needed: after the article's first frame, or at once by a key that needs them sooner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from tui.screens.reading_state import ReadingState

if TYPE_CHECKING:
    from tui.widgets.annotation_detail import AnnotationDetail
    from tui.widgets.annotation_list import AnnotationList
    from tui.widgets.metadata_panel import MetadataPanel


class Side(NamedTuple):
    """The side widgets, by what they show."""

    metadata: MetadataPanel
    listing: AnnotationList
    detail: AnnotationDetail


class SidePanes(ReadingState):
    """Mounts the side widgets on first need and shows the article's state in them; MainScreen provides it."""

    _side: Side | None = None

    @property
    def side(self) -> Side | None:
        """The metadata panel, the annotation list and the detail; None until they are mounted."""
        return self._side

    def side_panes(self) -> Side:
        """The metadata panel, the annotation list and the detail, mounted now if they are not yet."""
        if self._side is None:
            from tui.widgets.annotation_detail import AnnotationDetail
            from tui.widgets.annotation_list import AnnotationList
            from tui.widgets.metadata_panel import MetadataPanel

            side = Side(
                MetadataPanel(id="metadata", classes="-hidden"),
                AnnotationList(id="annotation-list"),
                AnnotationDetail(id="detail"),
            )
            self.query_one("#reading").mount(side.metadata, before=0)
            self.query_one("#side").mount(side.listing, side.detail)
            self._side = side
            self.show_side(side)
        return self._side

    def show_side(self, side: Side) -> None:
        """The article's metadata, annotations and selection in the side widgets (just mounted, or a new article)."""
        metadata, listing, detail = side
        if self.opened is not None:
            metadata.show(self.opened.article, self.annotated)
        listing.set_annotations(self.annotations, self.hidden, self._labels)
        annotation = self.selected_annotation
        listing.select(annotation.id if annotation else None)
        detail.show(annotation)
