"""A set-off clause whose sentence the page wraps over several paragraphs: blogs that put every line of a quotation in
its own paragraph ("ユーザーがサービスを通じて送信、投稿、" / "表示するコンテンツに対して、ユーザーは、" / …). The
paragraph after a taken clause that stopped on a comma goes on with that sentence, so it is more of the clause."""

from __future__ import annotations

from annotations.detectors.quotes import marks
from annotations.detectors.tos_blocks import Paragraph, binds
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_vocabulary import is_cjk

__all__ = ["wrapped_on"]

# Marks a sentence stops on mid-way: a line that ends on one goes on in the next.
_MID_SENTENCE = ("、", "，", ",", ";", "；")
# Marks that end a sentence: a line that ends on one and binds nobody is the writer's own sentence, not the clause's end.
_SENTENCE_END = ("。", ".", "!", "?", "！", "？")


def wrapped_on(previous: Paragraph | None, paragraph: Paragraph) -> bool:
    """Whether `paragraph` goes on with the sentence `previous` (a clause just taken) left open on a comma: in Chinese
    or Japanese script, or on a lower-case first letter; one that ends a sentence must bind as the clause does
    ("無償で利用できることに同意します。"). Not a paragraph that quotes or gives the floor to someone (a writer's line after a
    clause list: "ルミナの担当者は「…」と話した。"), nor a full sentence that binds nobody: the writer's on the clause
    ("この条項にはネット上で批判が相次いでいる。", "lol so they own everything now.")."""
    if previous is None or previous.stream != paragraph.stream:
        return False
    before = previous.text.rstrip()
    text = paragraph.text.strip()
    if not before.endswith(_MID_SENTENCE) or not text or marks().pattern.search(text) or someone_speaks(text):
        return False
    if text.endswith(_SENTENCE_END) and not binds(paragraph):
        return False  # "この条項には批判が相次いでいる。", "lol so they own it now.": the writer on the clause, binding nobody
    # Chinese and Japanese have no capitals: a line of theirs goes on in one that is theirs too.
    return is_cjk(text[:1]) if is_cjk(before[-2:]) else text[0].islower()
