"""The one way page text reaches the screen: plain Content, Text or Segments, never markup.

Page text has been cleaned by the core's sanitiser already; it is cleaned again here so that
nothing from a page can reach the terminal as a control byte, whatever path it came by.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.content import Content

from parsers.sanitize import clean_text


def safe_str(text: str | None) -> str:
    """Page text with every control character shown as a visible symbol; same length."""
    return clean_text(text or "")


def plain(text: str | None) -> Content:
    """Page text as Content: literal, no markup, no control codes."""
    return Content(safe_str(text))


def plain_text(text: str | None, style: Style | str = "") -> Text:
    """Page text as a Rich Text: literal, no markup, no control codes."""
    return Text(safe_str(text), style=style)


def segment(text: str, style: Style | None = None) -> Segment:
    """A stretch of page text as a Segment for a Line API widget: literal, no control codes."""
    return Segment(clean_text(text).replace("\n", " "), style)
