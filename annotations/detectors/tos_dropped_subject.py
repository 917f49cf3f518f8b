"""A Spanish, Portuguese or Italian sentence that says what the document says with no subject of its own.

Those languages drop the pronoun English writes: "La política de privacidad de Zumbo es vaga. Dice que «…»", "As
condições de uso não são claras. Dizem apenas que «…»", "Le condizioni sono vaghe. Prevedono che «…»" — the verb of
saying opens the sentence, and its subject is the document the sentence before opened on, as "It says" is in English.
Only that: the sentence before must open on the document (a person's or a company's sentence hands its verb to them,
"El abogado revisó la política. Afirma que «…»"), and nobody else may speak or be named in either sentence.
"""

from __future__ import annotations

from annotations.detectors.base import sentence_at, sentence_bounds
from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import in_poster_voice, last_sentence
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source, company, document_mentions
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern

__all__ = ["dropped_subject_source"]

# The document opens the sentence before when at most this many words stand before its name ("Las condiciones de uso
# que publican …": one article; "A nova política de privacidade do app …": an article and an adjective).
MAX_WORDS_BEFORE_SUBJECT = 2


def dropped_subject_source(text: str, quote: Quote, page: Page, before: str) -> Source | None:
    """The document a quotation is from when its sentence opens on a verb of saying with no subject (role
    dropped_subject_saying: "Dice que «…»", "Aunque recalcan que X «…»", "Diz apenas que “…”") and the sentence before
    (in the paragraph, or the last of `before`) opens on the document, with nobody else speaking in either."""
    bounds = sentence_bounds(text)
    index = sentence_at(bounds, quote.open_mark)
    left = text[bounds[index][0] : quote.open_mark]
    if role_pattern("dropped_subject_saying").match(left.lstrip()) is None or someone_speaks(left):
        return None
    if index > 0:
        earlier = text[bounds[index - 1][0] : bounds[index - 1][1]]
    elif before.strip():
        earlier = last_sentence(before.rstrip())
    else:
        return None
    mentions = document_mentions(earlier, page)
    if not mentions or len(earlier[: mentions[0].start].split()) > MAX_WORDS_BEFORE_SUBJECT:
        return None
    if someone_speaks(earlier) or law_name_pattern().search(earlier) or in_poster_voice(earlier):
        return None
    if role_pattern("second_subject").search(earlier[mentions[0].end :]):
        return None  # "La política cambió, y la empresa la defendió. Dice que «…»": the company says it
    return Source(mentions[0].name, company(earlier))
