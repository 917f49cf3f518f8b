"""The other items of one quoted list, when one of its items is found to be the document's.

A writer who lists what a user agreed to sets each clause off as a numbered or bulleted item in quotation marks
("1. “Do not criticise this product in public.” … 5. “By signing, you also agree to every future change.”"). The item
found to be a document's (by its own binding words, or a lead-in) shows what the list is: that document's clauses, one
span per clause (GUIDELINES: a numbered or lettered clause list quoted from the terms is one span per clause). The
items of the same list before it and after it, each a list item made of one quotation and nothing else, are the same
document's when they read as a clause of a few words: not a question, an exclamation, a poster's "I" or a
statement's voice. An item with anything outside its quotation (a speaker, a comment in brackets) ends the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotations.detectors.base import Unit
from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import Paragraph, in_poster_voice, marker_end, words
from annotations.detectors.tos_mentions import Source
from annotations.detectors.tos_vocabulary import role_pattern
from annotations.detectors.tos_wording import paragraph_quotes

__all__ = ["ListState", "item_quote", "sibling_clause"]

# The fewest words of a sibling item: "Do not resell the service." (a list item is a clause by its place in the list).
MIN_SIBLING_WORDS = 3
# Closing marks and stops that may follow an item's quotation before its paragraph ends.
_TRAILING = " \t.,;"


@dataclass
class ListState:
    """The list the walk is in: the document of its item found last, and its items before that found none."""

    source: Source | None = None
    waiting: list[tuple[Unit, Quote]] = field(default_factory=list)


def item_quote(paragraph: Paragraph) -> Quote | None:
    """The quotation a list item is made of: a list marker opens the paragraph, a quotation follows it right away
    and ends the paragraph (but for a stop)."""
    text = paragraph.unit.text
    start = marker_end(text, paragraph.start)
    if start == paragraph.start:
        return None  # no list marker
    quotes = paragraph_quotes(paragraph)
    if len(quotes) != 1 or quotes[0].open_mark != start:
        return None
    if text[quotes[0].close_mark + 1 : paragraph.end].strip(_TRAILING):
        return None  # "“…” (they can pull the plug whenever)": the writer's comment beside the item
    return quotes[0]


def sibling_clause(quoted: str) -> bool:
    """Whether an item reads as a clause: a few words, neither asking nor exclaiming, in no poster's or statement's voice."""
    return (
        words(quoted) >= MIN_SIBLING_WORDS
        and not quoted.rstrip().endswith(("?", "？", "!", "！"))
        and not in_poster_voice(quoted)
        and role_pattern("statement_voice").search(quoted) is None
    )
