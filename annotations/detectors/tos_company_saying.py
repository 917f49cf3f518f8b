"""The company, named as the subject, saying in the present tense what its document lets it do or binds users to:
"Vellmor notes that it “may keep backups …”", "The company spells out that users “must …”".

An article that has named the terms or the privacy policy at its top goes on telling their clauses in the company's
name. Present-tense verbs of what a text says ("says", "states", "notes", "adds", "specifies", "spells out") with the
company as their subject, a quotation within a few words, and a permission or a duty in the words that run from the
verb into the quotation ("it may", "users must", "is allowed to") read as the document's clause. A past tense ("said",
"told") reports a statement; verbs of a statement's own ("explains", "promises", "insists") and a statement's voice
inside the quotation ("we take privacy seriously") keep it out, as the caller's guards do for someone else speaking.
"""

from __future__ import annotations

from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["company_saying"]

# Most words between the verb and the quotation: "that, under the new terms, users".
MAX_GAP_WORDS = 8
# How much of the quotation's opening is read for the permission or duty: "may keep", "can share and sell".
MAX_QUOTED_HEAD_CHARS = 40


def company_saying(left: str, quoted: str, company: str | None) -> bool:
    """Whether the lead-in `left` ends with the company saying, in the present tense, what the quotation (`quoted`)
    lets it do or binds users to, within MAX_GAP_WORDS words of the verb. A named subject must be the page's
    `company`: "Mozilla says Vellmor may “…”" gives a critic's reading."""
    saying = role_pattern("company_saying").search(left)
    if saying is None:
        return False
    name = saying.group("name")
    if name is not None and (company is None or not name.startswith(company)):
        return False
    gap = left[saying.end() :]
    if len(words(gap)) > MAX_GAP_WORDS or role_pattern("new_clause").search(gap):
        return False
    if role_pattern("statement_voice").search(quoted):
        return False
    return role_pattern("restating_modal").search(f"{gap} {quoted[:MAX_QUOTED_HEAD_CHARS]}") is not None
