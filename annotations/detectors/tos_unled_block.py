"""A clause set off with no lead-in at all, under a paragraph that ends by telling a change to the document.

News about a change often tells it in one sentence ("Last spring, Pellucid added a sentence to its privacy
policy.", "ハナビのプライバシーポリシーが改定された。") and sets the new wording off below it with no colon and
no verb of saying. That paragraph hands over to the next only (the walk's "unled" mode): the paragraph below is the
document's if it quotes nothing, names no document, and its own words bind as terms do ("We may …", "You grant …",
"当社は…") with nobody speaking in it. Anything else under it reads as if nothing had been handed over.
"""

from __future__ import annotations

import re

from annotations.detectors.quotes import find_quotes
from annotations.detectors.tos_attribution_words import named_speaker_last
from annotations.detectors.tos_blocks import (
    MAX_LEAD_CHARS,
    Paragraph,
    in_clause_voice,
    in_poster_voice,
    is_quote_header,
    last_sentence,
)
from annotations.detectors.tos_bound import binds_set_off
from annotations.detectors.tos_headed_clause import headed_opening
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern

__all__ = ["numbered_lead", "unled_clause", "unled_lead", "unled_takes"]

# A clause's own number opening a paragraph: "7.2 ", "12.3.1 ", "§ 5 ", "(b) " (not a bullet, which a writer's own
# lists use as often, nor a bare "1." that numbers a writer's points).
_CLAUSE_NUMBER = re.compile(
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2}){1,2}[./]?|§[ ]?\d{1,3}|\((?:[a-z]|[ivx]{1,5}|\d{1,2})\))[ \t]+(?=\w)"
)
# The most words of a heading that dates a document's version ("Facebook (Date de la dernière révision : 30 janvier
# 2015)"): a company's name, the date's label and the date.
MAX_DATED_HEADING_WORDS = 14
# Roles whose words in the last sentence give it to someone or something else.
_OTHERS = ("other_source", "reporting_source")
# Roles whose words tell a change to the document.
_CHANGE = ("change_verb", "unled_change")


def unled_lead(paragraph: Paragraph, page: Page) -> Source | None:
    """The document a paragraph names in its last sentence, a full sentence that tells a change to it ("Pellucid
    added a sentence to its privacy policy.", role change_verb or unled_change), when nobody else is in that
    sentence: no poster ("I read this in the EULA."), no one else ("A spokesperson said the policy would change."), no
    report, no law. Not a heading, a forum's quote header or a line trailing off (no full stop), nor a question."""
    if not page.names_document:
        return None
    text = paragraph.text.rstrip()[-MAX_LEAD_CHARS:]
    if not text.endswith((".", "。")) or text.endswith(("..", "…。")) or is_quote_header(text):
        return None
    last = last_sentence(text)
    mentions = document_mentions(last, page)
    if not mentions or in_poster_voice(last):
        return None
    if not any(role_pattern(role).search(last) for role in _CHANGE):
        return None  # "In short, it's in the privacy policy.": the writer's summary follows
    if role_pattern("topic_of_other").search(last[: mentions[-1].start]):
        return None  # "The FTC's complaint about the privacy policy was amended."
    if any(role_pattern(role).search(last) for role in _OTHERS) or law_name_pattern().search(last):
        return None  # "Harbourline's privacy policy changed, a spokesperson told reporters."
    if named_speaker_last(last[mentions[-1].end :]):
        return None  # "Asked about the updated terms, Zoomly said it would reply."
    return Source(mentions[-1].name)


def unled_clause(paragraph: Paragraph, page: Page) -> bool:
    """Whether a paragraph under such a lead is the clause itself: no quotation marks (a paragraph that quotes is
    the writer's telling, "Those terms say that the company “may …”"), no document named in it ("The terms say you
    must …"), and its own words bind as terms do, with nobody speaking in it (binds_set_off), in the terms' voice
    or in their binding words: terms' wording alone ("ces conditions", "without notice") is the writer's as often."""
    text = paragraph.text
    if find_quotes(text) or document_mentions(text, page):
        return False
    voiced = in_clause_voice(text) or role_pattern("terms_binding").search(text) is not None
    return voiced and binds_set_off(paragraph, page)


def numbered_lead(paragraph: Paragraph, page: Page) -> Source | None:
    """The document a paragraph names in its last sentence, a question or a poster's line too ("The EULA clearly
    covers this, so why do rammers keep playing?"), when no one else (a regulator, a lawyer, a report) and no law is
    named in it: a clause set off below that opens on its own number ("7.2 Pitlane may suspend …") is that
    document's (numbered_clause)."""
    if not page.names_document:
        return None
    text = paragraph.text.rstrip()[-MAX_LEAD_CHARS:]
    if not text or text.endswith((":", "：")) or is_quote_header(text):
        return None
    last = last_sentence(text)
    mentions = document_mentions(last, page)
    if not mentions:
        return _dated_heading(text, page)
    if role_pattern("topic_of_other").search(last[: mentions[-1].start]):
        return None
    if any(role_pattern(role).search(last) for role in _OTHERS) or law_name_pattern().search(last):
        return None
    return Source(mentions[-1].name)


def _dated_heading(text: str, page: Page) -> Source | None:
    """The page's document under a heading that dates its version the way the document's own top does, with no
    document named: a blogger's tour of several services' terms copies each one's header ("Facebook (Date de la
    dernière révision : 30 janvier 2015)", "Pixly — last updated 4 March 2024") over its numbered clauses. A short line
    with no full stop, no law and no one else in it."""
    if text.endswith((".", "。", "?", "？")) or len(text.split()) > MAX_DATED_HEADING_WORDS:
        return None
    if role_pattern("revision_date").search(text) is None:
        return None
    if any(role_pattern(role).search(text) for role in _OTHERS) or law_name_pattern().search(text):
        return None
    return page.topic or Source("terms of service")


def numbered_clause(paragraph: Paragraph, page: Page) -> bool:
    """Whether a paragraph opens on a clause's own number and binds or reads as a clause, with nobody speaking in it
    and no quotation marks (binds_set_off)."""
    text = paragraph.text
    return (
        # A number or a heading of its own: "7.2 Pitlane may …", "Our Access to Your Content: We may …".
        (_CLAUSE_NUMBER.match(text) is not None or headed_opening(text))
        and not find_quotes(text)  # an apostrophe quotes nothing: "l'utilisation", "don't"
        and law_name_pattern().search(text) is None  # "§ 307 BGB renders unfair clauses void": a statute's
        and binds_set_off(paragraph, page)
    )


def unled_takes(paragraph: Paragraph, page: Page, mode: str) -> bool:
    """Whether a paragraph takes what a paragraph with no lead-in handed over in `mode` ("unled": a clause that
    binds alone, unled_clause; "numbered": a numbered clause, numbered_clause)."""
    return unled_clause(paragraph, page) if mode == "unled" else numbered_clause(paragraph, page)
