"""A vocabulary role of patterns only, compiled as one plain expression and skipped for a text that holds none of
the literal pieces every match needs (gate.required_pieces): for the few small roles asked once per quotation or
lead-in, where the general matcher's per-call bookkeeping costs more than the search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from annotations.detectors.gate import fold, required_pieces
from annotations.detectors.tos_vocabulary import TOS
from annotations.detectors.trie import longest_first
from annotations.knowledge import vocabulary

__all__ = ["PlainRole", "plain_role"]


@dataclass(frozen=True)
class PlainRole:
    """A role's patterns as one expression ignoring case, and the pieces one of which every match holds, as one."""

    pattern: re.Pattern[str]
    pieces: re.Pattern[str] | None  # None: some entry needs no literal piece

    def may_hold(self, text: str) -> bool:
        """Whether `text` holds a piece some match needs (True when no piece is known)."""
        return self.pieces is None or self.pieces.search(fold(text)) is not None

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in `text`, or None."""
        if not self.may_hold(text):
            return None
        return self.pattern.search(text)

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        """A match starting at `pos`, or None."""
        return self.pattern.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """A match of the whole of `text` (a few words), or None."""
        return self.pattern.fullmatch(text)


@cache
def plain_role(role: str) -> PlainRole:
    """The role's entries, each a pattern, as one PlainRole."""
    patterns = [entry.pattern for entry in vocabulary(TOS).role(role) if entry.pattern]
    needs = [required_pieces(pattern, re.IGNORECASE) for pattern in patterns]
    pieces = None
    if all(need is not None for need in needs):
        texts = longest_first(piece.text for need in needs if need is not None for piece in need)
        pieces = re.compile("|".join(re.escape(text) for text in texts))  # compared with the folded text
    return PlainRole(re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE), pieces)
