"""The one way page text reaches the screen: plain Content or Text, never markup.

Page text has been cleaned by the core's sanitiser already; it is cleaned again here so that
nothing from a page can reach the terminal as a control byte, whatever path it came by.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.content import Content

from parsers.sanitize import clean_text


def plain(text: str | None) -> Content:
    """Page text as Content: literal, no markup, no control codes."""
    return Content(clean_text(text or ""))


def plain_text(text: str | None, style: Style | str = "") -> Text:
    """Page text as a Rich Text: literal, no markup, no control codes."""
    return Text(clean_text(text or ""), style=style)


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of a unit's text to draw in a style, with a glyph before it."""

    start: int
    end: int
    style: Style
    glyph: str


def highlighted(
    text: str,
    highlights: Iterable[Highlight],
    overlays: Iterable[tuple[int, int, Style]] = (),
    base: Style | str = "",
) -> Text:
    """Page text with highlighted spans, each preceded by its glyph, and overlays (search matches) on top.

    Overlay offsets are offsets into `text`; they are moved past the glyphs inserted before them.
    """
    text = clean_text(text)
    result = Text(style=base)
    position = 0
    inserted: list[tuple[int, int]] = []  # (text offset, glyph length) of each glyph put in
    for mark in sorted(highlights, key=lambda item: item.start):
        if mark.start < position:
            continue
        result.append(text[position : mark.start])
        result.append(mark.glyph, style=mark.style)
        inserted.append((mark.start, len(mark.glyph)))
        result.append(text[mark.start : mark.end], style=mark.style)
        position = mark.end
    result.append(text[position:])
    for start, end, style in overlays:
        shift_start = sum(length for at, length in inserted if at <= start)
        shift_end = sum(length for at, length in inserted if at < end)
        result.stylize(style, start + shift_start, end + shift_end)
    return result
