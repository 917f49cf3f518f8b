"""A scrolling pane of units (blocks or comments) that mounts them in batches as the reader goes.

A page with thousands of comments would otherwise mount thousands of widgets at once, and
every layout change would walk them all; batches keep the screen quick, and a unit is
mounted early whenever navigation or search needs it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from annotations import Annotation
from tui.safe import plain
from tui.search import Match
from tui.widgets.unit_text import UnitText

BATCH = 150
# How close to the end of the pane (in lines) scrolling mounts the next batch.
NEAR_END = 10


@dataclass(frozen=True, slots=True)
class Entry:
    """One unit to show: its id, and how to build its widgets (the UnitText last)."""

    unit_id: str
    build: Callable[[], list[Widget]]


def units_with_annotations(
    units: list[tuple[str, str]], annotations: tuple[Annotation, ...]
) -> list[tuple[str, str, tuple[Annotation, ...]]]:
    """Each unit with the annotations that fall in it."""
    by_unit: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_unit.setdefault(annotation.unit_id, []).append(annotation)
    return [(unit_id, text, tuple(by_unit.get(unit_id, ()))) for unit_id, text in units]


class UnitPane(VerticalScroll):
    """Units in reading order, mounted in batches; scrolls a selected annotation or match into view."""

    def __init__(self, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self._entries: list[Entry] = []
        self._index: dict[str, int] = {}
        self._mounted = 0
        self._more: Static | None = None
        self._hidden: frozenset[str] = frozenset()
        self._selected_id: str | None = None
        self._matches: dict[str, tuple[tuple[int, int], ...]] = {}

    def fill(self, head: list[Widget], entries: list[Entry]) -> None:
        """Attributes down: replace the pane's content; the first batch is mounted now."""
        self.remove_children()
        self._entries = entries
        self._index = {entry.unit_id: index for index, entry in enumerate(entries)}
        self._mounted = 0
        self._more = None
        self.mount_all(head)
        self._mount_until(BATCH - 1)
        self.scroll_home(animate=False)

    def _mount_until(self, last: int) -> None:
        """Mount every entry up to index `last`, with the current highlights."""
        widgets: list[Widget] = []
        while self._mounted <= min(last, len(self._entries) - 1):
            built = self._entries[self._mounted].build()
            unit = built[-1]
            if isinstance(unit, UnitText):
                unit.hidden, unit.selected_id = self._hidden, self._selected_id
                unit.matches = self._matches.get(unit.unit_id, ())
            widgets.extend(built)
            self._mounted += 1
        if widgets:
            if self._more is not None:
                self.mount_all(widgets, before=self._more)
            else:
                self.mount_all(widgets)
        self._update_more()

    def _update_more(self) -> None:
        left = len(self._entries) - self._mounted
        if left and self._more is None:
            self._more = Static(classes="more")
            self.mount(self._more)
        if self._more is not None:
            if left:
                self._more.update(plain(f"{left} more below: scroll on, or press ] to reach them"))
            else:
                self._more.remove()
                self._more = None

    def watch_scroll_y(self, old: float, new: float) -> None:
        """Mount the next batch when the reader nears the end."""
        super().watch_scroll_y(old, new)
        if self._mounted < len(self._entries) and new >= self.max_scroll_y - NEAR_END:
            self._mount_until(self._mounted + BATCH - 1)

    def unit(self, unit_id: str) -> UnitText | None:
        """The widget that draws a unit, mounting it (and those before it) when it is not yet there."""
        index = self._index.get(unit_id)
        if index is not None and index >= self._mounted:
            self._mount_until(index)
        for widget in self.query(UnitText):
            if widget.unit_id == unit_id:
                return widget
        return None

    def _scroll_into_view(self, target: UnitText) -> None:
        self.call_after_refresh(self.scroll_to_widget, target, animate=False, top=False)

    def show(self, hidden: Collection[str], selected: Annotation | None) -> None:
        """Attributes down to every unit; scroll to the selected annotation when it is here."""
        self._hidden = frozenset(hidden)
        self._selected_id = selected.id if selected else None
        if selected is not None and (target := self.unit(selected.unit_id)) is not None:
            self._scroll_into_view(target)
        for widget in self.query(UnitText):
            widget.show(self._hidden, self._selected_id)

    def show_matches(self, matches: tuple[Match, ...], current: Match | None) -> None:
        """Attributes down: search matches to highlight; scroll to the current one when it is here."""
        by_unit: dict[str, list[tuple[int, int]]] = {}
        for match in matches:
            by_unit.setdefault(match.unit_id, []).append((match.start, match.end))
        self._matches = {unit_id: tuple(spans) for unit_id, spans in by_unit.items()}
        if current is not None and (target := self.unit(current.unit_id)) is not None:
            self._scroll_into_view(target)
        for widget in self.query(UnitText):
            widget.show_matches(self._matches.get(widget.unit_id, ()))
