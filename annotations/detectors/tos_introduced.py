"""A pointing word that stands for the thing a sentence before brought in with an indefinite article, for tos_attribution.

"The tax office published a notice on Monday. The notice says platforms must “…”", "La Profeco publicó un aviso el
lunes. El aviso dice que …": the second sentence's notice is the one the first brought in, not the privacy notice the page
named further up. An indefinite article (role introducing_article) right before the noun's last earlier use marks it;
words there that name the document ("Pico published a new privacy notice") keep it the document. Only the nouns of a
notice: a clause or a section brought in so is a part of the document the page is about.
"""

from __future__ import annotations

import re

from annotations.detectors.tos_mentions import document_mentions
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["introduced_before"]

# How many characters before the noun's last earlier use the article and one word may take: "another new ".
MAX_ARTICLE_CHARS = 24


def introduced_before(earlier: str, noun: str) -> bool:
    """Whether the pointing noun's last use in `earlier` came right after an indefinite article, as a thing brought
    in there ("published a notice", "publicó un aviso"), and no document is named across that use. Only a noun that
    stands for a message as readily as for a privacy notice (role screen_notice_noun): a clause or a section brought in
    so ("There was a clause on status. The clause says") is still a part of the document."""
    if noun.casefold() not in role_phrases("screen_notice_noun"):
        return False
    uses = list(re.finditer(rf"\b{re.escape(noun)}\b", earlier, re.IGNORECASE))
    if not uses:
        return False
    last = uses[-1]
    head = earlier[max(0, last.start() - MAX_ARTICLE_CHARS) : last.start()]
    if role_pattern("introducing_article").search(head) is None:
        return False
    window = earlier[max(0, last.start() - MAX_ARTICLE_CHARS) : last.end() + MAX_ARTICLE_CHARS]
    return not document_mentions(window)
