"""A pane of paragraphs drawn line by line with Textual's Line API: any length opens and moves at once.

The pane keeps a layout of wrapped lines (recomputed on resize, cached per width) and draws
only the lines on screen. Highlights, search matches, the selection and link hints are
styled spans over those lines; changing one of them redraws only the lines it touches.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.gil import drawing_answer, key_answered
from tui.layout import BLANK, Layout, Lines, Paragraph
from tui.line_pieces import Span, overlay, pieces
from tui.marks import Mark, Shown, ShownUnits, shown_text
from tui.safe import segment

if TYPE_CHECKING:
    from annotations import Annotation
    from parsers import Link

LINE_CACHE = 1024
# Where a jump puts its target: this far down the pane (a fraction of its height).
JUMP_PLACE = 1 / 3
Link_ = tuple[int, int, str]


class TextPane(ScrollView, can_focus=True):
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
        self._marks: dict[str, tuple[int, Mark]] = {}
        self._raw_links: dict[int, tuple[Link, ...]] = {}
        self._links: dict[int, tuple[Link_, ...]] = {}
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
        paragraph = self.layout_.paragraphs[index]
        if paragraph.text != shown.text:
            paragraph.text = shown.text
            self.layout_.changed(index)

    def _map_links(self) -> None:
        """Links in shown offsets (they move with the glyphs)."""
        self._links = {}
        for index, found in self._raw_links.items():
            shown = self._shown[index]
            self._links[index] = tuple((*shown.span(link.start, link.end), link.href) for link in found)

    def set_annotations(
        self, annotations: Iterable[Annotation], hidden: Collection[str], made: ShownUnits | None = None
    ) -> None:
        """Attributes down: the annotations and the kinds hidden (units' shown texts when a worker made them)."""
        by_unit: dict[int, list[Annotation]] = {}
        for annotation in annotations:
            index = self.units.get(annotation.unit_id)
            if index is not None:
                by_unit.setdefault(index, []).append(annotation)
        anchor = self._anchor()
        self._marks = {}
        for index, text in self._unit_text.items():
            found = by_unit.get(index, ())
            if found or self._shown[index].inserts:
                shown = made.get(self.layout_.paragraphs[index].unit_id or "", text, hidden) if made else None
                self._set_shown(index, shown or shown_text(text, found, hidden))
            for mark in self._shown[index].marks:
                self._marks[mark.annotation_id] = (index, mark)
        self._map_links()
        self.relayout()
        self._restore(anchor)

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

    def notify_style_update(self) -> None:
        """A theme or stylesheet change: look the styles up again."""
        super().notify_style_update()
        self._styles, self._base = {}, None
        self._cache.clear()

    def style(self, name: str) -> Style:
        """The style of a component class, its colours blended over the pane's background.

        Textual's partial styles drop transparency and `auto` colours; highlights are laid over
        one another, so each is computed here against what it is drawn on.
        """
        style = self._styles.get(name)
        if style is None and f"pane--{name}" not in self._get_component_classes():
            style = self._styles[name] = Style()  # a role this pane gives no style of its own
        if style is None:
            styles = self.get_component_styles(f"pane--{name}")
            under = self.background_colors[1]
            background = None
            if styles.has_rule("background") and styles.background.a > 0:
                background = under = under + styles.background
            color = None
            if styles.has_rule("color"):
                wanted = under.get_contrast_text(styles.color.a) if styles.auto_color else styles.color
                color = under + wanted
            style = Style(
                color=color.rich_color if color else None,
                bgcolor=background.rich_color if background else None,
            )
            style += styles.text_style
            self._styles[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        if self._unsized and self.scrollable_content_region.width:
            # Filled before the screen's first layout: wrap at the width the pane has now, in this frame,
            # instead of drawing the text one cell wide until the Resize event (which comes after it).
            self.relayout()
        if not self._painted and not self.app._batch_count:
            # Drawn in the frame being written now; the message is handled once it is written. (While the
            # app starts, Textual holds its updates: a frame drawn then is never written.)
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

    def line_text(self, index: int) -> str:
        """The plain text of screen line `index`, as drawn (indent, lead, glyphs and hints included)."""
        return self._draw(index, self._width).text

    def _spans(self, index: int) -> list[Span]:
        """The styled spans of a paragraph, lowest layer first."""
        spans = [Span(start, end, "link") for start, end, _href in self._links.get(index, ())]
        spans += [Span(s, e, style) for s, e, style in self.layout_.paragraphs[index].spans]
        shown = self._shown.get(index)
        if shown is not None:
            for mark in shown.marks:
                spans.append(Span(mark.start, mark.end, mark.kind))
                if mark.annotation_id == self._selected:
                    spans.append(Span(mark.start, mark.end, "selected"))
        spans += [Span(s, e, "match") for s, e in self._matches.get(index, ())]
        if self._current_match and self._current_match[0] == index:
            spans.append(Span(self._current_match[1], self._current_match[2], "current-match"))
        return spans

    def _draw(self, index: int, width: int) -> Strip:
        """One screen line as a Strip: indent, lead, then the text cut into styled segments."""
        base = self._base
        if base is None:
            base = self._base = self.rich_style
        if index >= len(self.lines) or self.lines.paragraph[index] == BLANK:
            return Strip.blank(width, base)
        number = self.lines.paragraph[index]
        paragraph = self.layout_.paragraphs[number]
        style = base + self.style(paragraph.role)
        if number in self.emphasis:
            style += self.style(self.emphasis[number])
        first = self.lines.first_line.get(number) == index
        rest = " " * len(paragraph.lead) if paragraph.lead_rest is None else paragraph.lead_rest
        lead = paragraph.lead if first else rest
        segments = [Segment(" " * paragraph.indent, base)] if paragraph.indent else []
        if lead:
            segments.append(segment(lead, style))
        start, end = self.lines.start[index], self.lines.end[index]
        line, hint_spans = overlay(paragraph.text, start, end, self._hints.get(number, ()))
        for text, names in pieces(line, start, [*self._spans(number), *hint_spans]):
            piece_style = style
            for name in names:
                piece_style += self.style(name)
            segments.append(segment(text, piece_style))
        return Strip(segments).crop_extend(0, width, base)
