"""Wrapping paragraphs into screen lines for the Line API panes: plain Python, cached per width.

A pane holds a list of paragraphs; its layout at a width is three parallel lists (paragraph,
start, end) with one entry per screen line, so drawing line `y` and finding the line of an
offset are both a list look-up or a bisection, whatever the length of the page.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from rich.cells import get_character_cell_size

# Characters one cell wide that pages use all the time (Latin, Greek, Cyrillic, punctuation,
# currency signs, arrows, box drawing): text made only of them wraps by counting characters.
_SINGLE_CELL_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0x2FF),
    (0x370, 0x482),
    (0x48A, 0x4FF),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x20A0, 0x20C0),
    (0x2100, 0x214F),
    (0x2190, 0x21FF),
    (0x2400, 0x2426),
    (0x2500, 0x25FC),
    (0xFFFD, 0xFFFD),
)
SINGLE_CELL = frozenset(chr(code) for first, last in _SINGLE_CELL_RANGES for code in range(first, last + 1))
BLANK = -1
"""The paragraph index of a blank line between paragraphs."""


def is_single_cell(text: str) -> bool:
    """Whether every character of `text` takes exactly one cell."""
    return (text.isascii() and text.isprintable()) or SINGLE_CELL.issuperset(text)


def _wrap_simple(text: str, start: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    """Wrap text[start:end] (one cell a character, no newline) at spaces; cut words longer than a line."""
    position = start
    while end - position > width:
        cut = text.rfind(" ", position, position + width + 1)
        if cut <= position:
            out.append((position, position + width))
            position += width
        else:
            out.append((position, cut))
            position = cut + 1
        while position < end and text[position] == " ":
            position += 1
    if position < end or not out or out[-1][1] < start:
        out.append((position, end))


def _wrap_cells(text: str, start: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    """Wrap text[start:end] counting each character's cells (wide and zero-width characters)."""
    line_start, used, last_space = start, 0, -1
    position = start
    while position < end:
        char = text[position]
        cells = get_character_cell_size(char)
        if char == " ":
            last_space = position
        if used + cells > width and position > line_start:
            if last_space > line_start:
                out.append((line_start, last_space))
                position = last_space + 1
            else:
                out.append((line_start, position))
            while position < end and text[position] == " ":
                position += 1
            line_start, used, last_space = position, 0, -1
            continue
        used += cells
        position += 1
    out.append((line_start, end))


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) offsets of each screen line of `text` at `width` cells; always at least one line."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    simple = is_single_cell(text.replace("\n", " "))
    start = 0
    while True:
        newline = text.find("\n", start)
        end = len(text) if newline < 0 else newline
        if simple:
            _wrap_simple(text, start, end, width, lines)
        else:
            _wrap_cells(text, start, end, width, lines)
        if newline < 0:
            return lines
        start = newline + 1


@dataclass(slots=True)
class Paragraph:
    """One stretch of text a pane draws: a unit, or a line of ours (a byline, a comment header)."""

    key: str
    text: str
    role: str
    lead: str = ""
    """Drawn before the first line (a bullet, a quote bar)."""
    lead_rest: str | None = None
    """Drawn before every later line; None: as many spaces as the lead."""
    indent: int = 0
    gap: int = 1
    """Blank lines after the paragraph."""
    unit_id: str | None = None
    spans: tuple[tuple[int, int, str], ...] = ()
    """Stretches of our own words drawn in a named style (a badge)."""


@dataclass(slots=True)
class Lines:
    """The screen lines of a pane at one width: parallel lists, one entry per line."""

    paragraph: list[int] = field(default_factory=list)
    start: list[int] = field(default_factory=list)
    end: list[int] = field(default_factory=list)
    first_line: dict[int, int] = field(default_factory=dict)
    """The first screen line of each shown paragraph."""

    def __len__(self) -> int:
        return len(self.paragraph)

    def span(self, index: int) -> range:
        """The screen lines of paragraph `index` (empty when it is not shown)."""
        first = self.first_line.get(index)
        if first is None:
            return range(0)
        last = first
        while last + 1 < len(self.paragraph) and self.paragraph[last + 1] == index:
            last += 1
        return range(first, last + 1)

    def line_of(self, index: int, offset: int) -> int | None:
        """The screen line that shows character `offset` of paragraph `index`."""
        lines = self.span(index)
        if not lines:
            return None
        starts = self.start[lines.start : lines.stop]
        return lines.start + max(0, bisect.bisect_right(starts, offset) - 1)


class Layout:
    """Paragraphs and their wrapped lines, cached per width; a changed paragraph re-wraps alone.

    The lines of every paragraph at the last width asked for are kept, and a paragraph that
    changed is spliced into them: 2,000 annotations arriving over 5,000 comments re-wrap the
    comments they mark instead of laying out 10,000 paragraphs again.
    """

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self._wraps: dict[int, list[tuple[list[int], list[int]] | None]] = {}
        self._whole: tuple[int, Lines, list[tuple[int, int]]] | None = None
        """(width, the lines of every paragraph, each one's count of lines and of blank lines) at the last width."""
        self._stale: set[int] = set()
        """Paragraphs changed since `_whole` was brought up to date."""

    def text_width(self, paragraph: Paragraph, width: int) -> int:
        """The cells a paragraph's text may take on a line."""
        return max(1, width - paragraph.indent - len(paragraph.lead))

    def changed(self, index: int) -> None:
        """Forget the wrapping of a paragraph whose text, lead or gap changed."""
        for wraps in self._wraps.values():
            wraps[index] = None
        self._stale.add(index)

    def wrapped(self, index: int, width: int) -> tuple[list[int], list[int]]:
        """The starts and ends of one paragraph's lines at `width`."""
        wraps = self._wraps.get(width)
        if wraps is None:
            wraps = self._wraps[width] = [None] * len(self.paragraphs)
        found = wraps[index]
        if found is None:
            paragraph = self.paragraphs[index]
            lines = wrap(paragraph.text, self.text_width(paragraph, width))
            found = wraps[index] = ([start for start, _ in lines], [end for _, end in lines])
        return found

    def lines(self, width: int, shown: list[int] | None = None) -> Lines:
        """The screen lines at `width` of the paragraphs `shown` (all when None), in their order.

        All of them at the width asked for last are the same `Lines`, brought up to date in place.
        """
        if shown is not None:
            return self._build(width, shown)[0]
        if self._whole is None or self._whole[0] != width:
            self._stale = set()
            built, sizes = self._build(width, None)
            self._whole = (width, built, sizes)
        elif self._stale:
            self._splice(*self._whole)
        return self._whole[1]

    def _build(self, width: int, shown: list[int] | None) -> tuple[Lines, list[tuple[int, int]]]:
        """The lines of the paragraphs `shown` (all when None), and each one's count of lines and of blank lines."""
        result = Lines()
        paragraph, starts, ends, first_line = result.paragraph, result.start, result.end, result.first_line
        sizes: list[tuple[int, int]] = []
        wraps = self._wraps.get(width)
        if wraps is None:
            wraps = self._wraps[width] = [None] * len(self.paragraphs)
        for index in range(len(self.paragraphs)) if shown is None else shown:
            found = wraps[index] or self.wrapped(index, width)
            first_line[index] = len(paragraph)
            paragraph.extend([index] * len(found[0]))
            starts.extend(found[0])
            ends.extend(found[1])
            gap = self.paragraphs[index].gap
            if gap:
                paragraph.extend([BLANK] * gap)
                starts.extend([0] * gap)
                ends.extend([0] * gap)
            sizes.append((len(found[0]), gap))
        return result, sizes

    def _splice(self, width: int, whole: Lines, sizes: list[tuple[int, int]]) -> None:
        """Re-wrap the changed paragraphs into `whole`, moving the lines after one that grew or shrank."""
        moved, resized = 0, False
        for index in sorted(self._stale):
            starts, ends = self.wrapped(index, width)
            size = (len(starts), self.paragraphs[index].gap)
            first = whole.first_line[index] + moved
            if size == sizes[index]:
                whole.start[first : first + size[0]] = starts
                whole.end[first : first + size[0]] = ends
                continue
            stop = first + sum(sizes[index])
            whole.paragraph[first:stop] = [index] * size[0] + [BLANK] * size[1]
            whole.start[first:stop] = starts + [0] * size[1]
            whole.end[first:stop] = ends + [0] * size[1]
            moved += sum(size) - sum(sizes[index])
            sizes[index], resized = size, True
        self._stale = set()
        if resized:
            first_line, line = whole.first_line, 0
            for index, (count, gap) in enumerate(sizes):
                first_line[index] = line
                line += count + gap
