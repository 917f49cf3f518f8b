"""A pane of paragraphs drawn line by line with Textual's Line API: any length opens and moves at once.

The pane keeps a layout of wrapped lines (recomputed on resize, cached per width) and draws
only the lines on screen. Highlights, search matches, the selection and link hints are
styled spans over those lines; changing one of them redraws only the lines it touches.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip

from tui.gil import drawing_answer, key_answered
from tui.layout import BLANK, Layout, Lines, Paragraph
from tui.marks import Mark, Shown, ShownUnits, shown_text
from tui.widgets.pane_drawing import LinkSpan, PaneDrawing

if TYPE_CHECKING:
    from annotations import Annotation
    from parsers import Link

LINE_CACHE = 1024
STEP_UNITS = 50
"""Units a step of `annotation_steps` takes in: a few milliseconds of the UI thread."""
# Where a jump puts its target: this far down the pane (a fraction of its height).
JUMP_PLACE = 1 / 3


class TextPane(PaneDrawing, can_focus=True):
    """Paragraphs in reading order; units among them carry annotations, links and matches."""

    COMPONENT_CLASSES = {
        "pane--law",
        "pane--penalty",
        "pane--tos_quote",
        "pane--selected",
        "pane--link",
        "pane--match",
        "pane--current-match",
        "pane--hint",
        "pane--muted",
        "pane--cursor",
    }
    """What every pane draws; each subclass adds the roles of its paragraphs (fewer classes, quicker restyles)."""

    REPORTS_PAINT: ClassVar[bool] = False
    """Whether the pane says when it first drew a fill (`Painted`): only the article's first paint starts work."""

    class Painted(Message):
        """The pane drew lines of what it was last filled with, for the first time: that text is on screen."""

        def __init__(self, pane: TextPane) -> None:
            super().__init__()
            self.pane = pane

        @property
        def control(self) -> TextPane:
            """The pane that drew."""
            return self.pane

    DEFAULT_CSS = """
    TextPane {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.layout_ = Layout([])
        self.lines = Lines()
        self.order: list[int] | None = None
        """The paragraphs shown, in order; None for all of them."""
        self.units: dict[str, int] = {}
        self._unit_text: dict[int, str] = {}
        self._shown: dict[int, Shown] = {}
        self._inserted: set[int] = set()
        """The units whose shown text holds glyphs (the ones a change of annotations may clear)."""
        self._marks: dict[str, tuple[int, Mark]] = {}
        self._raw_links: dict[int, tuple[Link, ...]] = {}
        self._links: dict[int, tuple[LinkSpan, ...]] = {}
        self._matches: dict[int, tuple[tuple[int, int], ...]] = {}
        self._current_match: tuple[int, int, int] | None = None
        self._selected: str | None = None
        self.emphasis: dict[int, str] = {}
        self._hints: dict[int, list[tuple[int, str]]] = {}
        self._width = 0
        self._styles: dict[str, Style] = {}
        self._base: Style | None = None
        """The pane's own style over its background (Textual walks the ancestors for it on every call)."""
        self._cache: LRUCache[int, Strip] = LRUCache(LINE_CACHE)
        self._painted = True
        """Whether lines of the last fill were drawn (and `Painted` said so)."""
        self._unsized = False
        """Whether the lines were wrapped before the pane had a width (filled as the screen mounted)."""
        self.frames_written = False
        """Whether the frames drawn now are written: while the app starts, Textual holds them back."""

    # -- content ------------------------------------------------------------------------

    def fill(
        self,
        content: list[Paragraph] | Layout,
        links: dict[str, tuple[Link, ...]] | None = None,
        shown: dict[int, Shown] | None = None,
    ) -> None:
        """Attributes down: new paragraphs (a unit's raw text in those with a unit_id), or a layout of them
        made ahead with the units' shown texts; scroll home."""
        self.layout_ = content if isinstance(content, Layout) else Layout(content)
        paragraphs = self.layout_.paragraphs
        self.order = None
        self.units = {p.unit_id: index for index, p in enumerate(paragraphs) if p.unit_id is not None}
        self._unit_text = {index: paragraphs[index].text for index in self.units.values()}
        self._shown, self._marks, self._matches, self._hints = {}, {}, {}, {}
        self._inserted = set()
        self._current_match, self._selected = None, None
        self.emphasis = {}
        shown = shown or {}
        for index, text in self._unit_text.items():
            self._set_shown(index, shown.get(index) or shown_text(text))
        links = links or {}
        self._raw_links = {self.units[uid]: found for uid, found in links.items() if uid in self.units}
        self._map_links()
        self.relayout()
        self.scroll_to(y=0, animate=False)
        self._painted = not self.REPORTS_PAINT

    def _set_shown(self, index: int, shown: Shown) -> None:
        self._shown[index] = shown
        if shown.inserts:
            self._inserted.add(index)
        else:
            self._inserted.discard(index)
        paragraph = self.layout_.paragraphs[index]
        if paragraph.text != shown.text:
            paragraph.text = shown.text
            self.layout_.changed(index)

    def _map_links(self, indices: Iterable[int] | None = None) -> None:
        """Links in shown offsets (they move with the glyphs): of every unit, or of these units."""
        if indices is None:
            self._links = {}
        for index in self._raw_links if indices is None else indices:
            found, shown = self._raw_links.get(index, ()), self._shown[index]
            self._links[index] = tuple((*shown.span(link.start, link.end), link.href) for link in found)

    def set_annotations(
        self, annotations: Iterable[Annotation], hidden: Collection[str], made: ShownUnits | None = None
    ) -> None:
        """Attributes down: the annotations and the kinds hidden (units' shown texts when a worker made them)."""
        for _step in self.annotation_steps(annotations, hidden, made):
            pass

    def annotation_steps(
        self, annotations: Iterable[Annotation], hidden: Collection[str], made: ShownUnits | None = None
    ) -> Iterator[None]:
        """`set_annotations` a few units at a time, each step drawn: the screen takes a long thread's in between keys.

        Only the units whose annotations may change are visited; the marks of those not reached yet
        stay as they were, so a selection keeps its place until the last step.
        """
        by_unit: dict[int, list[Annotation]] = {}
        for annotation in annotations:
            index = self.units.get(annotation.unit_id)
            if index is not None:
                by_unit.setdefault(index, []).append(annotation)
        touched = sorted(by_unit.keys() | self._inserted)
        for first in range(0, max(1, len(touched)), STEP_UNITS):
            anchor = self._anchor()
            for index in touched[first : first + STEP_UNITS]:
                self._annotate_unit(index, by_unit.get(index, ()), hidden, made)
            self.relayout()
            self._restore(anchor)
            yield

    def _annotate_unit(
        self, index: int, found: Sequence[Annotation], hidden: Collection[str], made: ShownUnits | None
    ) -> None:
        """One unit's shown text, marks and links for its annotations."""
        for mark in self._shown[index].marks:
            if self._marks.get(mark.annotation_id, (None,))[0] == index:
                del self._marks[mark.annotation_id]
        text = self._unit_text[index]
        shown = made.get(self.layout_.paragraphs[index].unit_id or "", text, hidden) if made else None
        self._set_shown(index, shown or shown_text(text, found, hidden))
        for mark in self._shown[index].marks:
            self._marks[mark.annotation_id] = (index, mark)
        if index in self._raw_links:
            self._map_links((index,))

    def set_order(self, order: list[int] | None) -> None:
        """Attributes down: which paragraphs show (threads collapse, filters apply)."""
        anchor = self._anchor()
        self.order = order
        self.relayout()
        self._restore(anchor)

    def update_paragraph(self, index: int, text: str, lead: str | None = None) -> None:
        """Change one paragraph of ours (a header): it re-wraps alone."""
        paragraph = self.layout_.paragraphs[index]
        if paragraph.text != text or (lead is not None and lead != paragraph.lead):
            paragraph.text = text
            paragraph.lead = paragraph.lead if lead is None else lead
            self.layout_.changed(index)

    def start_writing(self) -> None:
        """Attributes down: the app writes the frames drawn from now on (a frame drawn while it started was not)."""
        self.frames_written = True
        if not self._painted:
            self.refresh()  # drawn again, in a frame that is written: then the pane says it drew

    # -- layout -------------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        """The cells a line may take."""
        return max(1, self.scrollable_content_region.width)

    def relayout(self) -> None:
        """Wrap every shown paragraph at the pane's width (cached per width) and redraw."""
        self._width = self.text_width
        self._unsized = not self.scrollable_content_region.width
        self.lines = self.layout_.lines(self._width, self.order)
        self._cache.clear()
        self._set_virtual_size(Size(self._width, len(self.lines)))
        self.refresh()

    def _set_virtual_size(self, size: Size) -> None:
        """A new scrollable size without a new layout of the screen.

        The pane's own size never depends on its text, and its scrollbar gutter is reserved
        (`scrollbar-gutter: stable`), so only the scrollbars need to hear of it; assigning
        `virtual_size` would lay the whole screen out again, which a key press cannot afford.
        """
        room = self.scrollable_content_region.height
        overflow_changes = self.styles.overflow_y == "auto" and (
            (self.virtual_size.height > room) != (size.height > room)
        )
        if not self.is_mounted or not self.size or overflow_changes:
            self.virtual_size = size  # a scrollbar appears or goes: that is a new layout
            return
        if size == self.virtual_size:
            return  # the scrollbars stand as they were: redrawing them would cost a key press
        self.set_reactive(TextPane.virtual_size, size)
        self._scroll_update(size)

    def on_resize(self) -> None:
        if self.text_width != self._width:
            anchor = self._anchor()
            self.relayout()
            self._restore(anchor)

    def _anchor(self) -> tuple[int, int] | None:
        """The paragraph and offset at the top of the pane, to keep in place across a relayout."""
        top = int(self.scroll_offset.y)
        for line in range(top, min(len(self.lines), top + 50)):
            if self.lines.paragraph[line] != BLANK:
                return self.lines.paragraph[line], self.lines.start[line]
        return None

    def _restore(self, anchor: tuple[int, int] | None) -> None:
        if anchor is None or int(self.scroll_offset.y) == 0:
            return
        line = self.lines.line_of(*anchor)
        if line is not None:
            self.scroll_to(y=line, animate=False)

    # -- state that restyles lines ------------------------------------------------------

    def select(self, annotation_id: str | None) -> int | None:
        """Mark an annotation as selected; returns its screen line when it is in this pane."""
        before = self._marks.get(self._selected or "")
        self._selected = annotation_id
        after = self._marks.get(annotation_id or "")
        self.refresh_paragraphs(found[0] for found in (before, after) if found)
        return self.line_of_annotation(annotation_id)

    def line_of_annotation(self, annotation_id: str | None) -> int | None:
        """The screen line where an annotation starts, when it is in this pane and shown."""
        found = self._marks.get(annotation_id or "")
        return self.lines.line_of(found[0], found[1].start) if found else None

    def show_matches(
        self, matches: dict[str, list[tuple[int, int]]], current: tuple[str, int, int] | None
    ) -> int | None:
        """Search matches by unit (unit offsets) and the current one; returns the current one's line."""
        touched = set(self._matches)
        if self._current_match:
            touched.add(self._current_match[0])
        self._matches = {}
        for unit_id, spans in matches.items():
            index = self.units.get(unit_id)
            if index is not None:
                self._matches[index] = tuple(self._shown[index].span(s, e) for s, e in spans)
        self._current_match = None
        line = None
        if current is not None and (index := self.units.get(current[0])) is not None:
            start, end = self._shown[index].span(current[1], current[2])
            self._current_match = (index, start, end)
            line = self.lines.line_of(index, start)
        self.refresh_paragraphs(touched | set(self._matches))
        return line

    def set_emphasis(self, emphasis: dict[int, str]) -> None:
        """Paragraphs drawn with an extra style (a cursor)."""
        touched = set(self.emphasis) | set(emphasis)
        self.emphasis = emphasis
        self.refresh_paragraphs(touched)

    def refresh_paragraphs(self, indices: Iterable[int]) -> None:
        """Redraw only the screen lines of these paragraphs."""
        for index in set(indices):
            lines = self.lines.span(index)
            if lines:
                for line in lines:
                    self._cache.discard(line)
                self.refresh_lines(lines.start, len(lines))

    # -- links and hints ----------------------------------------------------------------

    def visible_links(self) -> list[tuple[int, int, str]]:
        """(paragraph, shown offset, href) of every link that starts on a line now on screen."""
        top = int(self.scroll_offset.y)
        bottom = min(len(self.lines), top + self.scrollable_content_region.height)
        found = []
        seen: set[tuple[int, int]] = set()
        for line in range(top, bottom):
            index = self.lines.paragraph[line]
            first, last = self.lines.start[line], max(self.lines.end[line], self.lines.start[line] + 1)
            for start, _end, href in self._links.get(index, ()):
                if first <= start < last and (index, start) not in seen:
                    seen.add((index, start))
                    found.append((index, start, href))
        return found

    def show_hints(self, hints: Sequence[tuple[int, int, str]]) -> None:
        """Draw each (paragraph, offset, label) over the link it names; an empty list clears them."""
        touched = set(self._hints)
        self._hints = {}
        for index, offset, label in hints:
            self._hints.setdefault(index, []).append((offset, label))
        self.refresh_paragraphs(touched | set(self._hints))

    # -- scrolling ----------------------------------------------------------------------

    def scroll_to_line(self, line: int | None, *, top: bool = False) -> None:
        """Bring a screen line into view (a third of the way down), or to the top."""
        if line is None:
            return
        height = self.scrollable_content_region.height
        first = int(self.scroll_offset.y)
        if top or not first <= line < first + height:
            self.scroll_to(y=line if top else max(0, line - int(height * JUMP_PLACE)), animate=False)

    def action_scroll_down(self) -> None:
        self.scroll_to(y=self.scroll_y + 1, animate=False)

    def action_scroll_up(self) -> None:
        self.scroll_to(y=self.scroll_y - 1, animate=False)

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + self.scrollable_content_region.height, animate=False)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - self.scrollable_content_region.height, animate=False)

    # -- drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        if self._unsized and self.scrollable_content_region.width:
            # Filled before the screen's first layout: wrap at the width the pane has now, in this frame,
            # instead of drawing the text one cell wide until the Resize event (which comes after it).
            self.relayout()
        if not self._painted and self.frames_written:
            # Drawn in the frame being written now; the message is handled once it is written.
            self._painted = True
            self.post_message(self.Painted(self))
        if drawing_answer():
            # The first frame since a key's bindings ran: its answer. Workers go on once it is written.
            self.call_later(key_answered)
        index = int(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        strip = self._cache.get(index)
        if strip is None:
            strip = self._draw(index, width)
            self._cache[index] = strip
        return strip
