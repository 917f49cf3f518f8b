"""The short lines of a clause list set off under a lead-in: the list's own lead line and its short items.

A page that quotes a clause list sets its lead line apart from the items ("You may not:" over "- work around any
technical limitations in the software;"). GUIDELINES labels the lead line and each clause apart, and a fragment of
terms wording of two words or more counts: the lead line is taken though it is shorter than a set-off clause, when
it binds as terms do and ends on its colon; an item of the list is taken down to two words ("publish benchmark
results."), as long as a list goes on.
"""

from __future__ import annotations

from annotations.detectors.tos_blocks import Paragraph, has_words, in_poster_voice, marker_end
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["list_lead_line", "short_item"]

# A clause list's lead line and a short item are at least this many words: a fragment of terms wording (GUIDELINES).
MIN_LINE_WORDS = 2
# A lead line is one short line: "You may not:", "We may share your data with:".
MAX_LEAD_LINE_CHARS = 80


def list_lead_line(paragraph: Paragraph) -> tuple[int, int] | None:
    """The span of a paragraph that is a clause list's own lead line: one short line ending on a colon whose words
    bind as terms do ("You may not:", "You must not:", role terms_binding), in no poster's voice. None otherwise:
    "Here is the list:" binds nobody."""
    text = paragraph.text
    if "\n" in text or len(text) > MAX_LEAD_LINE_CHARS or not text.endswith((":", "：")):
        return None
    if in_poster_voice(text) or role_pattern("terms_binding").search(text) is None:
        return None
    return (paragraph.start, paragraph.end) if has_words(text, MIN_LINE_WORDS) else None


def short_item(paragraph: Paragraph) -> tuple[int, int] | None:
    """The span of a clause list's item too short for a set-off clause ("publish benchmark results."), marker
    outside; None under two words or in a poster's voice."""
    start = marker_end(paragraph.unit.text, paragraph.start)
    text = paragraph.unit.text[start : paragraph.end]
    if in_poster_voice(text) or not has_words(text, MIN_LINE_WORDS):
        return None
    return start, paragraph.end
