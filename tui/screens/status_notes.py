"""The reading screen's status line: a short note on what a key did, then the annotation counts."""

from __future__ import annotations

from textual.timer import Timer

from tui.kinds import KINDS
from tui.screens.reading_state import ReadingState
from tui.widgets.status_line import StatusLine

NOTE_SECONDS = 4
"""How long a note stays on the status line."""
ANNOTATING = "Finding laws, penalties and terms-of-service quotes…"


class StatusNotes(ReadingState):
    """Notes and counts on the status line; MainScreen holds the article they are about."""

    _note: str | None = None
    _note_timer: Timer | None = None

    def say(self, note: str) -> None:
        """A short note on the status line, before the counts, for a few seconds (quieter than a toast)."""
        self._note = note
        if self._note_timer is not None:
            self._note_timer.stop()
        self._note_timer = self.set_timer(NOTE_SECONDS, self._forget_note)
        self._status()

    def _forget_note(self) -> None:
        if self._note_timer is not None:
            self._note_timer.stop()
        self._note, self._note_timer = None, None
        self._status()

    def _status(self) -> None:
        """The status line: a note, then annotation counts by kind and which kinds are hidden."""
        self.query_one(StatusLine).show("  ·  ".join(part for part in (self._note, self._counts()) if part))

    def _counts(self) -> str:
        if self.opened is None:
            return ""
        if self.annotated is None:
            return ANNOTATING
        counts = {kind: sum(a.kind == kind for a in self.annotated.annotations) for kind in KINDS}
        parts = [
            f"{KINDS[kind].glyph} {KINDS[kind].count(number)}" + (" (hidden)" if kind in self.hidden else "")
            for kind, number in counts.items()
        ]
        so_far = "" if self.complete else f" so far · {ANNOTATING}"
        return "  ".join(parts) + so_far
