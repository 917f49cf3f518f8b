"""A clause set off under a lead-in that opens on a corner bracket and never closes it.

Japanese pages that list a company's clauses write each one as "1「ユーザーは…するものとする" and leave the bracket
open to the end of the paragraph (the close is dropped, or the quotation goes on in the next item). The bracket
is not the clause's: the span starts after it. A bracket that closes in the paragraph is a quotation, read as one.
"""

from __future__ import annotations

# Each corner bracket with the one that closes it.
_CLOSING = {"「": "」", "『": "』"}


def after_open_bracket(text: str, start: int, end: int) -> int:
    """`start` + 1 when a corner bracket at `start` opens a quotation that nothing closes before `end`; else `start`."""
    closing = _CLOSING.get(text[start]) if start < end else None
    if closing is None or text.find(closing, start + 1, end) >= 0:
        return start
    return start + 1


def opens_unclosed(text: str, start: int, end: int) -> bool:
    """Whether the text at `start` opens on a corner bracket that nothing closes before `end`."""
    return after_open_bracket(text, start, end) > start
