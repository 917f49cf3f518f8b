"""A unit's text as a pane draws it: a glyph before each visible annotation, offsets mapped both ways."""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui.kinds import GLYPHS
from tui.safe import safe_str

if TYPE_CHECKING:
    from annotations import Annotation


@dataclass(frozen=True, slots=True)
class Mark:
    """An annotation's stretch of the shown text, its glyph included."""

    start: int
    end: int
    kind: str
    annotation_id: str


@dataclass(frozen=True, slots=True)
class Shown:
    """A unit's text with glyphs inserted; `inserts` are the unit offsets each glyph went before."""

    text: str
    inserts: tuple[int, ...] = ()
    marks: tuple[Mark, ...] = ()

    def to_shown(self, offset: int, *, end: bool = False) -> int:
        """Where a unit offset lands in the shown text (an end offset stays before the next glyph)."""
        before = (
            bisect.bisect_left(self.inserts, offset) if end else bisect.bisect_right(self.inserts, offset)
        )
        return offset + before

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A unit span in shown offsets."""
        return self.to_shown(start), max(self.to_shown(start), self.to_shown(end, end=True))


def shown_text(text: str, annotations: Iterable[Annotation] = (), hidden: Collection[str] = ()) -> Shown:
    """The unit's text with a glyph before each annotation whose kind is not hidden."""
    text = safe_str(text).replace("\t", " ")
    visible = sorted(
        (a for a in annotations if a.kind not in hidden and 0 <= a.start <= a.end <= len(text)),
        key=lambda a: (a.start, a.end),
    )
    if not visible:
        return Shown(text)
    pieces: list[str] = []
    inserts: list[int] = []
    position = 0
    for annotation in visible:
        pieces.append(text[position : annotation.start])
        pieces.append(GLYPHS[annotation.kind])
        inserts.append(annotation.start)
        position = annotation.start
    pieces.append(text[position:])
    shown = Shown("".join(pieces), tuple(inserts))
    marks = []
    for annotation in visible:
        start, end = shown.span(annotation.start, annotation.end)
        marks.append(Mark(start - 1, end, annotation.kind, annotation.id))
    return Shown(shown.text, shown.inserts, tuple(marks))


@dataclass(frozen=True, slots=True)
class ShownUnits:
    """Annotated units' shown texts by unit id, each with the raw text it was made from, for `hidden`."""

    hidden: frozenset[str]
    by_unit: dict[str, tuple[str, Shown]] = field(default_factory=dict)

    def get(self, unit_id: str, text: str, hidden: Collection[str]) -> Shown | None:
        """The shown text made for this unit's text and these hidden kinds; None when it was not made for them."""
        found = self.by_unit.get(unit_id)
        if found is None or found[0] != text or self.hidden != hidden:
            return None
        return found[1]


def shown_units(
    texts: Iterable[tuple[str, str]], annotations: Iterable[Annotation], hidden: Collection[str]
) -> ShownUnits:
    """The shown text of every annotated unit, from (unit id, raw text) pairs: work for a worker."""
    by_unit: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_unit.setdefault(annotation.unit_id, []).append(annotation)
    made = {uid: (text, shown_text(text, by_unit[uid], hidden)) for uid, text in texts if uid in by_unit}
    return ShownUnits(frozenset(hidden), made)
