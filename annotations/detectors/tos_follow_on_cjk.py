"""A Korean, Japanese or Chinese sentence that goes on quoting the document the sentence before quoted, opening on a
word of going on and naming nobody new: "개정 약관은 “…”고 규정했다. 또 “…”고 고지했다.", "이어 ‘…’라고 명시했다",
"また「…」とも定めている", "此外，协议还写道“…”". News on changed terms quotes clause after clause this way with the
subject dropped; the document's last quotation must stand in the same paragraph or the one right before, and a verb of
saying after the quotation ("…”고 말했다") or anyone named before it (an official, a statement, a law, a public body)
makes it someone else's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import Paragraph
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_public_cjk import public_text_named
from annotations.detectors.tos_vocabulary import is_cjk, law_name_pattern, role_alternation

__all__ = ["follow_on_source"]

# How far before the quotation its sentence is read for the word of going on: "또 회원이 탈퇴하면" at most.
MAX_LEAD_CHARS = 40
# How far after the quotation its verb is read.
MAX_REST_CHARS = 30
# A sentence ends at a full stop, a line break, or a closing mark's sentence end.
_SENTENCE_END = re.compile(r"[。.!?！？\n]")


def follow_on_source(
    text: str, paragraph: Paragraph, quote: Quote, page: Page, last: tuple[str, Source], recent: Sequence[str]
) -> Source | None:
    """The source of the document's last quotation (`last`: its words and source) when `quote`'s sentence opens on a
    word of going on (role follow_on_opening) with nobody named before the quotation, and that last quotation stands
    earlier in this paragraph or in the one before (`recent`: the paragraphs read before, last one last)."""
    window = text[max(paragraph.start, quote.open_mark - MAX_LEAD_CHARS) : quote.open_mark]
    if not is_cjk(window + text[quote.start : quote.start + 2]):
        return None
    stops = list(_SENTENCE_END.finditer(window))
    if not stops and quote.open_mark - MAX_LEAD_CHARS > paragraph.start:
        return None  # a sentence that runs on longer than a lead-in: not one that only goes on
    sentence = window[stops[-1].end() :] if stops else window
    opening = role_alternation("follow_on_opening").match(sentence.lstrip())
    if opening is None:
        return None
    before = text[paragraph.start : quote.open_mark - len(sentence)]
    if last[0] not in before and not (recent and last[0] in recent[-1] and not before.strip()):
        return None  # the document's last quotation is not right above
    if someone_speaks(sentence) or law_name_pattern().search(sentence) or public_text_named(sentence, page):
        return None  # "또 관계자는 “…”고 말했다", "이어 개정안은 “…”": someone else's
    if any(role_alternation(role).search(sentence) for role in ("public_owner", "official_title")):
        return None
    after = quote.close_mark + 1
    rest = text[after : after + MAX_REST_CHARS]
    end = _SENTENCE_END.search(rest)
    if role_alternation("noted_other").search(rest[: end.start() if end else len(rest)]):
        return None  # "또 “…”고 설명했다": the company's explanation
    return last[1]
