"""Words after a verb of saying that put the saying in another source than the document: "It later said in a blog post
that …", "Weiter heißt es in einer Stellungnahme des Unternehmens, …", "Il précise aussi dans un communiqué que …".
A quotation led in so is that source's words, even right after the document's (GUIDELINES: the company's statements,
blog posts and FAQ answers are no terms)."""

from __future__ import annotations

import re

from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["said_elsewhere"]

# Words read before another source for the preposition that makes it the place of the saying: "in a blog post",
# "in einer Stellungnahme", "dans un communiqué".
PLACE_WORDS = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def said_elsewhere(words: str) -> bool:
    """Whether `words` (the rest of a lead-in after its verb) hold another source (role other_source) with a
    preposition of place (role document_preposition) among the PLACE_WORDS words before it; "paper statements" as the
    object of the verb is no place."""
    for source in role_pattern("other_source").finditer(words):
        before = " ".join(_WORD.findall(words[: source.start()])[-PLACE_WORDS:])
        if before and role_pattern("document_preposition").search(before):
            return True
    return False
