"""A quotation that opens its paragraph and is closed by a verb of saying with no document after it.

Under a paragraph on the terms or the policy, news often opens the next paragraph on someone's own words and names
who said them only after the quotation, the verb of saying first: "„AGB sind ohnehin lang …“, sagt dazu Klaus Berg,
Vorstand des Verbands.", "“Com ela, o usuário abre mão da Justiça”, afirma." after "A especialista nota que …". The
verb closes the quotation for whoever speaks, also a verb a document says with too ("sagt", "afirma") and also with
no name right after it. The document's own quotation closes on the document instead: a pronoun or an impersonal
verb ("„…“, heißt es weiter", "“…”, it adds"), or its name or one of its parts ("«…», précisent les CGU", "“…”, reads
section 4"); a company named alone after the verb ("“…”, dice Vinko") may be quoting its own clause, as
tos_closing_speaker reads it.
"""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["closed_by_saying"]

# The longest rest of a sentence after a quotation read as its closing: "sagt dazu Klaus Berg, Vorstand des
# Verbands" is eight words; a longer one is a clause of its own.
MAX_CLOSING_WORDS = 12
# A comma between the quotation and the rest of its sentence (inside its marks, or after them).
_COMMA = re.compile(r"[ \t]*[,，][ \t]*")
# What ends the sentence after the quotation.
_SENTENCE_END = re.compile(r"[.!?\n]")


def closed_by_saying(text: str, quote: Quote, page: Page) -> bool:
    """Whether the rest of the sentence after `quote` is a comma and a verb of saying (doc_verb or speaker) with no
    document, no part of one and no pronoun or impersonal form standing for one in it."""
    right = text[quote.close_mark + 1 :]
    comma = _COMMA.match(right)
    inside = quote.close_mark > 0 and text[quote.close_mark - 1] in ",，"
    if comma is None and not inside:
        return False
    tail = right[comma.end() if comma is not None else len(right) - len(right.lstrip()) :]
    stop = _SENTENCE_END.search(tail)
    tail = tail[: stop.start() if stop is not None else len(tail)]
    if not 0 < len(words(tail)) <= MAX_CLOSING_WORDS:
        return False
    if role_pattern("trailing_attribution").match(tail) or role_pattern("document_pronoun").match(tail):
        return False  # "„…“, heißt es weiter", "“…”, it adds": the document goes on
    if document_mentions(tail, page) or role_pattern("document_part").search(tail):
        return False  # "«…», précisent les CGU", "“…”, reads section 4"
    verb = role_pattern("doc_verb").match(tail) or role_pattern("speaker").match(tail)
    if verb is None:
        return False
    named = words(tail[verb.end() :])
    # "“…”, dice Vinko.": a company named alone may be quoting its own clause (tos_closing_speaker decides).
    return not (len(named) == 1 and named[0][:1].isupper())
