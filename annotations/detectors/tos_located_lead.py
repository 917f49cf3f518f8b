"""A lead-in with no colon that says where the words below it are found: "It's right there in the EULA", "Straight
from their ToS", "Buried in the privacy policy" over a clause set off on the next line, as commenters paste terms
under a short line. The clause is the document's only when it binds as terms do (the walk's "bound" mode)."""

from __future__ import annotations

from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_blocks import Paragraph, in_poster_voice, last_sentence
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["located_lead"]

# A lead-in of this kind is one short line.
MAX_LOCATED_LEAD_CHARS = 120
# Words between "in"/"from" and the document's name: "in the Corvid Office EULA".
MAX_WORDS_TO_DOCUMENT = 4
# Words before the line's opening: the poster's name the page runs into it ("mere_t It's right there in the EULA").
MAX_WORDS_BEFORE = 2
# What may close such a line after the document's name.
_CLOSING = " \t.!…"


def located_lead(paragraph: Paragraph, page: Page) -> Source | None:
    """The document a paragraph's last line places the words below in ("This is in their terms of service.",
    "Found this in the user agreement"), when the line ends on its name; not a question, nor a line where the poster
    or anyone else speaks ("I read this in the EULA", "The lawyer found it in the EULA")."""
    text = paragraph.text.rstrip()
    if len(text) > MAX_LOCATED_LEAD_CHARS * 4 or text.endswith(("?", "？", ":", "：")):
        return None  # a colon hands over by lead_in; a question asks
    line = text[text.rfind("\n") + 1 :]
    last = last_sentence(line.rstrip(_CLOSING))
    if len(last) > MAX_LOCATED_LEAD_CHARS or in_poster_voice(last) or someone_speaks(last):
        return None
    mentions = document_mentions(last, page)
    if not mentions or last[mentions[-1].end :].strip(_CLOSING):
        return None
    for opening in role_pattern("located_lead").finditer(last, 0, mentions[-1].start):
        if not last[opening.start()].isupper() or len(words(last[: opening.start()])) > MAX_WORDS_BEFORE:
            continue  # "The lawyer found it in the EULA": the line's own subject comes first
        if len(words(last[opening.end() : mentions[-1].start])) <= MAX_WORDS_TO_DOCUMENT:
            return Source(mentions[-1].name)
    return None
