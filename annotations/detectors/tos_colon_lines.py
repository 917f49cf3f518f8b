"""Where a page that writes one paragraph a line set a lead-in line ending on a colon over the line it leads in.

The text parser keeps such a line with the next in one paragraph ("It reads:" and the clause), joined by a space that
has no input of its own. Pages with a blank line between paragraphs give the terms-quote walk the lead-in and the
clause as two paragraphs, and every rule of a set-off block applies: the clause under the lead-in, the clause's next
paragraph, a heading between. Cut at that joint, a page written a paragraph a line reads the same. Not before a
numbered or bulleted line: the parser keeps those under their colon on purpose, where they read as the clauses it
lists (tos_items.inline_items).
"""

from __future__ import annotations

import bisect
import re

from parsers.model import Unit

__all__ = ["colon_line_cuts"]

# A list marker opening the line under the colon: "1. We may …", "(a) …", "- …", "• …".
_MARKER = re.compile(r"[ \t]*(?:\(?[0-9ivxIVXa-zA-Z]{1,4}[.)]|[-–•*·▪●◦])[ \t]")
# Past every offset: a run tuple that sorts after every run starting at the same place.
_PAST = 1 << 62
# A paragraph is cut at most this many times: a hostile one of thousands of "x:" lines stays one paragraph.
MAX_CUTS = 40


def colon_line_cuts(unit: Unit, start: int, end: int) -> list[tuple[int, int | None]]:
    """Where in unit.text[start:end] a line the page ended on a colon was joined to the next: the first character of
    that next line, and the first character of the line after the clause it holds (None at the paragraph's end)."""
    if unit.offsets is None or ":" not in unit.text[start:end]:
        return []
    runs = unit.offsets.runs
    cuts: list[tuple[int, int | None]] = []
    for at in range(max(0, _run_at(runs, start)), len(runs)):
        run = runs[at]
        if run[0] >= end:
            break
        joint = run[0] + run[2]
        if not start < joint < end - 1 or unit.text[joint - 1] not in ":：":
            continue
        if at + 1 < len(runs) and runs[at + 1][0] <= joint:
            continue  # the next run starts right there: no joining character, one input line
        following = joint + 1
        if following >= end or _MARKER.match(unit.text, following) or (cuts and following <= _last(cuts[-1])):
            continue
        # The clause is its input line, and the lines it wraps onto in lower case; what comes after is a paragraph
        # of its own, as under a blank line ("当社は…ものとします。" then "以上です。").
        clause_end = _wrapped_end(unit.text, runs, following, end)
        cuts.append((following, clause_end + 1 if clause_end + 1 < end else None))
        if len(cuts) >= MAX_CUTS:
            break
    return cuts


def _last(cut: tuple[int, int | None]) -> int:
    """The last offset a cut sets."""
    return cut[1] if cut[1] is not None else cut[0]


# What ends a sentence at the end of an input line: the clause line stops there.
_SENTENCE_ENDS = frozenset('.!?;:。！？；：…"”»」)')
# A clause a page wrapped over several input lines is read over at most this many of them.
MAX_WRAPPED_LINES = 8


def _wrapped_end(text: str, runs: tuple[tuple[int, int, int], ...], start: int, limit: int) -> int:
    """Where the clause opening at `start` ends: its input line's end, or, when the page wrapped its sentence over
    the next lines (the line ends on no full stop and the next goes on in lower case), the end of its last line."""
    end = _line_end(runs, start, limit)
    for _ in range(MAX_WRAPPED_LINES - 1):
        following = end + 1
        if following >= limit or end == start or text[end - 1] in _SENTENCE_ENDS:
            break
        if not _joins(runs, end) or not text[following].islower():
            break
        end = _line_end(runs, following, limit)
    return end


def _joins(runs: tuple[tuple[int, int, int], ...], index: int) -> bool:
    """Whether the character at `index` has no input of its own: the character that joins two lines."""
    at = _run_at(runs, index)
    return at >= 0 and index >= runs[at][0] + runs[at][2] and (at + 1 >= len(runs) or runs[at + 1][0] > index)


def _line_end(runs: tuple[tuple[int, int, int], ...], index: int, limit: int) -> int:
    """Where the input line holding `index` ends (the end of its run, and of the runs right after it with no joining
    character between), at most `limit`."""
    at = _run_at(runs, index)
    if at < 0:
        return limit
    for _ in range(MAX_WRAPPED_LINES * 2):
        if at + 1 >= len(runs) or runs[at + 1][0] > runs[at][0] + runs[at][2]:
            break
        at += 1
    return min(limit, runs[at][0] + runs[at][2])


def _run_at(runs: tuple[tuple[int, int, int], ...], index: int) -> int:
    """The index of the last run starting at or before `index` (-1 when none)."""
    return bisect.bisect_right(runs, (index, _PAST, _PAST)) - 1
