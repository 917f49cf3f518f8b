"""German capitalises every noun, so a fragment of German terms wording quoted in a sentence ("Inhalte zur „Verbesserung
von Machine-Learning-Modellen“ einsetzen", "Rechte wie „Reproduktion, Verbreitung, Modifikation“") looks like a
title-case heading or button. Its capitals say nothing there: it is a label only when a heading's or an option's noun
names it ("im Abschnitt „Nutzung von Cookies“"), or when every word of it opens on a capital and no comma lists them: a
name ("für „Meta AI“", "der Begriff „Geteilte Inhalte“", "heißt nur noch „Wolkig Plus“") is capitalised in any language."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import letter_words
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["noun_case"]

# How far back the quotation's sentence is read for a word of a language that capitalises its nouns.
MAX_SENTENCE_CHARS = 200


def noun_case(text: str, quote: Quote) -> bool:
    """Whether the quotation at `quote` sits in a sentence of a language that capitalises its nouns (a noun_case_word
    before it), with no heading's or option's noun right before its opening mark: its capitals are nouns. Not a
    quotation all of whose words open on a capital with no comma between them (_named)."""
    if _named(text[quote.start : quote.end]):
        return False
    left = last_sentence(text[max(0, quote.open_mark - MAX_SENTENCE_CHARS) : quote.open_mark])
    before = letter_words(left)
    if before and role_pattern("heading_noun").fullmatch(before[-1]) is not None:
        return False
    return role_pattern("noun_case_word").search(left) is not None


def _named(quoted: str) -> bool:
    """Whether every word of a quotation, the small ones too, opens on a capital and no comma lists them: "Meta AI",
    "Geteilte Inhalte" are names; "Verbesserung von Modellen" and "Reproduktion, Verbreitung" are German wording."""
    found = letter_words(quoted)
    return bool(found) and "," not in quoted and all(word[0].isupper() for word in found)
