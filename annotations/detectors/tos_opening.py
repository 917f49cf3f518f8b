"""A quotation that opens its paragraph: it goes on with the document the paragraph before handed over to, or
ended on the sentence of (tos_quotes reads it before anything around the quotation)."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_antecedents import open_quotation
from annotations.detectors.tos_attribution import Source, lead
from annotations.detectors.tos_blocks import Paragraph, marker_end
from annotations.detectors.tos_bound import claimed_document, unquoted
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_homographs import first_person_in
from annotations.detectors.tos_saying_close import closed_by_saying
from annotations.detectors.tos_trail import closed_by_speaker, without_note
from annotations.detectors.tos_vocabulary import role_pattern
from annotations.detectors.tos_walk import Walk


def handed_at_start(walk: Walk, paragraph: Paragraph, quote: Quote, before: str) -> Source | None:
    """The document a quotation opening its paragraph goes on with: the one the paragraph before handed over to, or
    the one whose own sentence ended it; None when anyone speaks in the paragraph or closes the quotation."""
    text = paragraph.unit.text
    if marker_end(text, paragraph.start) != quote.open_mark or paragraph.unit.kind == "title":
        return None
    # Under a bare colon (tos_bound.bound_lead) only bound_run gives a quotation set off alone to the document.
    handing = walk.handing if walk.mode != "bound" else None
    if handing is None and before and not open_quotation(before):
        # "The terms now make clear that scraping is banned." then “You may not …” on its own:
        # the paragraph before ended on the document's own sentence.
        handing = lead(before, len(before), walk.page)
        quoted = text[quote.start : quote.end]
        if handing is not None and claimed_document(before, walk.page):
            return None  # "The plaintiffs argue that the new terms break its promises." then “…”: the plaintiffs'
        if handing is not None and (
            first_person_in(quoted) or role_pattern("statement_voice").search(quoted)
        ):
            return None  # "The terms ban scraping." then “I'm leaving.” or “We have decided to …”: someone's voice
    if handing is None:
        return None
    after = without_note(text[quote.close_mark + 1 : paragraph.end])
    rest = text[paragraph.start : quote.open_mark] + after
    # A word inside another quotation ("(b) “impersonate a public official”") is no one speaking.
    if someone_speaks(unquoted(rest)) or closed_by_speaker(text, quote):
        return None
    if closed_by_saying(text, quote, walk.page):
        return None  # "„…“, sagt dazu Klaus Berg.", "“…”, afirma.": someone's words, named after them
    return handing
