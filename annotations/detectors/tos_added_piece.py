"""A piece a company put into its document, named by the verb that would otherwise make it speak: "Quillo has added
this line:" and "the company added a new sentence: “…”" tell of a change to the document, whose added words follow;
"added" there is no statement's verb (GUIDELINES: text quoted from the terms, as the article presents it)."""

from __future__ import annotations

import re

from annotations.detectors.tos_clause_context import others
from annotations.detectors.tos_mentions import Mention
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["added_piece", "adds_piece"]

# The spaces between the verb and the pointing phrase for the piece it added ("added this line"): nothing else.
_BETWEEN = re.compile(r"[ \t]*")
# The colons after the piece that hand over to its words.
_COLONS = (":", "：")
# A piece put into the document named right after it ("added a new line to its"): a few small words before the piece's
# noun, "to" or "into", and at most two words before the document's name.
_INTO = re.compile(
    r"[ \t]+(?:(?:this|that|a|an|the|one|another|new|following|short|single|further)[ \t]+){1,3}"
    r"(?P<noun>[^\W\d_]+)[ \t]+(?:to|into)[ \t]+(?:[\w'’-]+[ \t]+){0,2}",
    re.IGNORECASE,
)


def added_piece(left: str, verb: tuple[int, int], mention: Mention) -> bool:
    """Whether the verb of saying at `verb` (start, end) in `left` adds the piece the pointing phrase at `mention` names,
    right after it and handing over by a colon ("Quillo has added this line:"), with nobody else named before the verb
    ("The spokesperson added this line:")."""
    start, end = verb
    if mention.noun is None or mention.noun.casefold() not in role_phrases("added_piece"):
        return False
    if _BETWEEN.fullmatch(left, end, mention.start) is None or not _hands_over(left[mention.end :]):
        return False  # "It also added the line “…” to its FAQ page": where it went, the words after the quotation say
    return left[start:end].casefold() in role_phrases("piece_adding") and not others(left[:start], [])


def _hands_over(rest: str) -> bool:
    """Whether the words after the piece hand over to its words: a colon ("added this line: “…”"), or nothing, where a
    block's lead-in was cut before its colon; not a quotation right after it ("added the line “…” to its FAQ")."""
    return not rest or rest.strip() in _COLONS


def adds_piece(left: str, mention: Mention) -> bool:
    """Whether `left`, a lead-in ending on the document at `mention`, tells of a piece added to it: "On location, Quillo
    has added this line" or "Quillo added a new line to its privacy policy" before a colon."""
    verb = role_pattern("speaker").search(left, 0, mention.start)
    if (
        verb is None
        or verb.group().casefold() not in role_phrases("piece_adding")
        or others(left[: verb.start()], [])
    ):
        return False
    if added_piece(left, verb.span(), mention):
        return True
    into = _INTO.fullmatch(left, verb.end(), mention.start)
    return into is not None and into.group("noun").casefold() in role_phrases("added_piece")
