"""What every part of the reading screen reads: the article shown, its annotations and the selection.

MainScreen is put together from several base classes, one a job (selection, side panes, history,
actions, status notes); each reads the same state, declared here once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

if TYPE_CHECKING:
    from textual.content import Content

    from annotations import Annotated, Annotation
    from tui.sources import Opened


class ReadingState(Screen[None]):
    """The article shown, its annotations and the selected one; MainScreen sets them."""

    opened: Opened | None
    annotated: Annotated | None
    complete: bool
    selected: int | None
    hidden: set[str]
    _labels: dict[str, Content]

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        """The annotations of the article shown (none until they arrive)."""
        return self.annotated.annotations if self.annotated else ()

    @property
    def selected_annotation(self) -> Annotation | None:
        """The annotation under the cursor; None before the first `]`."""
        return self.annotations[self.selected] if self.selected is not None else None

    def say(self, note: str) -> None:
        """A short note on the status line (what a key did, or why it did nothing); `StatusNotes` writes it."""
        raise NotImplementedError
