"""A quotation opened right after a short label at a paragraph's start and closed by nothing in it: "Dropbox: “By using
our Services you …", as pages comparing several services' terms set each service's clause under its name. A paragraph
that opens a quotation and leaves it open goes on into the next one, as one opening on the mark does (tos_wording's
paragraph_quotes); the label before the mark changes nothing of that. Whose the quotation is stays for the attribution
to say ("Dropbox:" under "Here is what each service's terms say:", not "Critic:")."""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote, unclosed_opening

__all__ = ["labelled_opening"]

# A label of at most four words ending on a colon: a service's or a company's name ("Microsoft SkyDrive:", "Google:").
_LABEL = re.compile(r"[^\W\d_][\w&.’'+-]*(?:[ \t]+[\w&.’'+-]+){0,3}[ \t]*[:：][ \t]*")


def labelled_opening(text: str, start: int, end: int, quotes: list[Quote]) -> int | None:
    """The offset of an opening mark right after a label at `start` that none of `quotes` (text's) closes before `end`."""
    label = _LABEL.match(text, start, end)
    if label is None:
        return None
    return unclosed_opening(text[:end], label.end(), quotes)
