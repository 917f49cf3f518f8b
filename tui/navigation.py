"""Moving through annotations in reading order, skipping the kinds the reader has hidden."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotations import Annotation


@dataclass(frozen=True, slots=True)
class Step:
    """Where a move lands: the annotation index, or None with the reason it stayed."""

    index: int | None
    message: str | None = None


def step(
    annotations: Sequence[Annotation], current: int | None, forward: bool, hidden: Collection[str] = ()
) -> Step:
    """The next (or previous) visible annotation after `current`; at either end it stays and says so.

    It walks from `current` and stops at the first visible one, so a press costs the distance
    moved, not the length of a long thread's list.
    """
    landing = next(
        (i for i in _onward(len(annotations), current, forward) if annotations[i].kind not in hidden), None
    )
    if landing is not None:
        return Step(landing)
    if not any(annotation.kind not in hidden for annotation in annotations):
        return Step(current, "No annotations to show")
    return Step(current, "Last annotation" if forward else "First annotation")


def _onward(count: int, current: int | None, forward: bool) -> range:
    """The indices a move looks at, in order: after `current` (or from either end when there is none)."""
    if forward:
        return range(0 if current is None else max(current + 1, 0), count)
    return range(count - 1 if current is None else min(current - 1, count - 1), -1, -1)
