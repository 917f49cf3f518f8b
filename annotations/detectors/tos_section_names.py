"""A quotation that is the heading of a document's part, named by a word for the part beside it.

"The change sits under the “Your Content” section", "im Abschnitt „Rechte an Inhalten“", "「ユーザーの権利」の
項目": GUIDELINES leaves section headings out of terms quotes. The word for the part stands right before the
opening mark (a space or more between) or right after the closing one; a heading ends on no full stop, comma or
colon, which is where a quotation that the part's number then attributes ("“…,” section 5 says") ends, nor on the
predicate that ends a Japanese or Korean sentence set in marks without its stop ("「…できるものとします」という項目").
A heading set beside the part's number ("section 4, “Access to the service”", "el apartado 4, el de «…»") is one too
when it is short and no clause's voice ("we", "you", "users") nor modal ("may", "must") is in it.
"""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_plain_roles import plain_role
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["names_part"]

# How far before the opening mark the word for the part and its article are read.
MAX_PART_NOUN_CHARS = 40
# Words of "the section", "la nouvelle rubrique": an article, maybe an adjective, the noun.
PART_NOUN_WORDS = (2, 3)
# The most words of a heading set beside a part's number ("section 4, “Access and use of the services”"); a clause
# set there is longer ("Section 9 (“Plumo may share account data with its partners for marketing”)").
MAX_NUMBERED_HEADING_WORDS = 7
# Where a quoted clause or sentence ends; a heading ends on none of them.
_CLAUSE_ENDS = (".", ",", ";", ":", "!", "?", "。", "、", "…")


def names_part(text: str, quote: Quote) -> bool:
    """Whether the quotation is the heading of a part of the document, by a word for the part beside it."""
    quoted = text[quote.start : quote.end].rstrip()
    if quoted.endswith(_CLAUSE_ENDS) or plain_role("predicate_ending").search(quoted) is not None:
        return False  # "「当社は…利用できるものとします」という項目": a clause with no stop, not a heading
    if plain_role("part_noun_after").match(text, quote.close_mark + 1) is not None:
        return True
    # The article and the noun, with an adjective between or not: the last two or three words before the mark.
    before = text[max(0, quote.open_mark - MAX_PART_NOUN_CHARS) : quote.open_mark]
    if plain_role("numbered_part_before").search(before) is not None:
        # "section 4, “Access to the service”": a heading beside the part's number, not a clause's voice or modal
        return len(quoted.split()) <= MAX_NUMBERED_HEADING_WORDS and not any(
            role_pattern(role).search(quoted) for role in ("clause_voice", "clause_modal")
        )
    if not before[-1:].isspace():
        return False
    found = before.split()
    noun = plain_role("part_noun_before")
    if not found or not noun.may_hold(found[-1]):
        return False  # most quotations follow no word for a part: one look at the last word
    return any(noun.fullmatch(" ".join(found[-count:])) for count in PART_NOUN_WORDS if len(found) >= count)
