"""A quotation that opens a comment under a thread about the terms ("“we may keep your drafts” — so deleting does
nothing"): a poster quoting the document the thread is about when the words are in the voice of terms and nobody else
takes the floor after them (for tos_attribution.lead)."""

from __future__ import annotations

from annotations.detectors.base import sentence_at, sentence_bounds
from annotations.detectors.tos_mentions import Source
from annotations.detectors.tos_trail import takes_floor
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["CLOSING_MARKS", "comment_opening", "quoted_at"]

# The marks that close a quotation, in the scripts and styles terms are quoted in.
CLOSING_MARKS = '”»"’」』'


def quoted_at(text: str, position: int) -> str:
    """The words of the quotation whose opening mark is at `position`."""
    ends = [index for mark in CLOSING_MARKS if (index := text.find(mark, position + 1)) > 0]
    return text[position + 1 : min(ends)] if ends else text[position + 1 :]


def comment_opening(text: str, position: int, fallback: Source) -> Source | None:
    """The document a thread is about, for a comment that opens with a quotation in the voice of
    terms, the company speaking or binding ("“we may keep your drafts” — so deleting does nothing"): a poster quoting the document
    under discussion, not a quip or another poster ("“you can't be serious”" is neither)."""
    quoted = quoted_at(text, position)
    if role_pattern("first_person").search(quoted):
        return None
    # Not when someone takes the floor in the rest of its sentence ("“Don't panic” is what their blog post
    # says"); a statement only named there is no speaker ("“…” — so the banner is decoration").
    if takes_floor(_sentence_after(text, position + 1 + len(quoted))):
        return None
    binding = role_pattern("document_voice").search(quoted) or role_pattern("clause_modal").search(quoted)
    return fallback if binding is not None else None


def _sentence_after(text: str, position: int) -> str:
    """The rest of the sentence after `position` (a line break also ends it)."""
    bounds = sentence_bounds(text)
    end = bounds[sentence_at(bounds, min(position, len(text) - 1))][1] if position < len(text) else position
    stop = text.find("\n", position, end)
    return text[position : stop if stop >= 0 else end]
