"""What a paragraph of the terms-quote walk (tos_quotes.py) hands over to the next: a lead-in's, a forum header's or an
announcement's document, the document it was all a quotation of, or nothing."""

from __future__ import annotations

from annotations.detectors.tos_blocks import (
    Paragraph,
    announced_parts,
    announces_summary,
    finished_by_items,
    lead_in,
)
from annotations.detectors.tos_bound import bound_lead, names_a_document
from annotations.detectors.tos_clause_heading import clause_heading
from annotations.detectors.tos_following_lead import following_lead
from annotations.detectors.tos_lead_forms import trailing_off
from annotations.detectors.tos_located_lead import located_lead
from annotations.detectors.tos_mentions import Source
from annotations.detectors.tos_poster_label import poster_lead
from annotations.detectors.tos_presented import presented_document
from annotations.detectors.tos_review_say import review_say_label
from annotations.detectors.tos_source_lines import header_source
from annotations.detectors.tos_supposed_lead import supposed_lead
from annotations.detectors.tos_unled_block import numbered_lead, unled_lead
from annotations.detectors.tos_walk import Walk, source_of
from annotations.detectors.tos_walkthrough import walkthrough_lead

__all__ = ["hand_over"]


def hand_over(walk: Walk, paragraph: Paragraph, before: str, whole: bool) -> None:
    """Set what `paragraph` hands over to the next (walk.handing, walk.mode): a lead-in's, a header's or an
    announcement's document, the document it was all a quotation of (`whole`), or nothing; `before` is the paragraph
    before it in its stream."""
    _hand_over(walk, paragraph, before, whole)
    # "told" asks its lead only under a passage that reads as the document (tos_told_block).
    if (
        walk.handing is not None
        and walk.mode not in ("quote", "told")
        and (supposed_lead(paragraph, walk.page) or poster_lead(paragraph))
    ):
        # "Your policy could say:", "A sample clause:": no company's wording below; "From Reddit:": users' posts
        walk.handing, walk.mode = None, ""


def _hand_over(walk: Walk, paragraph: Paragraph, before: str, whole: bool) -> None:
    """hand_over's reading, before the lead-in's last sentence is asked whether it supposes what it hands over."""
    title = paragraph.unit.kind == "title"
    headed = None if title else header_source(paragraph, walk.page)
    handed = None if title or headed else lead_in(paragraph, walk.page, before)
    handed = handed or (None if title or headed else trailing_off(paragraph, walk.page, before))
    announced = None if title or handed or headed or whole else announced_parts(paragraph, walk.page)
    announced = announced or (None if title or handed or headed else presented_document(paragraph, walk.page))
    if headed is not None:
        walk.handing, walk.mode = headed, "header"
    elif handed is not None:
        # Under "Here is what changed:" the items are the writer's: only their quotations are the document's.
        summary = announces_summary(paragraph) or finished_by_items(paragraph)
        walk.handing, walk.mode = handed, "items" if summary else "lead"
    elif whole and not title:
        walk.handing, walk.mode = source_of(walk), "quote"
    elif not title and (located := located_lead(paragraph, walk.page)) is not None:
        # "It's right there in the EULA" over a clause: as a bare colon, only a clause that binds.
        walk.handing, walk.mode, walk.lead_named = located, "bound", False
    elif not title and (said := _review_label(walk, paragraph)) is not None:
        # "What they say:" alone over a company's clause, in a review of several companies' policies: the label stands
        # for the document the review names, so a clause that reads as one is taken, as under a lead that names it.
        walk.handing, walk.mode, walk.lead_named = said, "bound", True
    elif (
        not title
        and (following := following_lead(paragraph, walk.page, _established(walk), before)) is not None
    ):
        # "Mas vale notar que ela sempre disse o seguinte:" over a clause: the document by its pronoun, as if named.
        walk.handing, walk.mode, walk.lead_named = following, "bound", True
    elif not title and (bound := bound_lead(paragraph, walk.page, before)) is not None:
        walk.handing, walk.mode = bound, "items" if finished_by_items(paragraph) else "bound"
        walk.lead_named = names_a_document(paragraph.text, walk.page)
    elif not title and (walked := walkthrough_lead(paragraph, walk.page)) is not None:
        # "So let's break down the licensing clauses in the terms." over a clause: as a bare colon, one that binds.
        walk.handing, walk.mode, walk.lead_named = walked, "bound", False
    elif announced is not None:
        walk.handing, walk.mode = announced, "announced"
    elif not title and (titled := clause_heading(paragraph, walk.page)) is not None:
        # "WhatsApp Gizlilik Sözleşmesi Maddeleri" over a list: its items are the clauses, as under a lead-in.
        walk.handing, walk.mode = titled, "titled"
    elif not title and (unled := unled_lead(paragraph, walk.page)) is not None:
        # "Pellucid added a sentence to its privacy policy." over "We may use …": only a clause that binds alone.
        walk.handing, walk.mode = unled, "unled"
    elif not title and (numbered := numbered_lead(paragraph, walk.page)) is not None:
        # "The EULA clearly covers this, so why …?" over "7.2 Pitlane may suspend …": only a numbered clause.
        walk.handing, walk.mode = numbered, "numbered"
    elif not title and walk.page.names_document and (told := _established(walk)) is not None:
        # The writer's account of the document ("In a later point, Zoomly also notes that …") over a passage of it
        # ("We may collect …"): only such a passage, under a sentence told_lead reads once it is there.
        walk.handing, walk.mode = told, "told"
    else:
        walk.handing, walk.mode = None, ""


def _review_label(walk: Walk, paragraph: Paragraph) -> Source | None:
    """The document a label paragraph such as "What they say:" stands for in a review (tos_review_say)."""
    text = paragraph.text.strip()
    if not text.endswith((":", "：")):
        return None
    return review_say_label(text[:-1], list(walk.recent), walk.page)


def _established(walk: Walk) -> Source | None:
    """The document the page has settled on so far: the last one found quoted, else the one its top names."""
    return source_of(walk) if walk.wording else walk.page.topic
