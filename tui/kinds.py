"""How the app names and marks each kind of annotation: one table, read by every pane."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KindLook:
    """A kind's glyph (drawn before each highlight, so colour is never the only signal) and names."""

    glyph: str
    label: str
    singular: str
    plural: str

    def count(self, number: int) -> str:
        """ "1 law", "7 laws"."""
        return f"{number} {self.singular if number == 1 else self.plural}"


KINDS: dict[str, KindLook] = {
    "law": KindLook("§", "Laws", "law", "laws"),
    "penalty": KindLook("¤", "Penalties", "penalty", "penalties"),
    "tos_quote": KindLook("¶", "ToS quotes", "terms-of-service quote", "terms-of-service quotes"),
}
GLYPHS = {kind: look.glyph for kind, look in KINDS.items()}
UNIT_PLACES = {"title": "title", "description": "standfirst", "block": "body", "comment": "comment"}
