"""News of a change to a document that quotes the wording taken out or put in ("Zoomly updated its privacy
policy. The update removes the line “…”", "The sentence “…” has been removed"): the quotation is the document's
old or new wording, though no verb of saying gives it to the document."""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import Paragraph, last_sentence
from annotations.detectors.tos_clause_context import SENTENCE_END_MARKS, someone_speaks
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern

__all__ = ["changed_to_rule", "changed_wording"]

# How far back a change's sentence and the sentences before it are read for the document changed.
MAX_CHANGE_REACH = 300
# How much after the quotation is read for "has been removed" and the like.
MAX_STATE_CHARS = 60
# Where the subject of a change's verb starts, after the last of these ("Under the new law, the update removes"), and
# where the words after the quotation stop being its sentence's.
_CLAUSE_BREAK = re.compile(r"[,;:(—–，；]")
_SENTENCE_END = re.compile(rf"[{re.escape(SENTENCE_END_MARKS)}](?:\s|$)")


def changed_wording(
    text: str, paragraph: Paragraph, quote: Quote, page: Page, before: str = ""
) -> Source | None:
    """The document whose wording a quotation is, when the sentence takes a piece of text out of it or puts one in
    ("The update removes the line “…”", "drops the sentence “…”", "The phrase “…” is gone") and the document is
    named just before; not when someone speaks in that sentence ("A spokesperson said the update removes …") or a
    law is named after the document ("The bill strikes the words “…”")."""
    window = text[max(paragraph.start, quote.open_mark - MAX_CHANGE_REACH) : quote.open_mark]
    left = last_sentence(window)
    after = text[quote.close_mark + 1 : min(paragraph.end, quote.close_mark + 1 + MAX_STATE_CHARS)]
    if not _changed(left, after) or someone_speaks(left) or role_pattern("other_source").search(after):
        return None  # "… removes the line “…” from its FAQ": another text changed
    if _changed_elsewhere(left, after):
        return None  # "The bill drops the phrase “…”", "… la frase «…» ao decreto": a law or an ad changed
    recent = ((before + "\n") if len(window) < MAX_CHANGE_REACH else "") + window
    recent = recent[-MAX_CHANGE_REACH:]
    mentions = document_mentions(recent, page)
    if not mentions:
        return None
    named_at = mentions[-1].end
    rest = recent[named_at:]
    if role_pattern("other_source").search(rest) or law_name_pattern().search(rest):
        return None  # "The FTC's order removes the line …", "the GDPR strikes …": another text changed
    return Source(mentions[-1].name)


def _changed_elsewhere(left: str, after: str) -> bool:
    """Whether the change's subject ("the Senate's version of the bill", "Der Gesetzentwurf", "The redesigned
    homepage") or the words right after the quotation ("… ao decreto", "… from the jingle") name a law, a lawmaker or a
    text other than the document as what changed (role changed_elsewhere)."""
    verb = role_pattern("wording_changed").search(left)
    subject = left[: verb.start()] if verb is not None else left
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(subject)]
    subject = subject[breaks[-1] :] if breaks else subject
    end = _SENTENCE_END.search(after)
    rest = _CLAUSE_BREAK.split(after[: end.start() if end else len(after)].lstrip(",;: "), maxsplit=1)[0]
    found = role_pattern("changed_elsewhere")
    return _public_changer(subject) or found.search(subject) is not None or found.search(rest) is not None


def _public_changer(subject: str) -> bool:
    """Whether a change's subject is a lawmaker or a public body ("The minister", "The school district")."""
    return role_pattern("public_changer").search(subject) is not None


def _changed(left: str, after: str) -> bool:
    """Whether a piece of text is taken out or put in: the verb before the quotation ("removes the line"), or the
    piece named before it and its fate after it ("The phrase “…” has been removed")."""
    if role_pattern("wording_changed").search(left) is not None:
        return True
    return (
        role_pattern("wording_piece").search(left) is not None
        and role_pattern("wording_gone").match(after) is not None
    )


# How far before the document's name its change's verb may stand ("updated the Vexo terms of service").
MAX_VERB_TO_DOCUMENT = 40


def changed_to_rule(text: str, paragraph: Paragraph, quote: Quote, page: Page) -> Source | None:
    """The document a company changed so that it says what the quotation says: "Vexo updated its terms of service to
    bar “automated collection of listings”", "revised its privacy policy to allow “…”". The change's verb stands
    right before the document's name, and the rule's verb after it leads to the quotation; nobody speaks in the
    sentence ("The CEO said Vexo updated its terms to bar …" is the CEO's), and the one who changed it is no
    lawmaker nor public body ("The school district changed its policy to ban “…”")."""
    window = text[max(paragraph.start, quote.open_mark - MAX_CHANGE_REACH) : quote.open_mark]
    left = last_sentence(window)
    if someone_speaks(left):
        return None
    for mention in reversed(document_mentions(left, page)):
        rule = role_pattern("rule_after_change").match(left, mention.end)
        if rule is None or rule.end() != len(left):
            continue
        reach = max(0, mention.start - MAX_VERB_TO_DOCUMENT)
        verb = role_pattern("change_verb").search(left[reach : mention.start])
        if verb is None:
            return None
        subject = left[: reach + verb.start()]
        breaks = [match.end() for match in _CLAUSE_BREAK.finditer(subject)]
        if _public_changer(subject[breaks[-1] :] if breaks else subject):
            return None  # "The school district changed its policy to ban “…”": no company's document
        return Source(mention.name)
    return None
