"""A clause set off with its own heading in front, as the document prints it: "Our Access to Your Content: We may
access …", "Your Licence to Us. You grant …".

Under a paragraph that names the document, a clause that opens on its own number ("7.2 Pitlane may …") is the
document's (tos_unled_block.numbered_clause). A clause copied with its heading and no number reads the same: the
heading is a few capitalised words in the terms' voice ("Your", "Our": role heading_voice), closed by a colon or a full
stop, and the clause starts after it. A writer's own subheading ("Artificial Intelligence Training: X has the right
…") speaks of the company, not as it, and has no such word.
"""

from __future__ import annotations

import re

from annotations.detectors.tos_vocabulary import role_phrases

__all__ = ["headed_opening"]

# A heading is at most this many words, and at least this many.
MAX_HEADING_WORDS = 8
MIN_HEADING_WORDS = 2
# The heading: words up to the first colon or full stop, then a space and the clause's capital letter.
_HEADING = re.compile(r"[ \t]*([^\W\d_][^:.\n]{0,80}?)[:.][ \t]+(?=[^\W\d_])")
_WORD = re.compile(r"[\w'’-]+")


def headed_opening(text: str) -> bool:
    """Whether a paragraph opens on its own heading in the terms' voice: two to eight words, each capitalised but the
    small ones that join them ("of", "to", "and": role heading_joint), one of them "Your" or "Our" (role
    heading_voice), closed by a colon or a full stop before the clause's first capital letter."""
    match = _HEADING.match(text)
    if match is None or not text[match.end()].isupper():
        return False
    found = _WORD.findall(match.group(1))
    if not MIN_HEADING_WORDS <= len(found) <= MAX_HEADING_WORDS:
        return False
    joints, voices = role_phrases("heading_joint"), role_phrases("heading_voice")
    if not all(word[0].isupper() or word.casefold() in joints for word in found):
        return False
    return any(word.casefold() in voices for word in found if word[0].isupper())
