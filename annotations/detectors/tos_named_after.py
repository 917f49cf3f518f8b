"""Quotations whose document is named by the words around them in Korean, Chinese and Japanese news.

A quotation the words right after it name as a clause ("「…」라는 조항이 사라졌다", "“…”的条款", "「…」という
規約") is a document's: the one named nearest (before it in its sentence, after it in its sentence or the
next, in the paragraph before) or the page's. A quotation said to be added to or written in something
("禁止事項に「…」が加わった", "「…」と明記している") is a document's only when its sentence names the document
before it. Someone speaking before it, or a law named where no document is, takes it away.
"""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import is_cjk, law_name_pattern, role_pattern

__all__ = ["clause_sentence_after", "juxtaposed", "named_clause_source"]

# How much of the sentence before a quotation, and of the paragraph before, is read for its document.
MAX_NAMED_BEFORE = 600
# How far after a quotation its document may be named: the rest of its sentence and the next one.
MAX_NAMED_AFTER = 300
# Characters between a document's name and the quotation set right after it: a space, perhaps.
MAX_JUXTAPOSED_GAP = 2
# A sentence ends at . ! ? and a space, at a CJK full stop (no space after it), or at a line break.
_DIGIT = re.compile(r"\d")
_STOP = re.compile(r"[.!?](?=\s)|[。！？]|\n")


def named_clause_source(text: str, quote: Quote, page: Page, before: str) -> Source | None:
    """The document of a quotation the words right after it name as a clause or put into a document.

    `before` is the paragraph before the quotation's, where the document may have been named.
    """
    after = quote.close_mark + 1
    named = role_pattern("clause_named_after").match(text, after)
    written = None if named is not None else role_pattern("written_into").match(text, after)
    piece = None if named or written else role_pattern("statement_piece").match(text, after)
    if named is None and written is None and piece is None:
        return None
    left = _sentence_left(text, quote.open_mark)
    if someone_speaks(left):
        return None
    mentions = document_mentions(left, page)
    if piece is not None:
        # "新版隐私政策的“…”一句": the document's sentence; not "隐私政策发布后，网友的“…”一句", a netizen's.
        linked = (
            bool(mentions) and role_pattern("statement_link").fullmatch(left[mentions[-1].end :]) is not None
        )
        return Source(mentions[-1].name) if linked else None
    if mentions or written is not None or _law_named(left) or role_pattern("law_word_cjk").search(left):
        return Source(mentions[-1].name) if mentions else None
    right = _sentence_right(text, after)
    for stretch, nearest in ((right, 0), (before[-MAX_NAMED_BEFORE:], -1)):
        found = document_mentions(stretch, page)
        if found:
            return Source(found[nearest].name)
        if law_name_pattern().search(stretch):
            return None  # "「…」という規定は個人情報保護法の…": a law's provision
    return page.topic


def _law_named(left: str) -> bool:
    """Whether `left` names a law as more than the day it takes effect: "AI 기본법 시행을 염두한 「…」" names the
    law for when the terms changed (role law_taking_effect), not as the quotation's source."""
    taking_effect = role_pattern("law_taking_effect")
    return any(taking_effect.match(left, law.end()) is None for law in law_name_pattern().finditer(left))


def _sentence_left(text: str, position: int) -> str:
    """The sentence before `position`, at most MAX_NAMED_BEFORE characters of it."""
    start = max(0, position - MAX_NAMED_BEFORE)
    stops = [match.end() for match in _STOP.finditer(text, start, position)]
    return text[max([start, *stops]) : position]


def _sentence_right(text: str, position: int) -> str:
    """The rest of the sentence after `position` and the sentence after it, at most MAX_NAMED_AFTER characters."""
    end = min(len(text), position + MAX_NAMED_AFTER)
    stops = [match.end() for match in _STOP.finditer(text, position, end)]
    return text[position : stops[1] if len(stops) > 1 else end]


def juxtaposed(text: str, quote: Quote, page: Page) -> Source | None:
    """The document a Korean or Chinese headline sets right before a quotation of its content, with no verb:
    "줌리 약관 \"녹음 파일 AI 학습에 활용\" 논란", "Zoomly条款“可将录音用于AI训练”引争议". Not when someone else is
    named before it in its sentence ("공정위 \"약관 고쳐라\"" names the regulator, not a document)."""
    quoted = text[quote.start : quote.end]
    if not is_cjk(quoted):
        return None
    left = _sentence_left(text, quote.open_mark)
    stripped = left.rstrip()
    if len(left) - len(stripped) > MAX_JUXTAPOSED_GAP or not stripped:
        return None
    mentions = document_mentions(stripped, page)
    if not mentions or mentions[-1].end != len(stripped):
        return None
    if someone_speaks(stripped):
        return None
    if _heading_of_part(text, quote, stripped[mentions[-1].start :]):
        return None  # "第3条「情報の共有」の第2項": the article's heading
    return Source(mentions[-1].name)


def _heading_of_part(text: str, quote: Quote, part: str) -> bool:
    """Whether a quotation right after a numbered part (`part`: "第3条", "제3조") is that part's heading: a genitive
    particle after it goes on to a piece of the part ("「情報の共有」の第2項")."""
    return (
        _DIGIT.search(part) is not None
        and role_pattern("heading_particle").match(text, quote.close_mark + 1) is not None
    )


def clause_sentence_after(text: str, quote: Quote, page: Page) -> Source | None:
    """The document of a quotation that opens its sentence when the next sentence ends by calling it a clause and names
    the document: "‘회원이 … 동의한 것으로 본다.’ 루나플레이가 최근 이용약관을 개정하면서 새로 넣은 조항이다." Not when
    anything stands before the quotation in its sentence or someone speaks in the sentence after."""
    if _sentence_left(text, quote.open_mark).strip():
        return None
    right = _sentence_right(text, quote.close_mark + 1).lstrip()
    right = right[1:] if right.startswith((".", "。")) else right  # a full stop after the closing mark
    stop = _STOP.search(right)
    sentence = right[: stop.end()] if stop else right
    if role_pattern("clause_sentence_after").search(sentence) is None or someone_speaks(sentence):
        return None
    found = document_mentions(sentence, page)
    return Source(found[-1].name) if found else None
