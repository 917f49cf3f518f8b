"""A clause a court, a regulator or a consumer body judges, quoted right after the word "clause": "The court found
the clause “We may end your account at any time” unfair", "the tribunal held that the clause “…” was abusive", "Das
Landgericht erklärte die Klausel „Wir können …“ für unwirksam". Law firms' alerts and reports of rulings quote the
clause they judge this way; the words in the marks are the clause's, not the judge's, though the judge is the
sentence's subject (GUIDELINES: a clause of a terms document is a terms quote; in nested quotes the terms wording is
labelled). tos_clause_apposed keeps such sentences out, as it keeps a spokesperson who defends a clause; here only a
judging body with a verb of judging counts, on a page that names a document (or on one about a company's users, for
a clause in the company's "we"), and only wording that binds as a clause does (a modal or the parties' voice), so
that a verdict in marks ("found the clause “procedurally unconscionable”") stays the court's."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_clause_apposed import apposed_sentence
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_vocabulary import is_cjk, law_name_pattern, role_pattern

__all__ = ["judged_clause_source"]

# How much text before the quotation is read for its sentence.
MAX_LEAD_CHARS = 240
# A judged clause quoted runs to at least this many words.
MIN_CLAUSE_WORDS = 3
# Roles whose words in the quotation make it bind as a clause: a modal, the parties' or the company's voice.
CLAUSE_WORDING = ("clause_modal", "clause_voice", "document_voice", "document_voice_more")
# Roles of the company speaking in its own terms (we, our, wir, nous), enough on a page about a company's users.
COMPANY_VOICE = ("document_voice", "document_voice_more")
# Roles that make the clause a settlement's or another contract's (as tos_clause_apposed reads them, and a contract
# between businesses, an employer's or a landlord's); not
# statute_context, whose courts and judges are the very subjects here.
NOT_THE_TERMS = ("foreign_context", "other_contract", "business_contract_cue")


def judged_clause_source(text: str, quote: Quote, page: Page) -> Source | None:
    """The page's document when a quotation that binds as a clause stands right after a clause noun (role
    apposed_clause) in a sentence where a court, a regulator or a consumer body (role clause_judge or public_body)
    judges it (role judging_verb); None otherwise."""
    quoted = text[quote.start : quote.end]
    if len(quoted.split()) < MIN_CLAUSE_WORDS or is_cjk(quoted):
        return None
    if not any(role_pattern(role).search(quoted) for role in CLAUSE_WORDING):
        return None
    if not (
        page.names_document or (page.consumer and any(role_pattern(r).search(quoted) for r in COMPANY_VOICE))
    ):
        return None  # a page about a company's users takes a clause in the company's own voice, as tos_clause_apposed
    apposed = apposed_sentence(text, quote, MAX_LEAD_CHARS)
    if apposed is None:
        return None
    sentence, noun = apposed
    judged = sentence[:noun]
    if role_pattern("judging_verb").search(judged) is None:
        return None
    if (
        role_pattern("clause_judge").search(judged) is None
        and role_pattern("public_body").search(judged) is None
    ):
        return None  # "A spokesperson defended the clause “We …”": no judge
    if role_pattern("judging_hedge").search(judged) or any(
        role_pattern(r).search(sentence) for r in NOT_THE_TERMS
    ):
        return None  # "A court would find the clause “We …” void", "the settlement's clause": no company's terms judged
    if _law_owns(judged, text, quote):
        return None  # "struck down the clause “the minister may …” in the new law": the law's clause
    return page.topic or Source("terms of service")


def _law_owns(judged: str, text: str, quote: Quote) -> bool:
    """Whether the clause judged is a law's: a law named between the judging verb and the clause noun ("struck down the
    IT Act's clause"), or right after the quotation as the clause's owner ("“…” in the new law": role law_owner_after).
    A court's ruling on a law's clause is no terms quote (GUIDELINES: statute text is no terms)."""
    verb = role_pattern("judging_verb").finditer(judged)[-1]
    between = judged[verb.end() :]
    if law_name_pattern().search(between) or role_pattern("law_lead").search(between):
        return True
    return role_pattern("law_owner_after").match(text, quote.close_mark + 1) is not None
