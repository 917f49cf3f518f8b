"""The list of annotations, in reading order, with a glyph per kind."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from textual.content import Content
from textual.css.styles import RulesMap
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.kinds import GLYPHS, UNIT_PLACES
from tui.safe import plain

if TYPE_CHECKING:
    from annotations import Annotation

LABEL_LENGTH = 60
STEP_OPTIONS = 125
"""Options `option_steps` adds a step: a few milliseconds of the UI thread."""


def option_label(annotation: Annotation) -> Content:
    """One line: glyph, the text as written, and where it stands. Built without markup."""
    text = " ".join(annotation.text.split())
    if len(text) > LABEL_LENGTH:
        text = text[: LABEL_LENGTH - 1] + "…"
    return Content.assemble(
        Content(f"{GLYPHS[annotation.kind]} "),
        plain(text),
        Content(f"  ({UNIT_PLACES[annotation.unit_kind]})"),
    )


LabelRoom = tuple[RulesMap, int]
"""The list's wrapping rules and the cells a label may take: what a label's height depends on."""


def option_labels(annotations: Iterable[Annotation], room: LabelRoom | None = None) -> dict[str, Content]:
    """Every annotation's label by id: pure work a worker does, so the UI thread only lists them.

    With the list's room, each label's height is measured too (a label keeps it), so listing
    2,000 labels does not wrap each on the UI thread; a list since resized measures again.
    """
    labels = {annotation.id: option_label(annotation) for annotation in annotations}
    if room is not None:
        rules, width = room
        for label in labels.values():
            label.get_height(rules, width)
    return labels


class AnnotationList(OptionList):
    """Every visible annotation; choosing one selects it."""

    class Chosen(Message):
        """The reader picked an annotation in the list."""

        def __init__(self, annotation_id: str) -> None:
            super().__init__()
            self.annotation_id = annotation_id

    def set_annotations(
        self,
        annotations: tuple[Annotation, ...],
        hidden: Collection[str],
        labels: Mapping[str, Content] | None = None,
    ) -> None:
        """Attributes down: the annotations to list, with their labels when already made (by a worker)."""
        for _step in self.option_steps(annotations, hidden, labels):
            pass

    def option_steps(
        self,
        annotations: tuple[Annotation, ...],
        hidden: Collection[str],
        labels: Mapping[str, Content] | None = None,
    ) -> Iterator[None]:
        """`set_annotations` a few options a step; the options listed already, when they begin the new list, stay."""
        labels = labels or {}
        wanted = [a for a in annotations if a.kind not in hidden]
        options = [Option(labels.get(a.id) or option_label(a), id=a.id) for a in wanted]
        kept = 0
        for have, new in zip(self.options, options, strict=False):
            if have.id != new.id or have.prompt != new.prompt:
                break
            kept += 1
        if kept < self.option_count:
            kept = 0
            self.clear_options()
        for first in range(kept, len(options), STEP_OPTIONS):
            self.add_options(options[first : first + STEP_OPTIONS])
            yield

    def label_room(self) -> LabelRoom | None:
        """The rules and width the list measures its labels' heights with; None while it has no room."""
        region = self.scrollable_content_region
        if not region:
            return None
        padding = self.get_component_styles("option-list--option").padding
        styles = self.styles
        rules = RulesMap(
            line_pad=styles.line_pad, text_overflow=styles.text_overflow, text_wrap=styles.text_wrap
        )
        return rules, region.width - self._get_left_gutter_width() - padding.width

    def select(self, annotation_id: str | None) -> None:
        """Highlight an annotation without announcing it."""
        index = None
        if annotation_id is not None:
            try:
                index = self.get_option_index(annotation_id)
            except Exception:  # the annotation is of a hidden kind
                index = None
        before = self.highlighted
        if index is None or before is None or index == before or not self.is_mounted:
            self.highlighted = index
            return
        # Only the two options' lines change: assigning `highlighted` would redraw the whole list.
        self.set_reactive(OptionList.highlighted, index)
        self._refresh_option(before)
        self._refresh_option(index)
        self.watch_highlighted(index)

    def _refresh_option(self, index: int) -> None:
        """Redraw the lines of one option."""
        self._update_lines()
        line = self._index_to_line.get(index)
        if line is not None:
            self.refresh_lines(line, self._heights.get(index, 1))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))
