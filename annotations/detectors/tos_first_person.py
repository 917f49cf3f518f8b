"""Words in the company's own first person quoted inside the writer's sentence, on a page that has quoted its document.

News of a terms change goes on quoting the document after its first quotation without naming it again, inside
sentences of the writer's own: "Zoomly can now use recordings “to improve our products and services”", "Anything you
post may be used “to help train our AI models”". The writer tells the story in the third person, so a "we" or an "our"
inside the marks is not theirs: it is the company's, and a company speaks in two places only, its documents and its
statements (a spokesperson, a blog post, an email). When the page has already quoted its document, the quoted words
hold what a clause holds (the company's services, partners or models, the reader's "you", a modal), and nobody else
speaks in the sentence or the one before it, they are the document's. A page that quoted no document yet, a sentence
that names a speaker, a statement or a law, and words in a statement's own voice ("we take privacy seriously") give
nothing. A reader's comment goes on the same way once the thread has quoted its document ("And they want it all “to
improve our products and services” too."): there the poster's own "I" around the quotation is no other voice for it.
"""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import idiom
from annotations.detectors.tos_blocks import Paragraph, in_poster_voice, last_sentence, words
from annotations.detectors.tos_bound import MAX_AFTER_CHARS, MAX_BEFORE_CHARS, someone_else_around, unquoted
from annotations.detectors.tos_clause_context import others
from annotations.detectors.tos_clauses import clause_categories
from annotations.detectors.tos_lead_guards import writers_reading
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern

__all__ = ["first_person_source"]

# The fewest words of the quotation: "our services" alone is a name for them as often as their wording.
MIN_QUOTED_WORDS = 3
# The fewest words of the writer's own before the quotation in its sentence: the quotation sits inside a sentence of
# theirs ("Zoomly can now use recordings “…”"), not at its start, where a set-off or a spoken line is read by others.
MIN_LEAD_WORDS = 3
# Roles whose words, inside the quotation, make it a statement's, a story's or a question's rather than a clause's.
_NOT_A_CLAUSE = ("statement_voice", "past_narrative", "legal_consequence")
# Roles whose words, in the quotation, show what a clause holds: the reader's "you" or the company's holdings. Not a
# modal alone: "we will build a better app" is a promise, a statement's as often as a clause's.
_CLAUSE_HOLDS = ("reader_address", "company_holding")
# Roles whose words, in the writer's sentence, give the quotation to whoever tells, voices or reports it.
_VOICED = ("company_telling", "voiced_noun", "reporting_source")
# How far before the quotation a word that makes it a name is read ("a title like “…”", "the button “…”").
MAX_NAMING_CHARS = 40
# Roles whose words, right before the quotation, make it the name of a heading, a button or a thing.
_NAMING = ("ui_cue", "so_called", "heading_word")
# Roles whose words, in the writer's sentence or the one before, give the quotation to a law or a public body.
_PUBLIC = ("public_body", "law_subject")


def first_person_source(
    text: str,
    paragraph: Paragraph,
    quote: Quote,
    page: Page,
    settled: Source | None,
    above: str,
    poster: bool = False,
) -> Source | None:
    """The document a quotation in the company's first person is from (`settled`: the source of the last quotation
    the page found) when it sits inside the writer's third-person sentence with nobody else speaking there or in the
    sentence before it (in its paragraph, or the last of `above`, the paragraph before); in a reader's comment
    (`poster`), the sentence may be in the poster's first person."""
    if settled is None or not page.names_document:
        return None
    quoted = text[quote.start : quote.end]
    if not _clause_shaped(quoted):
        return None
    window = text[max(paragraph.start, quote.open_mark - MAX_BEFORE_CHARS) : quote.open_mark]
    sentence = last_sentence(window)
    lead = unquoted(sentence)
    if words(lead) < MIN_LEAD_WORDS or lead.rstrip().endswith((":", "：")):
        return None
    after = unquoted(_rest_of_sentence(text, paragraph, quote.close_mark + 1))
    if not _writers_own(lead, after, page, poster):
        return None
    earlier = window[: len(window) - len(sentence)]
    before = unquoted(last_sentence(earlier.rstrip() or above.rstrip()[-MAX_BEFORE_CHARS:]))
    if someone_else_around(before, "", page) or others(before, []) or _public(before):
        return None  # "Zoomly explained the change in a blog post. Recordings are kept “…”": the post's words
    return settled


def _clause_shaped(quoted: str) -> bool:
    """Whether quoted words read as a clause: at least MIN_QUOTED_WORDS words in no statement's, story's, poster's or
    asker's voice, that either speak as the company (its "we" or "our", company_inside, with what a clause holds:
    _CLAUSE_HOLDS), are shaped as only clauses are (clause_shape: "reproduce, modify and distribute") or fall under a
    clause category of clauses.toml ("improve machine learning models": AI training)."""
    if words(quoted) < MIN_QUOTED_WORDS:
        return False
    if quoted.rstrip().endswith(("?", "!", "？", "！")) or in_poster_voice(quoted) or idiom(quoted):
        return False
    if any(role_pattern(role).search(quoted) for role in _NOT_A_CLAUSE):
        return False
    if role_pattern("company_inside").search(quoted) is not None:
        return any(role_pattern(role).search(quoted) for role in _CLAUSE_HOLDS)
    return role_pattern("clause_shape").search(quoted) is not None or bool(clause_categories(quoted))


def _writers_own(lead: str, after: str, page: Page, poster: bool = False) -> bool:
    """Whether the sentence around the quotation is the writer's own account: told in the third person (no "we" of the
    newsroom's or the company's, no poster's "I" but in a comment: `poster`), naming no document (the rules that read
    one decide there), no law or public body, and nobody who speaks."""
    around = f"{lead} {after}"
    if role_pattern("company_inside").search(around) or (in_poster_voice(around) and not poster):
        return False
    if document_mentions(lead, page) or law_name_pattern().search(around) or _public(around):
        return False
    if any(role_pattern(role).search(around) for role in _VOICED):
        return False  # "Zoomly also reminds users that “…”", "complaints from drivers about “…”": theirs
    if writers_reading(lead):
        return False  # "In other words, “thanks for your pictures, they're ours now”": the writer's gloss
    tail = lead[-MAX_NAMING_CHARS:]
    if any(role_pattern(role).search(tail) for role in _NAMING):
        return False  # "a section with a title like “Information we collect”": a heading's or a button's name
    return not (someone_else_around(lead, after, page) or others(lead, []) or others(after, []))


def _public(text: str) -> bool:
    """Whether `text` names a public body or a law by kind ("the regulator", "the decree")."""
    return any(role_pattern(role).search(text) for role in _PUBLIC)


def _rest_of_sentence(text: str, paragraph: Paragraph, position: int) -> str:
    """The words from `position` to the end of their sentence, at most MAX_AFTER_CHARS and within the paragraph."""
    window = text[position : max(position, min(paragraph.end, position + MAX_AFTER_CHARS))]
    stop = _SENTENCE_END.search(window)
    return window[: stop.start()] if stop else window


# A stop before a space or the end, or a line break: where the sentence after a quotation ends.
_SENTENCE_END = re.compile(r"[.!?。](?=\s|$)|\n")
