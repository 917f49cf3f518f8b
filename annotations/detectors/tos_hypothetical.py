"""A quotation given as what someone might write into terms, told after it as Japanese and Korean tell a condition:
「変更する」と書いておけば (if one writes "may change"), “…”라고 써 두면. The supposed wording of any terms, not a
company's (GUIDELINES: no company's wording); the words before a quotation are read by tos_fragments.supposed."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["written_if"]


def written_if(text: str, quote: Quote) -> bool:
    """Whether the words right after a quotation's closing mark make it wording supposed written ("と書いておけば")."""
    return role_pattern("supposition_after").match(text, quote.close_mark + 1) is not None
