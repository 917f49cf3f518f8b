"""Lead-ins of two shapes the sentence-level leads do not read: one that trails off in an ellipsis
("Zoomly's privacy policy says…") over a clause set off below it, and a review's clause label before a
colon ("条款：平台有权…", "Clause: We may …")."""

from __future__ import annotations

import re

from annotations.detectors.tos_attribution import Page, Source, document_mentions, lead
from annotations.detectors.tos_blocks import Paragraph
from annotations.detectors.tos_mentions import DEFAULT_DOCUMENT
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["clause_label", "new_lead_line", "trailing_off"]

# An ellipsis closing a paragraph: "…", "……" or three dots or more (each run read from its start).
_TRAILING_ELLIPSIS = re.compile(r"(?<!…)…+$|(?<!\.)\.{3,}$")
# A lead-in that stops on its verb is one short sentence.
# Words from the document's name to the end of such a lead-in ("literally says").
MAX_WORDS_TO_VERB = 2
MAX_SAID_LEAD_CHARS = 120


def trailing_off(paragraph: Paragraph, page: Page, before: str) -> Source | None:
    """The document a lead-in that trails off in an ellipsis hands over to, as a colon would: "Zoomly's
    privacy policy says…", "…のプライバシーポリシーには……" over the clause set off below."""
    text = paragraph.text.rstrip()
    match = _TRAILING_ELLIPSIS.search(text)
    if match is not None:
        return lead(text, match.start(), page, before)
    return _said_at_end(text, page, before)


def _said_at_end(text: str, page: Page, before: str) -> Source | None:
    """A comment's lead-in that stops on its verb with no colon, the clause on the next line: "The ToS says",
    "Clause 9 of the terms reads". Not a clause about what the document says ("Nobody reads what the ToS says")."""
    last = text[-MAX_SAID_LEAD_CHARS:].rsplit(".", 1)[-1]
    verb = last.rsplit(None, 1)[-1:]
    if not verb or verb[0] not in role_phrases("verb_final_lead"):
        return None
    if "\n" in last or role_pattern("about_what_it_says").search(last):
        return None
    if _someone_else_speaks(last):
        return None
    found = lead(text, len(text), page, before)
    mentions = document_mentions(last, page) if found is None else []
    # "Their privacy policy literally says": the document, then at most an adverb and the verb.
    if mentions and len(last[mentions[-1].end :].split()) <= MAX_WORDS_TO_VERB:
        return Source(mentions[-1].name)
    return found


def _someone_else_speaks(last: str) -> bool:
    """Whether a verb-final lead-in's words are another's: an article, a complaint or an outlet that speaks
    of the document ("The FTC complaint about the privacy policy says"), or the company ("or so the
    company says"; not "the company's ToS says")."""
    if role_pattern("reporting_source").search(last):
        return True
    return any(
        not last.startswith(("'s", "’s"), match.end())
        for match in role_pattern("speaking_company").finditer(last)
    )


def clause_label(text: str, start: int, colon: int) -> Source | None:
    """The terms, for a review's paragraph that opens with a clause's label ("条款：平台有权…", "Clause: We may …")."""
    label = text[start:colon].strip().casefold()
    return Source(DEFAULT_DOCUMENT) if label and label in role_phrases("clause_label") else None


def new_lead_line(paragraph: Paragraph, page: Page) -> bool:
    """Whether a paragraph under a lead-in is itself one line that ends on a colon and names a document
    ("Respuesta de ana:" then "Del aviso de privacidad de la app, tal cual:"): it hands over to what
    follows, it is no clause."""
    text = paragraph.text.rstrip()
    if "\n" in text or not text.endswith((":", "：")):
        return False
    return bool(document_mentions(text, page, named_only=True))
