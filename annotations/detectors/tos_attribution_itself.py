"""The document's own words set apart from what a person said of it, for tos_attribution's lead.

A page that quotes a regulator, a lawyer or a commenter on a company's policy often goes on with the policy's own
wording, and marks it so: "The Privacy Commissioner said the app's policy “falls short”. The policy itself says the
company may “…”", "Clause 14 itself says: “…”", "Die Klausel selbst lautet: „…“". The reflexive right after the
pointing words (role document_itself) sets the document against the person before; on a page that never names the
document in full, such pointing words stand for it all the same; so do pointing words a company's name follows as the one who updated or
published the document ("The policy updated by Pingo reads, “…”" before the founder's own words), on a page that speaks
of users, customers or an app: a school's, a newsroom's or a health service's policy "updated by" it is none.

Someone who only points at the passage does not speak it: in "The passage she means reads: “…”" or "The clause the
lawyer cited says “…”", the person sits in a relative clause on the pointing words (role pointed_by_person), and the
passage is the subject of the verb that hands over.

A numbered part stands for the document that way only on a page that names no law: on a page about a bill or an Act,
"Clause 14 itself says: “…”" quotes the bill's own clause (a parliamentary bill is divided into clauses).
"""

from __future__ import annotations

from annotations.detectors.jurisdiction import cue_words
from annotations.detectors.tos_antecedents import issued_after
from annotations.detectors.tos_mentions import Mention, Page, document_mentions, public_name
from annotations.detectors.tos_vocabulary import part_pattern, role_pattern

__all__ = ["emphasised", "pointing_only"]


def emphasised(left: str, page: Page) -> list[Mention]:
    """On a page that names no document in full, the pointing words in `left` that a reflexive follows right after
    ("The policy itself", "the terms themselves", "Clause 14 itself", "la politique elle-même"), or a company that
    updated or published it ("The policy updated by Pingo"): they stand for the document, as on a page that names it."""
    itself, owned = role_pattern("document_itself"), role_pattern("company_after_pointing")
    if page.names_document or (itself.search(left) is None and owned.search(left) is None):
        return []  # most leads: no reflexive and no company after, read no further
    named = Page(True, page.topic, page.consumer, page.privacy, page.lawless, page.state_policy)
    return [
        mention
        for mention in document_mentions(left, named)
        if (
            itself.match(left, mention.end)
            # "Clause 14 itself says:" on a page about a bill or an Act: the law's clause, not the terms'.
            and (page.lawless or part_pattern().match(left, mention.start) is None)
        )
        or (page.consumer and _company_after(left, mention.end))
    ]


def _company_after(left: str, end: int) -> bool:
    """Whether a company, by its name, updated or published the document whose pointing words end at `end`: "The
    policy updated by Pingo reads,"; not a state body nor a country ("approved by the cabinet", "published by the
    Ministry", "released by Nigeria")."""
    found = role_pattern("company_after_pointing").match(left, end)
    if found is None or issued_after(left, end):
        return False
    owner = found.group("owner")
    return owner not in cue_words() and not public_name(owner, "")


def pointing_only(left: str, mentions: list[Mention], speakers: list[int]) -> list[int]:
    """`speakers` (where someone else speaks in `left`) without those who only point at a document mentioned right
    before them, in a relative clause on it: "The passage she means reads:", "the clause the lawyer cited says"; and
    without a statement the document holds ("Its privacy policy includes the statement:", role held_statement)."""
    if not speakers or not mentions:
        return speakers
    spans = [
        (mention.end, found.end())
        for role in ("pointed_by_person", "held_statement")
        for mention in mentions
        if (found := role_pattern(role).match(left, mention.end))
    ]
    return [speaker for speaker in speakers if not any(start <= speaker < end for start, end in spans)]
