"""A lead-in line and the clause on the line under it, which a page's text ran into one paragraph: "Here is what was
removed from the terms of service:" with "You may remove your content …" on the next line, joined by the parser as
wrapped lines are. The colon ends an input line, so the line under it is set off as a paragraph after a lead-in is
(tos_blocks.lead_in decides the document): the document's words to the end of that line."""

from __future__ import annotations

import bisect

from annotations.detectors.tos_blocks import (
    MIN_SET_OFF_WORDS,
    Paragraph,
    announces_summary,
    in_clause_voice,
    in_poster_voice,
    is_quote_header,
    lead_in,
    marker_end,
    words,
)
from annotations.detectors.tos_bound import binds_set_off, bound_lead, names_a_document
from annotations.detectors.tos_marked import binds_as_clause
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_source_lines import header_source
from parsers.model import Unit

__all__ = ["joined_clause"]

# A lead-in line is read over at most this much of its end, as a lead-in paragraph is (tos_blocks.MAX_LEAD_CHARS).
MAX_LEAD_LINE_CHARS = 400
# An input line the parser copied in several runs (no joining character between) is read over at most this many.
MAX_RUNS_PER_LINE = 16
# A clause a page wrapped over several input lines is read over at most this many of them.
MAX_WRAPPED_LINES = 8
# What ends a sentence at the end of an input line: the clause line stops there.
_SENTENCE_ENDS = frozenset('.!?;:。！？；：…"”»」)')
# Past every offset: a run tuple that sorts after every run starting at the same place.
_PAST = 1 << 62


def joined_clause(
    unit: Unit, paragraph: Paragraph, colon: int, page: Page
) -> tuple[Source | None, int, int] | None:
    """The document, and the span of the clause, when the colon at `colon` of `unit` ends an input line that the parser
        joined to the next and the line before the colon leads to a document as a lead-in paragraph would; the clause is
        the next input line, at least a clause long, in the terms' voice or binding as they do, and not in a poster's voice
    ("I think …"). No document (None) when the
        line announces the writer's own summary: nothing after it is set off."""
    runs = unit.offsets.runs if unit.offsets is not None else ()
    if not runs or not _joins_lines(runs, colon + 1):
        return None
    # A line this long is a paragraph of a page that writes one a line: its end leads in, as a lead-in paragraph's does.
    line_start = max(paragraph.start, _line_start(runs, colon), colon + 1 - MAX_LEAD_LINE_CHARS)
    start = colon + 2
    while start < paragraph.end and unit.text[start] in " \t":
        start += 1
    if marker_end(unit.text, start) > start:
        return None  # "1. We may …", "- We may …": a clause list, one span per item (inline_items)
    end = _wrapped_end(unit.text, runs, start, paragraph.end)
    clause = unit.text[start:end]
    line = Paragraph(unit, line_start, colon + 1, paragraph.stream)
    if announces_summary(line):
        return None, start, end  # "Here is what changed:": the writer's own summary follows, not the wording
    if words(clause) < MIN_SET_OFF_WORDS or in_poster_voice(clause) or clause.rstrip().endswith(("?", "？")):
        return None
    if is_quote_header(clause) or not (in_clause_voice(clause) or binds_as_clause(clause)):
        return None  # "Originally Posted by …", "1. Payment: $1,250,000": a header or a settlement's item, no clause
    # A forum's quote header naming the document ("Zitat von kai (aus den AGB):") hands over as its own paragraph does.
    head = line.text
    source = (
        header_source(line, page)
        if is_quote_header(head)
        else lead_in(line, page, unit.text[paragraph.start : line_start])
    )
    if source is None and not is_quote_header(head):
        source = _bare_lead(unit, paragraph, line, Paragraph(unit, start, end, paragraph.stream), page)
    return None if source is None else (source, start, end)


def _bare_lead(
    unit: Unit, paragraph: Paragraph, line: Paragraph, clause: Paragraph, page: Page
) -> Source | None:
    """The page's document when the lead-in line names none and ends on a bare colon ("And then they throw this in:")
    over a line that binds as terms do ("Additionally, we may disclose …"): as under such a lead set off as its own
    paragraph (tos_bound.bound_lead, binds_set_off), where the page writes one sentence a line."""
    found = bound_lead(line, page, unit.text[paragraph.start : line.start])
    if found is None or not binds_set_off(clause, page, names_a_document(line.text, page)):
        return None
    return found


def _wrapped_end(text: str, runs: tuple[tuple[int, int, int], ...], start: int, limit: int) -> int:
    """Where the clause opening at `start` ends: its input line's end, or, when the page wrapped its sentence over
    the next lines (the line ends on no full stop and the next goes on in lower case), the end of its last line."""
    end = _line_end(runs, start, limit)
    for _ in range(MAX_WRAPPED_LINES - 1):
        following = end + 1
        last = end
        while last > start and text[last - 1] in " \t":
            last -= 1
        if following >= limit or last == start or text[last - 1] in _SENTENCE_ENDS:
            break
        if not _joins_lines(runs, end) or not text[following].islower():
            break
        end = _line_end(runs, following, limit)
    return end


def _run_at(runs: tuple[tuple[int, int, int], ...], index: int) -> int:
    """The index of the last run starting at or before `index` (-1 when none)."""
    return bisect.bisect_right(runs, (index, _PAST, _PAST)) - 1


def _joins_lines(runs: tuple[tuple[int, int, int], ...], index: int) -> bool:
    """Whether the character at `index` has no input of its own: the space that joins two wrapped lines."""
    at = _run_at(runs, index)
    return at >= 0 and index >= runs[at][0] + runs[at][2] and (at + 1 >= len(runs) or runs[at + 1][0] > index)


def _line_start(runs: tuple[tuple[int, int, int], ...], index: int) -> int:
    """Where the input line holding `index` starts in the unit: the start of its run, and of the runs right before it
    with no joining character between (at most MAX_RUNS_PER_LINE of them)."""
    at = _run_at(runs, index)
    if at < 0:
        return 0
    for _ in range(MAX_RUNS_PER_LINE):
        if at == 0 or runs[at - 1][0] + runs[at - 1][2] < runs[at][0]:
            break
        at -= 1
    return runs[at][0]


def _line_end(runs: tuple[tuple[int, int, int], ...], index: int, limit: int) -> int:
    """Where the input line holding `index` ends in the unit (the end of its run, and of the runs right after it with
    no joining character between, at most MAX_RUNS_PER_LINE of them), at most `limit`."""
    at = _run_at(runs, index)
    if at < 0:
        return limit
    for _ in range(MAX_RUNS_PER_LINE):
        if at + 1 >= len(runs) or runs[at + 1][0] > runs[at][0] + runs[at][2]:
            break
        at += 1
    return min(limit, runs[at][0] + runs[at][2])
