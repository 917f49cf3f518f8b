"""One unit of an article (title, block or comment) drawn with its annotations highlighted."""

from __future__ import annotations

from collections.abc import Collection

from rich.text import Text
from textual.widget import Widget

from annotations import Annotation
from tui.safe import Highlight, highlighted

GLYPHS = {"law": "§", "penalty": "¤", "tos_quote": "¶"}


class UnitText(Widget):
    """A block, the title or a comment's text, with inline highlights by annotation kind."""

    DEFAULT_CSS = """
    UnitText {
        height: auto;
    }
    """

    COMPONENT_CLASSES = {
        "unit-text--law",
        "unit-text--penalty",
        "unit-text--tos_quote",
        "unit-text--selected",
        "unit-text--match",
    }

    def __init__(
        self, unit_id: str, text: str, annotations: tuple[Annotation, ...], *, classes: str = ""
    ) -> None:
        super().__init__(classes=classes)
        self.unit_id = unit_id
        self.unit_text = text
        self.annotations = annotations
        self.hidden: frozenset[str] = frozenset()
        self._annotation_ids = frozenset(annotation.id for annotation in annotations)
        self.selected_id: str | None = None
        self.matches: tuple[tuple[int, int], ...] = ()

    def show(self, hidden: Collection[str], selected_id: str | None) -> None:
        """Attributes down: which kinds are hidden and which annotation is selected.

        Only a unit whose drawing changes is redrawn, so a keypress costs little on long threads.
        """
        hidden = frozenset(hidden)
        mine = self._annotation_ids
        glyphs_change = hidden != self.hidden and bool(mine)
        selection_changes = (
            self.selected_id in mine or selected_id in mine
        ) and selected_id != self.selected_id
        self.hidden = hidden
        self.selected_id = selected_id
        if glyphs_change:
            self.refresh_highlights()
        elif selection_changes:
            self.refresh()  # same text, another style: no new layout

    def show_matches(self, matches: tuple[tuple[int, int], ...]) -> None:
        """Attributes down: search matches in this unit, as (start, end)."""
        if matches != self.matches:
            self.matches = matches
            self.refresh_highlights()

    def build(self) -> Text:
        """The unit's text with its visible annotations and search matches highlighted."""
        marks = []
        for annotation in self.annotations:
            if annotation.kind in self.hidden:
                continue
            style = self.get_component_rich_style(f"unit-text--{annotation.kind}", partial=True)
            if annotation.id == self.selected_id:
                style += self.get_component_rich_style("unit-text--selected", partial=True)
            marks.append(Highlight(annotation.start, annotation.end, style, GLYPHS[annotation.kind]))
        match_style = (
            self.get_component_rich_style("unit-text--match", partial=True) if self.matches else None
        )
        overlays = [(start, end, match_style) for start, end in self.matches] if match_style else []
        return highlighted(self.unit_text, marks, overlays)

    def render(self) -> Text:
        return self.build()

    def refresh_highlights(self) -> None:
        """Redraw with the current attributes."""
        self.refresh(layout=True)
