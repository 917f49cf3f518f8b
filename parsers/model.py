"""The parsed article: frozen dataclasses shared by every parser and by the annotators."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

BlockKind = Literal["heading", "paragraph", "quote", "list_item", "code", "caption"]
UnitKind = Literal["title", "description", "block", "comment"]
PageKind = Literal["article", "listing", "feed", "unknown"]
DateValue = date | datetime  # datetime is a subclass of date; naive when the source gives no zone


# A summary at least this long that opens a body block is that block cut short, not a sentence of its own.
_SHORTEST_REPEATED_SUMMARY = 40
_CUT_MARKS = ".… "


def _comparable(text: str) -> str:
    """Text with its runs of white space made one space, case folded: how two copies are compared."""
    return " ".join(text.split()).casefold()


# Greater than any offset: (start, _PAST, _PAST) sorts after every run that starts at `start`.
_PAST = float("inf")


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in a unit's text back to offsets in the decoded input.

    `runs` holds `(text_start, source_start, length)` triples sorted by `text_start`: each
    run is a stretch of the unit's text copied one for one from the input. Characters
    between runs (a space that joins wrapped lines, say) have no source of their own and
    map to the end of the run before them.
    """

    runs: tuple[tuple[int, int, int], ...] = ()

    def to_source(self, offset: int, *, end: bool = False) -> int | None:
        """The input offset of `offset`; with `end`, of an exclusive span end."""
        if not self.runs:
            return None
        position = offset - 1 if end else offset
        # The last run starting at or before `position`: a run is a tuple, so one past every run
        # that starts there is found by comparing runs as they are, in C (no key called per step).
        index = bisect.bisect_right(self.runs, (position, _PAST, _PAST)) - 1
        if index < 0:
            return self.runs[0][1]
        text_start, source_start, length = self.runs[index]
        if position < text_start + length:
            return source_start + (position - text_start) + (1 if end else 0)
        return source_start + length

    def span_to_source(self, start: int, end: int) -> tuple[int, int] | None:
        """The input span `(start, end)` for a span of the unit's text."""
        source_start = self.to_source(start)
        source_end = self.to_source(end, end=True)
        if source_start is None or source_end is None:
            return None
        return source_start, max(source_start, source_end)


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink inside a unit's text: `text[start:end]` points to `href`."""

    start: int
    end: int
    href: str


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about the article."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: DateValue | None = None
    updated: DateValue | None = None
    site_name: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    page_kind: PageKind = "unknown"
    title_offsets: OffsetMap | None = field(default=None, compare=False, repr=False)
    description_offsets: OffsetMap | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of the body, in reading order."""

    id: str
    kind: BlockKind
    text: str
    links: tuple[Link, ...] = ()
    offsets: OffsetMap | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Comment:
    """One reader comment; `parent_id` names the comment it answers."""

    id: str
    text: str
    parent_id: str | None = None
    author: str | None = None
    published: DateValue | None = None
    links: tuple[Link, ...] = ()
    offsets: OffsetMap | None = field(default=None, compare=False, repr=False)
    date_text: str | None = None
    """When the comment was written, as its header says it ("5 hours ago", "19.11.2024 08:41"):
    kept also where no date can be computed from it, so the page's words on when are not lost."""
    continues: bool = False
    """A piece after the first of one comment cut for length (`parsers.long_units`): it goes on with
    the comment before it, by the same writer, and is shown as that post's continuation, not a post."""


def post_count(comments: Iterable[Comment]) -> int:
    """How many posts the comments are: the pieces of one comment cut for length count once."""
    return sum(1 for comment in comments if not comment.continues)


@dataclass(frozen=True, slots=True)
class Unit:
    """One stretch of article text that annotations point into and the app shows.

    The title, the description (a standfirst the page sets apart), each body block and each
    comment is a unit; `kind` says which, `block_kind` what kind of block a body unit is.
    """

    id: str
    kind: UnitKind
    text: str
    block_kind: BlockKind | None = None
    offsets: OffsetMap | None = field(default=None, compare=False, repr=False)

    @property
    def in_comments(self) -> bool:
        """Whether the unit is a reader comment (shown in the comments pane)."""
        return self.kind == "comment"


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed page: metadata, body blocks and reader comments."""

    metadata: Metadata
    blocks: tuple[Block, ...] = ()
    comments: tuple[Comment, ...] = ()
    source_text: str | None = field(default=None, compare=False, repr=False)
    """The cleaned input that the units' offset maps point into (plain-text input only)."""

    def units(self) -> tuple[Unit, ...]:
        """Every annotatable unit in reading order: title, description, blocks, comments."""
        meta = self.metadata
        units: list[Unit] = []
        if meta.title:
            units.append(Unit("title", "title", meta.title, offsets=meta.title_offsets))
        if meta.description and not self._description_repeats_body():
            units.append(
                Unit("description", "description", meta.description, offsets=meta.description_offsets)
            )
        units.extend(Unit(block.id, "block", block.text, block.kind, block.offsets) for block in self.blocks)
        units.extend(
            Unit(comment.id, "comment", comment.text, offsets=comment.offsets) for comment in self.comments
        )
        return tuple(units)

    def _description_repeats_body(self) -> bool:
        """Whether a page's summary (not text the reader saw set apart) is a body block or its opening.

        Pages often copy their first paragraph, or its first sentences cut off with an ellipsis, into
        the meta description; shown and annotated as a unit of its own it would appear twice.
        """
        if self.metadata.description_offsets is not None:  # a standfirst of the text itself
            return False
        stem = _comparable(self.metadata.description or "").rstrip(_CUT_MARKS)
        if len(stem) < _SHORTEST_REPEATED_SUMMARY:
            return any(_comparable(block.text).rstrip(_CUT_MARKS) == stem for block in self.blocks)
        return any(_comparable(block.text).startswith(stem) for block in self.blocks)

    def unit(self, unit_id: str) -> Unit | None:
        """One unit by its id, or None when there is no such unit."""
        return next((unit for unit in self.units() if unit.id == unit_id), None)

    @property
    def has_text(self) -> bool:
        """Whether the article holds any readable text at all."""
        return any(unit.text.strip() for unit in self.units())
