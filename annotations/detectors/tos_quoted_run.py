"""Quotations run one after another in a Japanese, Korean or Chinese sentence, with only a list comma, "and" or nothing
between them: "禁止事項には「…」、「…」と「…」が並ぶ", "「…」「…」などを例示している". The word after the run's last
quotation says what each of them is (tos_noted_cue), as an English list's verb does for all its items."""

from __future__ import annotations

import re

__all__ = ["run_end"]

# At most this many quotations are read ahead in a run: a real list quotes a few items, a hostile line thousands.
MAX_RUN_QUOTES = 8
# The longest quotation read as one item of a run.
MAX_ITEM_CHARS = 200
# One more item after a quotation: a list comma, "and" or "or" in the three languages (or nothing), then a quotation
# in the CJK marks or curly ones, closed on its line.
_NEXT_ITEM = re.compile(
    rf"[ \t]*(?:[、,，・]|および|及び|または|又は|や|と|및|와|과|또는|和|与|及|或)?[ \t]*"
    rf"(?:「[^「」\n]{{1,{MAX_ITEM_CHARS}}}」|『[^『』\n]{{1,{MAX_ITEM_CHARS}}}』|“[^“”\n]{{1,{MAX_ITEM_CHARS}}}”"
    rf"|‘[^‘’\n]{{1,{MAX_ITEM_CHARS}}}’)"
)


def run_end(text: str, after: int) -> int:
    """Where the run of quotations that goes on at `after` (right after a closing mark) ends: after the last closing
    mark of the items that follow with only a joiner before each, or `after` itself when no item follows."""
    end = after
    for _ in range(MAX_RUN_QUOTES):
        item = _NEXT_ITEM.match(text, end)
        if item is None:
            break
        end = item.end()
    return end
