"""A quotation on a counted label line ("Line 2: “…”", "Clause 3: “…”", "Red flag #2: “…”") whose earlier sibling
was found to be a document's: it is the same document's.

Roundups of a new terms document count the passages they quote, one label a line with the writer's gloss under it
("Line 1: “We may …”" / "What it means: …" / "Line 2: “This permission survives …”"). The first passage often binds
as terms do and is found on its own words; a later one need not ("This permission survives the closure of your
account."). The label counts it as one more of the same passages: the same word before a number, on a line of its
own, opening on the quotation, in one of the paragraphs just read, with that paragraph's quotation found to be terms
wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_mentions import Source
from annotations.detectors.tos_wording import normal_wording

__all__ = ["sibling_label"]

# The longest paragraph read for an earlier label line: a roundup's label paragraph is a line or two, and a page of
# one huge paragraph of quotations is not read again for each of them.
MAX_LABEL_PARAGRAPH_CHARS = 2_000
# The longest counted label before its quotation ("Red flag #12: "): a line's start further back is not looked for,
# so a megabyte line of quotations is not read back to its start for each.
MAX_LABEL_CHARS = 48
# The most recent wordings found that an earlier label's quotation is looked up among.
MAX_WORDINGS = 200

# A counted label: a capitalised word or two, a number, a mark ("Line 2:", "Red flag #2.").
_LABEL_HEAD = r"(?P<word>[A-Z][a-z]{1,15}(?:[ ][a-z]{1,15})?)[ ]#?(?P<number>\d{1,2})[ ]?[:.)–—-][ \t]*"
# The label opening a line, right before a quotation's opening mark.
_LABEL = re.compile(_LABEL_HEAD + "$")
# The same label opening a line of an earlier paragraph, and the quotation it opens (its words up to the mark that
# closes it on that line).
_LABELLED_LINE = re.compile(r"(?m)^" + _LABEL_HEAD + r"[\"“«„](?P<quoted>[^\"”»“\n]{1,600})[\"”»“]")


def sibling_label(
    text: str, quote: Quote, recent: Iterable[str], found: list[tuple[str, Source]]
) -> Source | None:
    """The document whose quotation opened an earlier line under the same counted label as the line `quote` opens
    (`recent`: the paragraphs just read; `found`: the wordings found and whose they are), or None."""
    reach = max(0, quote.open_mark - MAX_LABEL_CHARS)
    line_start = text.rfind("\n", reach, quote.open_mark) + 1
    if line_start == 0 and reach > 0:
        return None  # no line starts close enough before the quotation to be a label
    label = _LABEL.fullmatch(text, line_start, quote.open_mark)
    if label is None or not found:
        return None
    word, number = label.group("word"), label.group("number")
    siblings = [
        normal_wording(line.group("quoted"))
        for paragraph in recent
        if len(paragraph) <= MAX_LABEL_PARAGRAPH_CHARS
        for line in _LABELLED_LINE.finditer(paragraph)
        if line.group("word") == word and line.group("number") != number
    ]
    if not siblings:
        return None
    for wording, source in reversed(found[-MAX_WORDINGS:]):
        if normal_wording(wording) in siblings:
            return source
    return None
