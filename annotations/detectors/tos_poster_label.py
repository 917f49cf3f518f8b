"""A short label that names a posting place as the source of the quotations set off under it: "From Reddit:",
"Reactions on X:", "Over on Hacker News:", or a post's header that names its poster ("Posted by kai in thread “New
terms”:", "Comment from kai on the new terms:"). The lines below are users' posts, not the terms, however much they
sound like a clause ("The license you grant them is perpetual…") (GUIDELINES: posts by users do not count unless
the article presents them as the terms' wording)."""

from __future__ import annotations

from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_blocks import Paragraph, last_sentence
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["poster_label", "poster_lead"]

# A label is a few words: "Comments from readers on Reddit" at most; a longer line is a lead-in of its own.
MAX_LABEL_WORDS = 6


def poster_label(before: str) -> bool:
    """Whether the paragraph before (`before`) is a short label ending on a colon whose words name a posting place."""
    label = before.strip()
    if not label.endswith((":", "：")):
        return False
    if role_pattern("poster_header").match(label) is not None:
        return (
            True  # "Posted by kai in thread “New terms”:": the thread's title names the document, kai speaks
        )
    return len(words(label)) <= MAX_LABEL_WORDS and role_pattern("poster_place").search(label) is not None


def poster_lead(paragraph: Paragraph) -> bool:
    """Whether a paragraph ends on a poster's label over the lines below it ("The new terms are out. From Reddit:")."""
    return poster_label(last_sentence(paragraph.text.strip()))
