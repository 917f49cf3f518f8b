"""Japanese and Korean news that quotes a service's terms item by item after naming them earlier on the page, with the
word that makes each quotation the document's standing after it rather than before it: "以前の「…」から、「…」へと
改定されている", "「…」について、改めて投稿禁止としている", "「…」ものが禁止事項として挙げられている", "「…」が追加されて
います", "‘…’는 내용을 넣으며" (kai-you.net, note.com, biz.sbs.co.kr). The cue (role noted_cue) says what the document
prohibits, adds or now reads; the page named the document in its first sentences or a heading (Page.names_document).
Korean news may name the part the words were put in before the verb ("‘…’는 내용을 이용약관 38조 7항에 추가한", role
noted_cue_placed), read further from the closing mark.

A sentence whose verb is one of saying ("「…」と改定の理由を説明した", "…라고 설명했다": role noted_other), or whose
subject before the quotation speaks, is a statement's; a law, a public body's text or an official there keeps the
quotation theirs, as for tos_specified. A quotation followed by a particle of place ("「…」では", role noted_place) is a
part's heading, where the thing noted stands."""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_public_cjk import public_text_named
from annotations.detectors.tos_quoted_run import run_end
from annotations.detectors.tos_vocabulary import law_name_pattern, role_alternation

__all__ = ["noted_source"]

# How far after the closing mark the cue may stand ("」と、責任の所在を明文化した").
MAX_CUE_CHARS = 24
# How far a cue that names where the words were put may run from the closing mark ("'는 내용을 이용약관 38조 7항에 추가한").
MAX_PLACED_CUE_CHARS = 48
# How far the rest of the quotation's sentence is read for a verb of saying.
MAX_REST_CHARS = 60
# How far back the quotation's sentence is read for someone speaking.
MAX_SENTENCE_CHARS = 200
# The document a noted quotation is given on a page with no topic.
DEFAULT_DOCUMENT = "terms of service"
# The quotation's sentence ends at a full stop or a line break.
_END = re.compile(r"[。.!?！？\n]")


def noted_source(text: str, quote: Quote, page: Page) -> Source | None:
    """The page's document when a cue of prohibiting, adding or changing follows the quotation in its sentence and the
    sentence is nobody's statement; None otherwise."""
    if not page.names_document:
        return None
    if role_alternation("noted_place").match(text, quote.close_mark + 1) is not None:
        return None  # "第3条「情報の共有」では、…が記載されている": the quotation is the part's heading
    after = run_end(text, quote.close_mark + 1)  # "「…」、「…」と「…」が並ぶ": the list's cue is every item's
    end = _END.search(text, after, min(len(text), after + MAX_REST_CHARS))
    stop = end.start() if end is not None else min(len(text), after + MAX_REST_CHARS)
    if (
        role_alternation("noted_cue").search(text, after, min(stop, after + MAX_CUE_CHARS)) is None
        and role_alternation("noted_cue_placed").match(text, after, min(stop, after + MAX_PLACED_CUE_CHARS))
        is None
    ):
        return None
    if role_alternation("noted_other").search(text, after, stop) is not None:
        return None  # "「…」と改定の理由を説明した": the company's explanation
    left = last_sentence(text[max(0, quote.open_mark - MAX_SENTENCE_CHARS) : quote.open_mark])
    if someone_speaks(left) or law_name_pattern().search(left) is not None:
        return None  # "担当者は「…」が追加されたと話す", "個人情報保護法は「…」を禁止している"
    if public_text_named(left, page) or any(
        role_alternation(role).search(left) for role in ("public_owner", "official_title")
    ):
        return None  # "政府のガイドラインは「…」を禁止", "박 의원은 “…”는 조항을 넣자고": the state's, the lawmaker's
    return page.topic or Source(DEFAULT_DOCUMENT)
