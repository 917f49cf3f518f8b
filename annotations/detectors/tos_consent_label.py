"""Quotations that are no wording of any document, whatever the sentence around them says of the terms: the label of a
consent button or checkbox (「同意する」, « J'ai lu et j'accepte les CGU », “我已阅读并同意”: the user's click; GUIDELINES:
UI labels do not count), and a concept of law quoted as one ("relies on “legitimate interest”": GUIDELINES: terms of
art quoted as concepts of law)."""

from __future__ import annotations

import re

from annotations.detectors.tos_blocks import words
from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["consent_label", "term_of_art"]

# Words after the label that may name what is agreed to: "j'accepte les conditions générales d'utilisation".
MAX_OBJECT_WORDS = 8
# The label after a writer's colon inside the quotation: "人人都撒过一个谎:我已阅读并同意。"
_AFTER_COLON = re.compile(r"[:：]")
_END_MARKS = " \t.。!！…"


def consent_label(quoted: str) -> bool:
    """Whether `quoted` (after its last colon, if any) is a consent label of the vocabulary's `consent_label`, alone or
    followed by the document it accepts (at most MAX_OBJECT_WORDS words): "同意する", "Acepto los términos y
    condiciones". Not a clause that goes on past it ("Acepto que la empresa pueda …")."""
    tail = _AFTER_COLON.split(quoted)[-1].strip().rstrip(_END_MARKS)
    found = role_pattern("consent_label").match(tail)
    if found is None:
        return False
    rest = tail[found.end() :].strip()
    if not rest:
        return True
    return words(rest) <= MAX_OBJECT_WORDS and bool(document_mentions(rest, Page(True, None)))


def term_of_art(quoted: str) -> bool:
    """Whether `quoted`, its surrounding punctuation set aside, is one of the vocabulary's `law_term_of_art` and nothing
    more: "legitimate interest", "liquidated damages"."""
    return role_pattern("law_term_of_art").fullmatch(quoted.strip(_END_MARKS + ",;:'‘’\"")) is not None
