"""Lines of a plain-text page, and units of text built from them with their offset maps."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from parsers.model import OffsetMap

_LINE_END = re.compile(r"\n")
TAB_WIDTH = 4


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: its stripped text, where that text starts in the input, its indent."""

    number: int
    text: str
    start: int
    indent: int


def split_lines(text: str) -> list[Line | None]:
    """Every line of `text` in order; a blank line is None."""
    lines: list[Line | None] = []
    position = 0
    for number, raw in enumerate(_LINE_END.split(text)):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            indent = len(raw[:lead].expandtabs(TAB_WIDTH))
            lines.append(Line(number, stripped, position + lead, indent))
        else:
            lines.append(None)
        position += len(raw) + 1
    return lines


def chunks(lines: list[Line | None]) -> list[list[Line]]:
    """Runs of consecutive non-blank lines."""
    found: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line is None:
            if current:
                found.append(current)
                current = []
        else:
            current.append(line)
    if current:
        found.append(current)
    return found


@dataclass(slots=True)
class UnitBuilder:
    """Builds a unit's text from pieces of the input, recording where each piece came from."""

    parts: list[str] = field(default_factory=list)
    runs: list[tuple[int, int, int]] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, source_start: int | None = None, separator: str = "") -> None:
        """Append `separator` (made up) and then `text` (from `source_start` when given)."""
        if self.parts and separator:
            self.parts.append(separator)
            self.length += len(separator)
        if source_start is not None and text:
            self.runs.append((self.length, source_start, len(text)))
        self.parts.append(text)
        self.length += len(text)

    def add_line(self, line: Line, separator: str = " ", skip: int = 0) -> None:
        """Append a line's text from character `skip` on."""
        self.add(line.text[skip:], line.start + skip, separator)

    @property
    def text(self) -> str:
        """The text built so far."""
        return "".join(self.parts)

    def offsets(self) -> OffsetMap:
        """The offset map of the text built so far."""
        return OffsetMap(tuple(self.runs))


def join_lines(lines: list[Line], separator: str = " ") -> tuple[str, OffsetMap]:
    """The lines joined into one unit's text, with its offset map."""
    builder = UnitBuilder()
    for line in lines:
        builder.add_line(line, separator)
    return builder.text, builder.offsets()


def wider_than(text: str, columns: int, narrow_mixed: bool = False) -> bool:
    """Whether `text` takes more than `columns` columns, a wide character (Chinese, Japanese, Korean) two.
    With `narrow_mixed`, a line mostly of narrow characters (English wrapped by hand with a few Chinese
    words in it) is measured in characters, as its writer wrapped it. Only a line of at most `columns`
    characters is measured, so a long one costs nothing."""
    if len(text) > columns:
        return True
    if 2 * len(text) <= columns:
        return False
    wide = sum(1 for char in text if unicodedata.east_asian_width(char) in "WF")
    return (2 * wide >= len(text) or not narrow_mixed) and len(text) + wide > columns
