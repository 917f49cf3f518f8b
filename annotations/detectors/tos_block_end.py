"""Where a set-off clause ends: a paragraph after it that is the writer's, however much it speaks in "we" or "you".

Under a clause set off as its own paragraph, the next one goes on with it while it speaks as terms do
(tos_blocks.continues_block). Three shapes are the writer's all the same: a lead-in of its own ("Therein you will
find the clause below:"), a paragraph that names the writer's own piece ("We will update this post when we have
more."), and one that quotes wording just taken from the document ("Note the “may notify you”: not “will”."), which
speaks about the clause, not as it. Its quotations are then read as any quotation is.
"""

from __future__ import annotations

import re

from annotations.detectors.tos_blocks import Paragraph, words
from annotations.detectors.tos_vocabulary import role_pattern
from annotations.detectors.tos_wording import MIN_QUOTE_WORDS, Wordings, paragraph_quotes

__all__ = ["writer_after_block"]

# A paragraph's first sentence, up to its first question or exclamation marks or full stop, with the marks after it.
_FIRST_SENTENCE = re.compile(r"[^.!?\n]*[.!?][!?]*")


def writer_after_block(paragraph: Paragraph, taken: list[str]) -> bool:
    """Whether `paragraph`, after a set-off clause, is the writer's: it leads in to a piece of text below it with a
    colon, names the writer's own post (or article, with what a writer does with one: "update this article"), or
    quotes wording already taken from the document (`taken`)."""
    text = paragraph.text
    reference = role_pattern("passage_reference").search(text)
    if (
        reference is not None
        and text.rstrip().endswith((":", "："))
        and role_pattern("following_lead").search(text, reference.end()) is not None
    ):
        return True  # "Therein you will find the clause below:"; not "This clause does not apply where:"
    if role_pattern("writer_piece").search(text):
        return True  # "We will update this post when we have more."
    if _opens_on_question(text):
        return True  # "Does that mean Zoomly owns your photos?! That clause has since changed …"
    if role_pattern("writer_article").search(text) and role_pattern("writer_act").search(text):
        return True  # "We will update this article": not "Nothing in this Article limits …"
    if not taken:
        return False
    found = Wordings(taken)
    unit_text = paragraph.unit.text
    return any(
        words(unit_text[quote.start : quote.end]) >= MIN_QUOTE_WORDS
        and found.first_holding(unit_text[quote.start : quote.end]) is not None
        for quote in paragraph_quotes(paragraph)
    )


def _opens_on_question(text: str) -> bool:
    """Whether a paragraph opens on a question in no company's voice ("Does that mean Zoomly owns your photos?!"):
    the writer asking about the clause above, however the paragraph goes on. Not a policy's own question in "we"
    ("What do we collect? We collect …"), as a privacy policy asks it."""
    first = _FIRST_SENTENCE.match(text.lstrip())
    if first is None or "?" not in first.group()[-3:]:
        return False
    return role_pattern("company_inside").search(first.group()) is None
