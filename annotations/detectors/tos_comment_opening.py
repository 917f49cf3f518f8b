"""A quotation that opens a comment under a thread about the terms ("“we may keep your drafts” — so deleting does
nothing"), or opens a sentence of one after the poster's own ("They changed it again. \"Our partners may …\"
Great."): a poster quoting the document the thread is about when the words are in the voice of terms and nobody else
takes the floor before or after them (for tos_attribution.lead)."""

from __future__ import annotations

from annotations.detectors.base import sentence_at, sentence_bounds
from annotations.detectors.tos_clause_context import SENTENCE_END_MARKS, someone_speaks
from annotations.detectors.tos_homographs import first_person_in
from annotations.detectors.tos_mentions import Source
from annotations.detectors.tos_trail import takes_floor
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["CLOSING_MARKS", "comment_opening", "opens_line", "quoted_at"]

# The marks that close a quotation, in the scripts and styles terms are quoted in.
CLOSING_MARKS = '”»"’」』'
# How much text before a quotation that opens a sentence is read for someone who speaks in the sentence before.
MAX_LINE_ABOVE_CHARS = 300


def quoted_at(text: str, position: int) -> str:
    """The words of the quotation whose opening mark is at `position`."""
    ends = [index for mark in CLOSING_MARKS if (index := text.find(mark, position + 1)) > 0]
    return text[position + 1 : min(ends)] if ends else text[position + 1 :]


def opens_line(text: str, position: int) -> bool:
    """Whether the quotation whose opening mark is at `position` opens its comment, or opens a sentence of it after the
    poster's own (a line the parser joined to the one before: "They changed it again. \"Our partners may …\" Great."):
    not after a lead-in ending on a colon ("My reply to him:") nor after a sentence where someone speaks or is named
    ("Their support agent wrote back."), whose words the quotation may be."""
    above = text[max(0, position - MAX_LINE_ABOVE_CHARS) : position].rstrip(" \t")
    if not above.strip():
        return True
    if not above.endswith(("\n", *SENTENCE_END_MARKS)):
        return False  # inside the poster's sentence, or after a colon that leads in
    bounds = sentence_bounds(above)
    return not someone_speaks(above[bounds[-1][0] :] if bounds else above)


def comment_opening(text: str, position: int, fallback: Source) -> Source | None:
    """The document a thread is about, for a comment that opens with a quotation in the voice of
    terms, the company speaking or binding ("“we may keep your drafts” — so deleting does nothing"): a poster quoting the document
    under discussion, not a quip or another poster ("“you can't be serious”" is neither)."""
    quoted = quoted_at(text, position)
    if first_person_in(quoted) or quoted.rstrip().endswith(("?", "？")):
        return None  # "“I would never accept this”", "“Can we keep our own files?”": a poster's words, a question
    # Not when someone takes the floor in the rest of its sentence ("“Don't panic” is what their blog post
    # says"); a statement only named there is no speaker ("“…” — so the banner is decoration").
    rest = _sentence_after(text, position + 1 + len(quoted))
    if takes_floor(rest):
        return None
    # "“We will refund you within 30 days.” That is what support told me.": support's words.
    filled = not rest.strip(CLOSING_MARKS + " \t.!?")
    if filled and takes_floor(_next_sentence(text, position + 1 + len(quoted))):
        return None
    binding = role_pattern("document_voice").search(quoted) or role_pattern("clause_modal").search(quoted)
    return fallback if binding is not None else None


def _sentence_after(text: str, position: int) -> str:
    """The rest of the sentence after `position` (a line break also ends it)."""
    bounds = sentence_bounds(text)
    end = bounds[sentence_at(bounds, min(position, len(text) - 1))][1] if position < len(text) else position
    stop = text.find("\n", position, end)
    return text[position : stop if stop >= 0 else end]


def _next_sentence(text: str, position: int) -> str:
    """The sentence after the one that ends at `position`, on the same line ("“…” That is what support told me.")."""
    if position >= len(text):
        return ""
    bounds = sentence_bounds(text)
    index = sentence_at(bounds, position)
    if index < 0 or index + 1 >= len(bounds):
        return ""
    start, end = bounds[index + 1]
    line_end = text.find("\n", position, start)
    return "" if line_end >= 0 else text[start:end]
