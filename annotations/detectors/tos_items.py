"""The clauses of a set-off clause list whose lines the parser joined into one paragraph: "10.1 You grant …
10.2 Zoomly may …", "7.1 We may suspend your account if: (a) you …; (b) you …; or (c) we …". GUIDELINES
labels a quoted clause list one span per clause, list markers outside."""

from __future__ import annotations

import re

from annotations.detectors.tos_blocks import Paragraph, after_spaces, in_poster_voice
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import list_marker, role_pattern
from annotations.detectors.tos_wording import clause_end

__all__ = [
    "clause_items",
    "headed_items",
    "inline_items",
    "led_items",
    "open_item",
    "quoted_items",
    "reader_list",
    "running_items",
]

# Where the next item of a clause list may start inside a paragraph: after a full stop, a semicolon or a
# colon, or at a line break.
_ITEM_BREAK = re.compile(r"[.;:](?=[ \t\n])|[。；：]|\n")
# How far into a paragraph the heading before its first numbered clause may run.
MAX_HEAD_CHARS = 160
# Marks that open a quotation: a "heading" ending on one opens a quoted list the quotation walk reads.
_OPENING_MARKS = ("«", "“", "„", "「", "『", '"', "‘")
# Marks that open or close a quotation, apostrophes aside.
_QUOTATION_MARKS = '"“”„«»「」『』'
# A space, then a numbered marker: "… 1.当社は", "… 4.1 You", "… ① 회사는", "… (1)".
_NUMBERED = re.compile(r"\s(?=\(?[0-9０-９]{1,2}(?:\.[0-9]{1,2})?[.)．）]|[（(][0-9０-９]{1,2}[)）]|[①-⑳])")


def clause_items(paragraph: Paragraph, start: int | None = None) -> list[tuple[int, int]]:
    """The clauses of a set-off paragraph that numbers or letters them, one span each with its marker
    outside: "10.1 You grant … 10.2 Zoomly may …", "7.1 We may suspend your account if: (a) you …; (b) you
    …; or (c) we …" (the parser joins a list's lines into one). None unless the paragraph opens on a marker
    and holds two clauses or more; a bare number inside it ("users under 18 may not") is no marker."""
    text = paragraph.unit.text
    first = list_marker().match(text, paragraph.start if start is None else start, paragraph.end)
    if first is None:
        return []
    starts, ends = [first.end()], []
    for joint in _ITEM_BREAK.finditer(text, first.end(), paragraph.end):
        end = joint.start() if joint.group() == "\n" else joint.end()
        after = after_spaces(text, end)
        linked = role_pattern("list_joint").match(text, after)
        marker = list_marker().match(text, linked.end() if linked else end, paragraph.end)
        if marker is None or marker.group().strip().isdecimal():
            continue
        ends.append(linked.end() if linked else end)
        starts.append(marker.end())
    ends.append(paragraph.end)
    spans = [_trimmed(text, start, end) for start, end in zip(starts, ends, strict=True)]
    return [span for span in spans if span[1] > span[0]] if len(spans) > 1 else []


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """`start` and `end`, with `end` moved back past trailing spaces."""
    return start, start + len(text[start:end].rstrip())


def headed_items(paragraph: Paragraph, page: Page) -> tuple[Source, list[tuple[int, int]]] | None:
    """The document and the clauses of a paragraph that opens on a heading naming the document and one of its
    parts, then numbers the part's clauses with no lead-in: "「ミナトーク」利用規約第9条(投稿の利用) 1.当社は…
    2.会員は…", "Zoomly Terms of Service, section 4 4.1 You … 4.2 We …" (a question-and-answer page pasting
    the terms). Not a heading that is a sentence, nor one where someone speaks."""
    text = paragraph.unit.text
    limit = min(paragraph.end, paragraph.start + MAX_HEAD_CHARS)
    # One look for a numbered marker after a space first: most paragraphs have none.
    hint = _NUMBERED.search(text, paragraph.start, limit)
    marker = list_marker().match(text, hint.start(), paragraph.end) if hint else None
    if hint is None or marker is None:
        return None
    head = text[paragraph.start : hint.start()]
    if not head.strip() or head.rstrip().endswith((".", "。", "!", "?", ":", "：", *_OPENING_MARKS)):
        return None  # a sentence, a lead-in, or a quotation opening on the list ("précisent : « 1. …"): no heading
    if someone_speaks(head):
        return None
    mentions = document_mentions(head, page)
    items = clause_items(paragraph, hint.start()) if mentions else []
    return (Source(mentions[-1].name), items) if items else None


def inline_items(paragraph: Paragraph, start: int) -> list[tuple[int, int]]:
    """The clauses of a numbered list that starts at `start`, after a colon inside a paragraph (the parser
    joins a comment's lines), each up to its full stop: "From the new terms: 1. We may share … 2. We may keep
    … Not great." gives the two clauses, not the reader's remark after them."""
    text = paragraph.unit.text
    return [(begin, clause_end(text, begin, end)) for begin, end in clause_items(paragraph, start)]


def led_items(paragraph: Paragraph) -> list[tuple[int, int]]:
    """A set-off paragraph that opens on a lead line ending in a colon, then numbers its clauses (the parser
    joins a comment's lines): "The user agrees that: 1. the vehicle …; 2. …". GUIDELINES labels the lead
    line and each clause apart, markers outside. None unless two clauses or more follow the colon."""
    colon = _led_colon(paragraph)
    if colon < 0 or reader_list(paragraph):
        return []
    items = clause_items(paragraph, colon + 1)
    return [(paragraph.start, colon + 1), *items] if len(items) > 1 else []


def quoted_items(paragraph: Paragraph, start: int, end: int) -> list[tuple[int, int]]:
    """The lead-in and the clauses of a clause list quoted inside one quotation from `start` to `end`: `"… the
    Borrower authorises the Company to: (a) contact …; (b) contact …"`, or one that opens on its first item
    (`«(c) suponga …; (d) consista …»`). GUIDELINES labels the lead-in and each clause apart, markers outside.
    None unless two items or more."""
    inner = Paragraph(paragraph.unit, start, end, paragraph.stream)
    return clause_items(inner) or led_items(inner)


def running_items(paragraph: Paragraph, start: int, end: int) -> list[tuple[int, int]]:
    """The lead-in and the first clause of a quoted clause list whose quotation the paragraph leaves open, the next
    clauses in the paragraphs below (the parser made each line of `"… to:\n(a) …;\n(b) …;\n(c) …"` a paragraph of its
    own): `"… the Borrower authorises the Company to:` and `contact the Borrower …;`, marker outside. None unless the
    quotation opens on a lead line ending in a colon and one lettered or numbered clause follows it."""
    inner = Paragraph(paragraph.unit, start, end, paragraph.stream)
    colon = _led_colon(inner)
    if colon < 0 or reader_list(inner):
        return []
    item = open_item(Paragraph(paragraph.unit, colon + 1, end, paragraph.stream))
    return [(start, colon + 1), item] if item is not None else []


def open_item(paragraph: Paragraph) -> tuple[int, int] | None:
    """The clause of a paragraph that is one item of a clause list and quotes nothing (`(b) contact any person …;`),
    marker outside; None when it opens on no marker, or on a bare number ("1. "), which numbers a writer's points as
    often. A list item whose marker the parser took off is an item too."""
    text = paragraph.unit.text
    marker = list_marker().match(text, after_spaces(text, paragraph.start), paragraph.end)
    if marker is not None and not marker.group().strip().rstrip(".").isdecimal():
        start = marker.end()
    elif marker is None and paragraph.start == 0 and paragraph.unit.block_kind == "list_item":
        start = after_spaces(text, 0)  # a bullet the parser took off: the item is the whole unit
    else:
        return None
    if any(mark in text[start : paragraph.end] for mark in _QUOTATION_MARKS):
        return None  # it quotes, or closes the quotation (tos_wording.closing_continuation): an apostrophe does neither
    span = _trimmed(text, start, paragraph.end)
    return span if span[1] > span[0] else None


def reader_list(paragraph: Paragraph) -> bool:
    """Whether a paragraph opens on a lead line in a reader's own voice, then numbers points: "My concerns
    are these: 1. the licence is perpetual; 2. …" is the reader's list, not the terms."""
    colon = _led_colon(paragraph)
    return colon >= 0 and in_poster_voice(paragraph.unit.text[paragraph.start : colon])


def _led_colon(paragraph: Paragraph) -> int:
    """Where the lead line of a paragraph that numbers its points after a colon ends, or -1."""
    text = paragraph.unit.text
    limit = min(paragraph.end, paragraph.start + MAX_HEAD_CHARS)
    colon = min(
        (
            i
            for i in (text.find(":", paragraph.start, limit), text.find("：", paragraph.start, limit))
            if i >= 0
        ),
        default=-1,
    )
    if colon < 0 or list_marker().match(text, colon + 1, paragraph.end) is None:
        return -1
    return colon
