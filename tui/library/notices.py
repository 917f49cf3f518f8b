"""What the app tells the reader about where an article came from: a saved copy, a changed page."""

from __future__ import annotations

from typing import Literal

from tui.library.loading import offline_sentence
from tui.library.store import show_saved_at
from tui.sources import Loaded

# A notification lists at most this many changes; the rest are counted.
MAX_CHANGE_LINES = 8
Severity = Literal["information", "warning", "error"]


def loaded_notice(loaded: Loaded) -> tuple[str, Severity] | None:
    """The notification for a loaded article, with its severity; None when there is nothing to say."""
    if loaded.saved_at is not None:
        return offline_sentence(loaded), "warning" if loaded.problem else "information"
    if loaded.changes is not None:
        changes = loaded.changes
        lines = changes.lines()
        shown = lines[:MAX_CHANGE_LINES]
        if len(lines) > len(shown):
            shown.append(f"and {len(lines) - len(shown)} more")
        heading = (
            f"The page changed since the copy of {show_saved_at(changes.older_saved_at)}: {changes.counts()}."
        )
        return "\n".join([heading, *shown]), "information"
    if loaded.problem:
        return f"{loaded.problem[0].upper()}{loaded.problem[1:]}.", "warning"
    return None
