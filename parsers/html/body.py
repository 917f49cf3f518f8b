"""From raw blocks to the article body: drop navigation-like and boilerplate lines, number what is kept."""

from __future__ import annotations

import re
from bisect import bisect_left

from parsers.html.blocks import RawBlock
from parsers.html.vocabulary import (
    BIO_LINES,
    BIO_MAX_CHARS,
    BOILERPLATE_LINES,
    CAPTION_CREDIT,
    CAPTION_CREDIT_MAX_CHARS,
    CREDIT_LINES,
    CREDIT_MAX_CHARS,
    DATE_ONLY_LINE,
    MAX_LINK_DENSITY,
    MAX_LINK_DENSITY_SHORT,
    PARAGRAPH_MAX_LINK_DENSITY,
    PRESS_CONTACT_LINES,
    PRESS_CONTACT_MAX_CHARS,
    PROMO_LINES,
    PROMO_MAX_CHARS,
    RELATED_ENDS_AT_CHARS,
    RELATED_HEADINGS,
    SHORT_BLOCK_CHARS,
    TAIL_BIO,
    TAIL_BIO_BLOCKS,
    TAIL_BIO_MAX_CHARS,
)
from parsers.long_units import MAX_UNIT_CHARS, piece_spans, pieces_links
from parsers.model import Block, PageKind

_WORDS = re.compile(r"\w+")
ARTICLE_MIN_BODY_CHARS = 400
# How near a paragraph must stand, before and after a list of links, for the list to be the text's.
LIST_CONTEXT_BLOCKS = 3
MOSTLY_TEXT_SHARE = 0.5  # a list with no more than this share of linked items is text with links in it
PROSE_PARAGRAPH_CHARS = 100
BARE_COUNT = re.compile(r"[#№]?\s*[\d.,\s]+[kKmM]?")
BARE_COUNT_MAX_CHARS = 12
SENTENCE_MIN_WORDS = 4
SENTENCE_ENDS = (".", "!", "?", ":", "”", '"', ")")
MAX_DATE_LINE_CHARS = 40


def _key(text: str) -> str:
    """Words only, lower-cased."""
    return " ".join(_WORDS.findall(text.casefold()))


def _is_navigation(block: RawBlock) -> bool:
    """Whether a block is mostly link text (a menu, a list of related stories)."""
    if not block.link_chars or block.kind == "code":
        return False
    if block.kind == "heading":
        return False  # a linked heading names a section; runs of teasers are caught by their list items
    density = block.link_chars / max(1, len(block.text))
    if block.kind in ("paragraph", "quote") and (
        len(block.text) >= SHORT_BLOCK_CHARS or _is_sentence(block.text)
    ):
        # A paragraph carrying a link or two ("See Streams for more.") is prose; a menu is nearly all links.
        return density > PARAGRAPH_MAX_LINK_DENSITY and not (density < 1.0 and len(block.text) > 200)
    limit = MAX_LINK_DENSITY_SHORT if len(block.text) < SHORT_BLOCK_CHARS else MAX_LINK_DENSITY
    return density > limit


def _is_sentence(text: str) -> bool:
    """Whether a short text reads as a sentence: a few words ending as sentences end."""
    return len(text.split()) >= SENTENCE_MIN_WORDS and text.rstrip().endswith(SENTENCE_ENDS)


def _is_date_only(block: RawBlock) -> bool:
    """Whether a block says nothing but a date or a time: the page's furniture, not the article's text."""
    return len(block.text) <= MAX_DATE_LINE_CHARS and DATE_ONLY_LINE.match(block.text) is not None


def _is_promo(block: RawBlock) -> bool:
    """Whether a short block asks the reader to subscribe, sign up or pay, or is a reprint notice."""
    return len(block.text) <= PROMO_MAX_CHARS and PROMO_LINES.search(block.text) is not None


def _is_credit(block: RawBlock) -> bool:
    """Whether a short block credits a picture ("Titelbild: Agency"), states the rights or is a staff line."""
    if block.kind == "caption":
        # A caption keeps a credit at its end; a caption that is only a credit is not read.
        return len(block.text) <= CAPTION_CREDIT_MAX_CHARS and CAPTION_CREDIT.match(block.text) is not None
    if len(block.text) <= BIO_MAX_CHARS and BIO_LINES.match(block.text):
        return True
    return len(block.text) <= CREDIT_MAX_CHARS and CREDIT_LINES.search(block.text) is not None


def _resumes_article(block: RawBlock) -> bool:
    """Whether a block after a "related articles" line is article text again (a long unlinked paragraph)."""
    return block.kind == "paragraph" and len(block.text) >= RELATED_ENDS_AT_CHARS and not block.link_chars


def _trim_tail(kept: list[RawBlock]) -> list[RawBlock]:
    """The blocks without a press release's contact part and without an author's bio at the end."""
    half = len(kept) // 2
    for index in range(max(1, half), len(kept)):
        text = kept[index].text
        if len(text) <= PRESS_CONTACT_MAX_CHARS and PRESS_CONTACT_LINES.fullmatch(text):
            kept = kept[:index]
            break
    first_tail = max(1, len(kept) - TAIL_BIO_BLOCKS)
    return kept[:first_tail] + [block for block in kept[first_tail:] if not _is_bio(block)]


def _is_bio(block: RawBlock) -> bool:
    """Whether a block is an author's bio ("X is the founder of …")."""
    return (
        block.kind == "paragraph"
        and len(block.text) <= TAIL_BIO_MAX_CHARS
        and TAIL_BIO.match(block.text) is not None
    )


def select_blocks(raw: list[RawBlock], title: str | None) -> tuple[Block, ...]:
    """The body blocks worth reading, numbered b0, b1, …"""
    kept = _trim_tail(keep_blocks(raw, title))
    while kept and kept[-1].kind == "heading":
        kept.pop()
    return number_blocks(kept)


def keep_blocks(raw: list[RawBlock], title: str | None) -> list[RawBlock]:
    """The blocks that are not navigation, boilerplate, furniture, related-links runs or the title again."""
    title_key = _key(title) if title else None
    kept: list[RawBlock] = []
    captions_seen: set[str] = set()
    in_related = False
    within_text = _link_lists_within_text(raw)
    for index, block in enumerate(raw):
        if len(block.text) < SHORT_BLOCK_CHARS and RELATED_HEADINGS.match(block.text):
            in_related = True
            continue
        if in_related:
            if not _resumes_article(block):
                continue
            in_related = False
        if (_is_furniture(block) and index not in within_text) or not _WORDS.search(block.text):
            continue
        if title_key and block.kind == "heading" and _key(block.text) == title_key:
            continue
        if block.kind == "caption":
            # Galleries and lightboxes repeat a picture's caption; a reader needs it once.
            if _key(block.text) in captions_seen:
                continue
            captions_seen.add(_key(block.text))
        kept.append(block)
    return kept


def _link_lists_within_text(raw: list[RawBlock]) -> set[int]:
    """The positions of linked list items in a list that belongs to the text.

    A list of links in the middle of an article (the courses it recommends, the sources it names) is part
    of it, and so is a list whose items are mostly plain text with a link here and there; a list of links
    before or after the text is the page's navigation or its related links.
    """
    within: set[int] = set()
    # Where the blocks that are no headings stand, so the prose before each list is found without rescanning.
    text_positions = [index for index, block in enumerate(raw) if block.kind != "heading"]
    start = 0
    while start < len(raw):
        if raw[start].kind != "list_item":
            start += 1
            continue
        end = start
        while end < len(raw) and raw[end].kind == "list_item":
            end += 1
        linked = [index for index in range(start, end) if _is_navigation(raw[index])]
        mostly_text = len(linked) <= MOSTLY_TEXT_SHARE * (end - start)
        if linked and (mostly_text or (_prose_before(raw, text_positions, start) and _prose_after(raw, end))):
            within.update(linked)
        start = end
    return within


def _prose_before(raw: list[RawBlock], text_positions: list[int], start: int) -> bool:
    """Whether a paragraph of prose stands among the few blocks before `start`, headings not counted."""
    before = bisect_left(text_positions, start)
    nearest = text_positions[max(0, before - LIST_CONTEXT_BLOCKS) : before]
    return _prose_near([raw[index] for index in nearest])


def _prose_after(raw: list[RawBlock], end: int) -> bool:
    """Whether a paragraph of prose stands among the few blocks from `end` on, headings not counted."""
    return _prose_near(
        [block for block in raw[end : end + 2 * LIST_CONTEXT_BLOCKS] if block.kind != "heading"][
            :LIST_CONTEXT_BLOCKS
        ]
    )


def _prose_near(blocks: list[RawBlock]) -> bool:
    """Whether one of the blocks is a paragraph of prose."""
    return any(block.kind == "paragraph" and len(block.text) >= PROSE_PARAGRAPH_CHARS for block in blocks)


def _is_furniture(block: RawBlock) -> bool:
    """Whether a block is a boilerplate line, navigation, a bare date, a publisher's appeal or a credit."""
    return bool(
        BOILERPLATE_LINES.match(block.text)
        or _is_navigation(block)
        or _is_date_only(block)
        or _is_promo(block)
        or _is_credit(block)
        or _is_bare_count(block)
    )


def _is_bare_count(block: RawBlock) -> bool:
    """Whether a short block is only a number or a post number ("65,797", "#2"): a counter, not text."""
    return (
        block.kind in ("paragraph", "list_item")
        and len(block.text) <= BARE_COUNT_MAX_CHARS
        and BARE_COUNT.fullmatch(block.text) is not None
    )


def number_blocks(raw: list[RawBlock]) -> tuple[Block, ...]:
    """Blocks numbered b0, b1, … in order; an over-long one is cut into several (`parsers.long_units`)."""
    pieces = [piece for block in raw for piece in _pieces(block)]
    return tuple(
        Block(id=f"b{index}", kind=block.kind, text=block.text, links=block.links)  # type: ignore[arg-type]
        for index, block in enumerate(pieces)
    )


def _pieces(block: RawBlock) -> list[RawBlock]:
    """The block, or its pieces when it is longer than a unit may be."""
    if len(block.text) <= MAX_UNIT_CHARS:
        return [block]
    spans = piece_spans(block.text)
    return [
        RawBlock(block.kind, block.text[start:end], links)
        for (start, end), links in zip(spans, pieces_links(block.links, spans), strict=True)
    ]


def decide_kind(declared: str | None, listing: bool, blocks: tuple[Block, ...]) -> PageKind:
    """ "article", "listing" (a page of teasers) or "unknown"."""
    body_chars = sum(len(block.text) for block in blocks if block.kind != "heading")
    if declared == "article" and body_chars >= ARTICLE_MIN_BODY_CHARS / 2 and not listing:
        return "article"
    if listing:
        return "listing"
    if body_chars >= ARTICLE_MIN_BODY_CHARS:
        return "article"
    return "unknown"
