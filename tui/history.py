"""Where the reader was in each article, and what was opened: one small interface.

The app asks only `save_position`, `position` and `history`; today an in-memory store
answers, and the library (SQLite) answers the same three questions once it is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from tui.library.store import Library

HISTORY_LENGTH = 200


@dataclass(frozen=True, slots=True)
class Position:
    """A reading position: how far the article pane was scrolled, and the annotation selected."""

    scroll_y: float
    annotation_id: str | None = None


class PositionStore(Protocol):
    """Reading positions and history, keyed by the article's address or path."""

    def save_position(self, url: str, scroll_y: float, annotation_id: str | None) -> None:
        """Remember where the reader is in an article (it also goes to the top of the history)."""

    def position(self, url: str) -> Position | None:
        """Where the reader last was in an article."""

    def history(self) -> list[str]:
        """What was read, oldest first."""


class MemoryPositions:
    """Positions and history for this session only."""

    def __init__(self) -> None:
        self._positions: dict[str, Position] = {}

    def save_position(self, url: str, scroll_y: float, annotation_id: str | None) -> None:
        """Remember a position; the article moves to the end of the history."""
        self._positions.pop(url, None)
        self._positions[url] = Position(scroll_y, annotation_id)
        while len(self._positions) > HISTORY_LENGTH:
            del self._positions[next(iter(self._positions))]

    def position(self, url: str) -> Position | None:
        """The last position saved for an article."""
        return self._positions.get(url)

    def history(self) -> list[str]:
        """Every article with a saved position, oldest first."""
        return list(self._positions)


class LibraryPositions:
    """Positions and history kept in the library; a source it does not hold (a local file) in memory."""

    def __init__(self, library: Library, memory: MemoryPositions | None = None) -> None:
        import sqlite3  # loaded with the library: a file shown before it opens needs none of it

        self.library = library
        self.memory = memory or MemoryPositions()
        """This session's other sources (and what was kept before the library was opened)."""
        self.errors = sqlite3.Error

    def save_position(self, url: str, scroll_y: float, annotation_id: str | None) -> None:
        """Save in the library when it holds the article, else (or when it cannot) for this session."""
        try:
            saved = self.library.save_position(url, scroll_y, annotation_id)
        except self.errors:
            saved = False
        if not saved:
            self.memory.save_position(url, scroll_y, annotation_id)

    def position(self, url: str) -> Position | None:
        """The library's saved position, else this session's."""
        try:
            saved = self.library.position(url)
        except self.errors:
            saved = None
        if saved is not None:
            return Position(saved.scroll_y, saved.annotation_id)
        return self.memory.position(url)

    def history(self) -> list[str]:
        """The library's reading history and this session's other sources, oldest first."""
        try:
            kept = [entry.url for entry in reversed(self.library.history())]
        except self.errors:
            kept = []
        return [*dict.fromkeys([*kept, *self.memory.history()])]
