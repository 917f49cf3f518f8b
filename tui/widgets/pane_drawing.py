"""How a text pane turns one of its screen lines into styled segments: the drawing half of `TextPane`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.layout import BLANK, Layout, Lines
from tui.line_pieces import Span, overlay, pieces
from tui.safe import segment

if TYPE_CHECKING:
    from tui.marks import Shown

LinkSpan = tuple[int, int, str]
"""A link in shown offsets: start, end, address."""


class PaneDrawing(ScrollView):
    """Draws a pane's lines from its layout and the spans laid over it; `TextPane` keeps that state."""

    layout_: Layout
    lines: Lines
    emphasis: dict[int, str]
    _shown: dict[int, Shown]
    _links: dict[int, tuple[LinkSpan, ...]]
    _matches: dict[int, tuple[tuple[int, int], ...]]
    _current_match: tuple[int, int, int] | None
    _selected: str | None
    _hints: dict[int, list[tuple[int, str]]]
    _width: int
    _styles: dict[str, Style]
    _base: Style | None
    _cache: LRUCache[int, Strip]

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
