"""Words after a verb of saying that put the saying in another source than the document: "It later said in a blog post
that …", "Weiter heißt es in einer Stellungnahme des Unternehmens, …", "Il précise aussi dans un communiqué que …".
A quotation led in so is that source's words, even right after the document's (GUIDELINES: the company's statements,
blog posts and FAQ answers are no terms). And a quotation standing alone that the next sentence gives to a statement
(claimed_alone)."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_antecedents import claimed_after
from annotations.detectors.tos_attribution_words import letter_words
from annotations.detectors.tos_closing_speaker import opens_sentence
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["claimed_alone", "said_elsewhere"]

# Words read before another source for the preposition that makes it the place of the saying: "in a blog post",
# "in einer Stellungnahme", "dans un communiqué".
PLACE_WORDS = 3
# Marks that close a quotation, after which a full stop inside them ended the sentence.
_CLOSING_MARKS = '”"»」』’'


def said_elsewhere(words: str) -> bool:
    """Whether `words` (the rest of a lead-in after its verb) hold another source (role other_source) with a
    preposition of place (role document_preposition) among the PLACE_WORDS words before it; "paper statements" as the
    object of the verb is no place."""
    for source in role_pattern("other_source").finditer(words):
        before = " ".join(letter_words(words[: source.start()])[-PLACE_WORDS:])
        if before and role_pattern("document_preposition").search(before):
            return True
    return False


def claimed_alone(text: str, quote: Quote) -> bool:
    """Whether a quotation that stands as a sentence of its own is given away by the next sentence ("“…” So said a
    spokesperson.", "“…” Vexa posted the statement on its blog.": tos_antecedents.claimed_after). A quotation a lead
    sets up in its own sentence ("The terms now say: “…”") is the lead's, whatever the next sentence tells."""
    return _alone(text, quote.open_mark) and claimed_after(text, quote.close_mark)


def _alone(text: str, open_mark: int) -> bool:
    """Whether the quotation opening at `open_mark` opens its sentence, also right after a quotation that closed one
    inside its marks ("“… models.” “Your photos remain yours.”")."""
    at = open_mark
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at > 1 and text[at - 1] in _CLOSING_MARKS and text[at - 2] in ".!?。！？":
        return True
    return opens_sentence(text, open_mark)
