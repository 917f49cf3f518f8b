"""A clause quoted right after the word "clause", with no verb between, in the company's own voice: "Beanstandet
wird unter anderem die Klausel „Wir können Ihre Daten an Partner weitergeben“", "The group objects to the clause “We
may share your data with partners”". News of a consumer group's suit or a court's ruling names the clause, not the
document, and often never writes "terms": a weak pointing word ("the clause") counts only on a page that names a
document, so these were dropped. The quotation's voice decides instead: a clause that speaks as the company (we, our,
wir, nous: roles document_voice and document_voice_more) is a company's terms, as a law's or a regulator's text is
not; only on a page about a company's users (a consumer cue) or one that names a document, and where nobody speaks in
the sentence before the quotation ("A spokesperson defended the clause “We …”")."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_vocabulary import is_cjk, law_name_pattern, role_pattern

__all__ = ["apposed_sentence", "clause_apposed_source"]

# How much text before the quotation is read for its sentence.
MAX_LEAD_CHARS = 200
# A clause set beside the word "clause" runs to at least this many words.
MIN_CLAUSE_WORDS = 4
# The document such a clause is given on a page with no topic.
DEFAULT_DOCUMENT = "terms of service"
# Roles that make the clause someone else's: a public body, an institution.
NOT_A_COMPANY = ("public_body", "institution_owner")
# Roles that make it a law's, a court's, a settlement's or another contract's clause ("Under the GDPR, a clause “We …”
# would be void", "In the settlement, the company accepted the clause “We will pay …”", "The union agreement contains the
# clause “We will not …”"): as tos_duty reads a public matter, with other_contract.
NOT_THE_TERMS = ("statute_context", "foreign_context", "other_contract")


def clause_apposed_source(text: str, quote: Quote, page: Page) -> Source | None:
    """The page's document (or its terms) when a quotation in the company's voice stands right after a clause noun
    (role apposed_clause) on a page about a company's users or its documents; None otherwise."""
    if not (page.consumer or page.names_document):
        return None
    quoted = text[quote.start : quote.end]
    if not quoted[:1].isupper() or len(quoted.split()) < MIN_CLAUSE_WORDS or is_cjk(quoted):
        return None
    if role_pattern("document_voice").search(quoted) is None and (
        role_pattern("document_voice_more").search(quoted) is None
    ):
        return None
    apposed = apposed_sentence(text, quote, MAX_LEAD_CHARS)
    if apposed is None:
        return None
    sentence, _noun = apposed
    if someone_speaks(sentence) or any(role_pattern(role).search(sentence) for role in NOT_A_COMPANY):
        return None  # "The regulator singled out the clause “We …”" keeps the regulator's reading out
    public = law_name_pattern().search(sentence) or any(
        role_pattern(r).search(sentence) for r in NOT_THE_TERMS
    )
    if public:
        return None  # "Under the GDPR, a clause “We …” would be void": the law's matter, not the terms'
    return page.topic or Source(DEFAULT_DOCUMENT)


def apposed_sentence(text: str, quote: Quote, lead_chars: int) -> tuple[str, int] | None:
    """The sentence before a quotation (read back at most `lead_chars`) that ends on a clause noun (role apposed_clause)
    right before its mark, with where that noun starts; None when the mark is glued to a word or no clause noun stands
    right before it."""
    left = text[max(0, quote.open_mark - lead_chars) : quote.open_mark]
    stripped = left.rstrip(" \t\u00a0")
    if stripped == left:
        return None  # the mark glued to a word: no apposition
    sentence = last_sentence(stripped)
    clauses = list(role_pattern("apposed_clause").finditer(sentence))
    if not clauses or clauses[-1].end() != len(sentence):
        return None  # "the clause" must stand right before the mark
    return sentence, clauses[-1].start()
