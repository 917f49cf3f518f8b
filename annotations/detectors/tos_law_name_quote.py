"""A quotation that is only a law's name: "변경된 약관에는 … 'AI 기본법' 등 관련 법령에 따라 고지한다는 내용도 담겼다"
quotes the law the terms point to, not their wording (GUIDELINES: a law is no terms document)."""

from __future__ import annotations

from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern

__all__ = ["only_law_name"]

# The longest quotation read as a Korean, Japanese or Chinese law named by the character it ends on ("AI 기본법",
# "個人情報保護法"): a clause that ends on 법 is longer.
MAX_CJK_LAW_CHARS = 16


def only_law_name(quoted: str) -> bool:
    """Whether a quotation is a law's name and nothing more: one the knowledge base knows, or a short CJK name that
    ends on the law's character (role law_ending_cjk)."""
    name = quoted.strip(" \t.,")
    if not name:
        return False
    if law_name_pattern().fullmatch(name) is not None:
        return True
    if len(name) > MAX_CJK_LAW_CHARS:
        return False
    ending = role_pattern("law_ending_cjk").search(name)
    return ending is not None and ending.end() == len(name)
