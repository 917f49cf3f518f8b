"""A pointing word on a page that names no document in full: "Their version now reads: “We share …”", "The earlier
version said “we keep …”", "Dalam kebijakan baru itu tertulis bahwa layanan “dapat membagikan informasi yang kami
kumpulkan …”". News of one company's policy edit often never writes "privacy policy": a weak pointing word (a version, a
wording, a policy; tos_mentions) counts only on a page that names a document, so these were dropped. The page's topic
decides instead: on a page about a company's users (a consumer cue outside quotation marks), such a lead gives the quotation to the
document when the quotation speaks in a company's own voice (we, our, kami: roles document_voice and
document_voice_more), as the document does and a law, a regulator's order or the writer's summary does not.

The pointing word points back: a policy or a part of one (roles policy_noun, part_noun) must stand in the lead's
sentence or the one before, with no other source nor public body after it ("Users got a rewritten policy in March.
Their version now reads: …"). A version of anything else is that thing's: "The ministry rewrote the rules for its
app. The new version reads: “We …”", "Lumo's ad campaign tells users its app is safe. The latest version says “we …”".
"""

from __future__ import annotations

from annotations.detectors.base import sentence_at, sentence_bounds
from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution import lead
from annotations.detectors.tos_clause_context import clause_start
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["voiced_lead"]

# What a pointing word of a company's policy points back to: the policy, or a part of it.
POINTED_TO = ("policy_noun", "part_noun")
# Whose words or whose policy a lead names instead of a company's document: a speaker, a public body, an institution.
NOT_A_COMPANY = ("other_source", "public_body", "institution_owner")
# How far back from a quotation, and from the end of the paragraph before, that word is looked for.
MAX_POINTED_CHARS = 300


def voiced_lead(
    text: str, quote: Quote, page: Page, before: str, fallback: Source | None, previous: str = ""
) -> Source | None:
    """The document a lead made only of a weak pointing word gives a quotation to, on a page that names none, when the
    page is about a company's users and the quotation speaks in a company's voice, with no other source nor public body
    in the lead's sentence, and a policy it points back to (`previous`: the page's paragraph before, a headline
    too); None otherwise."""
    if page.names_document or not page.consumer:
        return None
    quoted = text[quote.start : quote.end]
    if role_pattern("document_voice").search(quoted) is None and (
        role_pattern("document_voice_more").search(quoted) is None
    ):
        return None
    bounds = sentence_bounds(text)
    opening = text[clause_start(text, quote.open_mark, bounds) : quote.open_mark]
    if any(role_pattern(role).search(opening) for role in NOT_A_COMPANY):
        return None  # "The FAQ's new version reads: “We …”", "the ministry's new version", "the school's new policy"
    if not _policy_pointed_to(text, quote.open_mark, bounds, previous):
        return None  # "The ministry rewrote the rules for its app. The new version reads: “We …”": the ministry's
    named = Page(True, page.topic, page.consumer, page.privacy, page.lawless)
    return lead(text, quote.open_mark, named, before, fallback)


def _policy_pointed_to(text: str, position: int, bounds: list[tuple[int, int]], previous: str) -> bool:
    """Whether a policy or a part of one (policy_noun, part_noun) stands in the sentence holding `position` or the one
    before (for a paragraph's first, the last of `previous`, the page's paragraph before), at most MAX_POINTED_CHARS
    back, with no other source nor public body between the last such word and `position`."""
    index = sentence_at(bounds, position)
    reach = position - MAX_POINTED_CHARS
    if index > 0 or not previous:
        return _pointed_to(text, max(bounds[max(0, index - 1)][0], reach), position, "")
    last = max(sentence_bounds(previous)[-1][0], len(previous) - MAX_POINTED_CHARS)
    return _pointed_to(previous, last, len(previous), text[max(bounds[0][0], reach) : position])


def _pointed_to(text: str, start: int, end: int, rest: str) -> bool:
    """Whether a word of POINTED_TO stands in text[start:end] with no other source nor public body after it, in that
    stretch or in `rest` (the lead's words when the stretch is the paragraph before)."""
    ends = [found.end() for role in POINTED_TO for found in role_pattern(role).finditer(text, start, end)]
    if not ends:
        return bool(rest) and _pointed_to(rest, 0, len(rest), "")
    between = text[max(ends) : end] + " " + rest
    return not any(role_pattern(role).search(between) for role in NOT_A_COMPANY)
