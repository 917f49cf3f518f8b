"""A quotation joined by "and" to a document's name in marks ("「利用規約」と「都合のいい男」", a title pairing the
terms of use with a phrase; "“Terms of Service” and “Privacy Policy”") is a name or a topic set beside it, as
that name is: no wording of the document named after it."""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import role_alternation

# A name in quotation marks or Japanese corner brackets right before the joining word.
_MARKED_NAME = re.compile(r"[「『“\"]([^「」『』“”\"\n]{1,40})[」』”\"][ \t]?$")
# At least this share of a marked name is the document's name: "「利用規約」", "“the Terms of Service”".
MIN_NAME_SHARE = 0.6


@cache
def _joined_at_end() -> re.Pattern[str]:
    """The joining word that ends a text, standing apart from a word before it ("the" ends in no "e")."""
    return re.compile(
        rf"[ \t]?(?<!\w)(?:{role_alternation('name_coordinator').pattern})[ \t]?$", re.IGNORECASE
    )


def coordinated_with_document(left: str, page: Page) -> bool:
    """Whether `left`, the text before a quotation's opening mark, ends in a document's name in marks and a
    word that joins names ("「利用規約」と", "“Terms of Service” and ")."""
    joined = _joined_at_end().search(left)
    if joined is None:
        return False
    marked = _MARKED_NAME.search(left, 0, joined.start())
    if marked is None:
        return False
    name = marked.group(1).strip()
    named = sum(mention.end - mention.start for mention in document_mentions(name, page))
    return named >= MIN_NAME_SHARE * len(name)
