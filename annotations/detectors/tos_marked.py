"""Quotations a page marks without quotation marks and without a lead-in: a blockquote (the parser's
"quote" block) or the "> " lines a comment's paragraph opens with.

A forum post or a reply often opens by quoting the document the thread is about ("> Drivers may
photograph the delivery location …" and then "This is the bit that worries me"). Such lines are the
document's when they bind someone as a clause does and the page's title or opening names the
document, or, on a page that names one only further on, when they bind in the terms' own wording
("Nos reservamos el derecho", "without notice": tos_bound); not when they quote what someone wrote earlier on the page, ask a question, speak as a
poster ("I"), or follow a lead-in of someone else's ending in a colon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from annotations.detectors.tos_blocks import MIN_SET_OFF_WORDS, Paragraph, block_span, in_poster_voice, words
from annotations.detectors.tos_bound import binds_alone
from annotations.detectors.tos_clause_context import asks
from annotations.detectors.tos_mentions import DEFAULT_DOCUMENT, Page, Source
from annotations.detectors.tos_vocabulary import role_pattern
from annotations.detectors.tos_wording import QUOTED_BLOCK, normal_wording

__all__ = ["OFFER_TERMS", "binds_as_clause", "marked_opening", "marked_span", "offer_binds"]

# The document an offer's or a promotion's terms are named as (entry pointed-offer-terms).
OFFER_TERMS = "offer terms"

# Words at the start of the quoted lines where someone else may be their subject ("Critics say …").
MAX_SUBJECT_WORDS = 3
# A line a comment marks as quoted: "> We may share …", or with the full-width mark of Japanese boards.
_MARKED_LINE = re.compile(r"[ \t]*[>＞][ \t]?")
# The end of a sentence inside quoted lines: . ! ? or 。 and the spaces after.
_SENTENCE_STOP = re.compile(r"[.!?](?:\s+|$)|。\s*")


def marked_span(paragraph: Paragraph) -> tuple[int, int] | None:
    """The span of what a paragraph the page marks as quoted holds: a blockquote whole (list marker aside),
    or the "> " lines a paragraph opens with, the first line's mark left out; None when it marks nothing."""
    text = paragraph.unit.text
    if paragraph.unit.block_kind == QUOTED_BLOCK:
        return block_span(paragraph)
    first = _MARKED_LINE.match(text, paragraph.start, paragraph.end)
    if first is None:
        return None
    end, position = first.end(), paragraph.start
    while position < paragraph.end and _MARKED_LINE.match(text, position, paragraph.end):
        line_end = text.find("\n", position, paragraph.end)
        end = paragraph.end if line_end < 0 else line_end
        position = end + 1
    end = _reply_starts(text, first.end(), end)
    while end > first.end() and text[end - 1].isspace():
        end -= 1
    return (first.end(), end) if words(text[first.end() : end]) >= MIN_SET_OFF_WORDS else None


def _reply_starts(text: str, start: int, end: int) -> int:
    """Where the reply starts inside a quoted line the parser ran it into ("> We may share your history.
    That is new, right?"): at the first sentence after the first that asks, speaks as a poster or opens
    a reader's remark; `end` when none does."""
    for stop in _SENTENCE_STOP.finditer(text, start, end):
        sentence = _SENTENCE_STOP.search(text, stop.end(), end)
        rest = text[stop.end() : sentence.end() if sentence else end]
        if asks(rest) or in_poster_voice(rest) or role_pattern("comment_opener").match(rest):
            return stop.end()
    return end


def marked_opening(
    paragraph: Paragraph, previous: Paragraph | None, page: Page, earlier: Iterable[str], found: Iterable[str]
) -> tuple[tuple[int, int], Source] | None:
    """The span and document of marked lines with no lead-in that quote the document the page is about.

    `earlier` holds the normalised text of the paragraphs read before; `found`, the normalised wording
    already given to a document: lines that repeat a reader's words are that reader's.
    """
    if page.topic is None and not page.names_document:
        return None
    span = marked_span(paragraph)
    if span is None:
        return None
    if previous is not None and previous.stream == paragraph.stream and previous.text.rstrip().endswith(":"):
        return (
            None  # "In a statement, the company said:" over the quoted lines: a lead-in that gave them away
        )
    quoted = paragraph.unit.text[span[0] : span[1]]
    # On a page that names a document only in passing, or where no modal binds, the terms' own wording must
    # (tos_bound: "Nos reservamos el derecho", "without notice"), with nobody speaking in the lines.
    if page.topic is not None and binds_as_clause(quoted):
        source = page.topic
    elif binds_alone(quoted, page) and role_pattern("speaker").search(quoted) is None:
        source = page.topic or Source(DEFAULT_DOCUMENT)
    else:
        return None
    normal = normal_wording(quoted)
    if any(normal in text for text in earlier) and not any(normal in text for text in found):
        return None  # "> Nope, deleting the app." quotes the reader above
    return span, source


def binds_as_clause(text: str) -> bool:
    """Whether quoted lines bind someone as a clause does ("Drivers may photograph …", "You agree not
    to …"), with nobody speaking and no question: not a poster's "I", nor a statement whose only modal
    is "will" ("We will keep working with regulators")."""
    modals = [match.group().casefold() for match in role_pattern("clause_modal").finditer(text)]
    opening = " ".join(text.split()[:MAX_SUBJECT_WORDS])
    return (
        any(modal != "will" for modal in modals)
        and not in_poster_voice(text)
        and not asks(text)
        and role_pattern("speaker").search(text) is None
        and role_pattern("other_source").search(opening) is None
    )


def offer_binds(text: str) -> bool:
    """Whether a quotation from an offer's terms binds as a clause does ("We may end the offer at any
    time", "you must"): an advert's slogan ("Get 100 free spins today", "50% off") does not."""
    return (
        role_pattern("clause_modal").search(text) is not None
        or role_pattern("terms_binding").search(text) is not None
    )
