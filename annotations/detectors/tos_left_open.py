"""The stretch of a paragraph that a quotation mark opens and nothing closes: the quoted text's, not the writer's.

An excerpt often ends inside a quotation ("It's a good thing you have a TOS that states "The services are
provided as-is. We may discontinue service at any ti"), and a quotation may run on into the next paragraph. The
words after such a mark are the quoted document's; read as the paragraph's own, its "we" and "may" would make the
writer's sentence look like a passage of the document itself.
"""

from __future__ import annotations

from annotations.detectors.quotes import marks

__all__ = ["before_left_open"]

# Single marks open nothing here: an apostrophe ("let's", "users'") is one far more often than a quotation.
_SINGLE = frozenset("'‘’‚‹›")
# The fewest words after the mark for it to open a quotation: a lone inch or second sign opens none.
MIN_OPEN_WORDS = 2


def before_left_open(text: str) -> str:
    """`text` up to the first double opening mark nothing closes in it, when words follow that mark; `text` itself
    when it has none. Give it text whose closed quotations are blanked already (tos_bound.unquoted): a double mark
    left in it closes nothing."""
    known = marks()
    for found in known.pattern.finditer(text):
        index, char = found.start(), found.group()
        if char in _SINGLE or not (char in known.pairs or char in known.straight):
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1 : index + 2]
        if before.isalnum() or not after or after.isspace():
            continue
        if len(text[index + 1 :].split()) >= MIN_OPEN_WORDS:
            return text[:index]
    return text
