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
    """The next (or previous) visible annotation after `current`; at either end it stays and says so."""
    visible = [i for i, annotation in enumerate(annotations) if annotation.kind not in hidden]
    if not visible:
        return Step(current, "No annotations to show")
    if current is None:
        return Step(visible[0] if forward else visible[-1])
    later = [i for i in visible if (i > current if forward else i < current)]
    if not later:
        return Step(current, "Last annotation" if forward else "First annotation")
    return Step(later[0] if forward else later[-1])
