"""A quotation right after a document's possessive is the document's wording, whoever names it: "Critics pointed to
the terms' “perpetual licence”", "Lawyers singled out the policy's broad “trusted partners” wording". The possessive
gives the words to the document, as "the terms say" would; the critics only point at them. Not where someone says or
writes it ("The judge wrote that the terms' “arbitration clause is void”"): the words after the possessive are theirs."""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_mentions import Page, Source, company, document_mentions
from annotations.detectors.tos_vocabulary import phrase_alternation, role_pattern

__all__ = ["possessed_source"]

# How much text before the quotation is read for the document and its possessive.
MAX_POSSESSOR_CHARS = 120
# Describing words between the possessive and the quotation: "the policy's broad, vague “…”".
MAX_DESCRIBING_WORDS = 2


@cache
def _possessive_tail() -> re.Pattern[str]:
    """A possessive mark right after a word ("terms'", "policy's"), at most a few describing words (role
    possessed_describing), and the spaces before the quotation's opening mark, at the end of the text read."""
    describing = phrase_alternation("possessed_describing")
    return re.compile(
        rf"(?<=\w)['’]s?(?:,?[ \t]+(?:{describing})){{0,{MAX_DESCRIBING_WORDS}}}[ \t]+$", re.IGNORECASE
    )


def possessed_source(text: str, quote: Quote, page: Page) -> Source | None:
    """The document whose possessive stands right before the quotation, or None."""
    if quote.open_mark < 1 or text[quote.open_mark - 1] not in " \t":
        return None
    left = text[max(0, quote.open_mark - MAX_POSSESSOR_CHARS) : quote.open_mark]
    if "'" not in left and "’" not in left:
        return None  # most quotations: no possessive before them, read no further
    tail = _possessive_tail().search(left)
    if tail is None:
        return None
    head = left[: tail.start()]
    if role_pattern("speaker").search(last_sentence(head)) is not None:
        return None  # "The judge wrote that the terms' “clause is void”": the judge's words on the clause, not its own
    mentions = document_mentions(head, page)
    if not mentions or mentions[-1].end != len(head):
        return None
    return Source(mentions[-1].name, company(head))
