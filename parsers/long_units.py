"""Over-long paragraphs and comments cut at sentence ends, so that no unit of an article is huge.

A page written as one 10 MB line (no blank line, no paragraph tag) was one unit: detectors that
look at a quotation's whole paragraph did work in proportion to its length for each quotation in
it, and annotating it took 45 s. Cut into pieces of at most MAX_UNIT_CHARS, it took 7 s. No
paragraph of a real article comes near the limit. A comment is cut the same way (as one unit a
354 KB forum post took about twice as long to annotate as in pieces, 1.2 s against 0.5-0.7 s when
838bf98 was measured): each piece is a comment of its own, by the same author, answering the same
comment, and replies to the post answer its first piece. The pieces after the first say they
continue it (`Comment.continues`), so that the app and the outputs show one post.

A cut falls only where a sentence ends, read as the annotations' sentence splitter reads it: after
a stop and white space, before a capital, a digit, a currency sign or a letter of a script without
case (opening quotes between; the splitter itself knows only capitals A to Z), and never after an
abbreviation ("Acme Co. The", "No. 5", "U.S. Senate") or a lone letter ("e.g. Google", "J. Smith").
The abbreviations are the splitter's own: both read parsers/abbreviations.toml (`parsers.abbreviations`).
Where no such end falls within the limit (sentences opening in lower case, a run of "Mr. "), the cut
falls at any stop and white space, else after the first stop beyond, a sentence kept whole up to
LONG_SENTENCE_TIMES the limit; a text with no stop that long is cut at white space, so no unit is huge.
"""

from __future__ import annotations

import bisect
import re
import sys
import unicodedata
from collections import deque
from dataclasses import replace

from parsers.abbreviations import abbreviations, number_follows
from parsers.model import Comment, Link, OffsetMap

MAX_UNIT_CHARS = 10_000
"""A block longer than this is cut at sentence ends into pieces of at most this many characters (a
sentence longer than that alone stays whole, up to LONG_SENTENCE_TIMES the limit: the detectors read
a sentence as one)."""
LONG_SENTENCE_TIMES = 10
"""How many times the limit a piece may reach to keep one sentence whole; beyond it, a text with no stop
is cut at white space within the limit."""
# A sentence's end: its stop (group 1), any closing quotes or brackets, and the white space after it (group 2).
_SENTENCE_END = re.compile(r"([.!?…。！？])[\"'”’»)\]]*(\s+)")
_SPACE = re.compile(r"\s+")
_PAST = sys.maxsize
"""Greater than any offset: (offset, _PAST, _PAST) sorts after every run that starts at offset."""


# Opening quotes and brackets that may stand between a sentence end and the next sentence's first character.
_OPENING_MARKS = "\"“‘(«'"


def piece_spans(text: str, limit: int = MAX_UNIT_CHARS) -> list[tuple[int, int]]:
    """Spans of `text` cut at sentence ends (the white space between left out), each at most `limit`
    long unless one sentence alone is longer; one span, the whole text, when it is no longer than that."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit and (gap := _gap_after(text, start, limit)) is not None:
        spans.append((start, gap[0]))
        start = space.end() if (space := _SPACE.match(text, gap[1])) else gap[1]
    spans.append((start, len(text)))
    return spans


def _gap_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """Where the piece from `start` ends: at the last sentence end within `limit`, else at the last
    stop and white space within it (lower-case sentences, runs of "Mr. "), else at the first stop and
    white space within `LONG_SENTENCE_TIMES * limit`; None when the rest is no longer than that; else
    at the last white space within `limit`, or right at the limit when there is none."""
    bound = LONG_SENTENCE_TIMES * limit
    chosen = any_stop = None
    for found in _SENTENCE_END.finditer(text, start + 1, start + limit + 1):
        any_stop = found
        if _ends_sentence(text, found):
            chosen = found
    if chosen is None:
        chosen = any_stop or _SENTENCE_END.search(text, start + limit, start + bound + 1)
    if chosen is not None:
        return chosen.start(2), chosen.start(2)
    if len(text) - start <= bound:
        return None
    spaces = deque(_SPACE.finditer(text, start + 1, start + limit + 1), maxlen=1)
    return spaces[0].span() if spaces else (start + limit, start + limit)


def _ends_sentence(text: str, found: re.Match[str]) -> bool:
    """Whether a stop with white space after it ends a sentence: a sentence opens after it, and a full
    stop ends no abbreviation and no lone letter."""
    space = _SPACE.match(text, found.start(2))
    if space is None or not _opens_sentence(text, space.end()):
        return False
    return found.group(1) != "." or not _abbreviated(text, found.start(1))


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a sentence may open at `at`: past any opening quotes (a few), a capital, a digit, a
    currency sign or a letter of a script without case ("Der", "5", "€", "東")."""
    end = min(len(text), at + 4)
    while at < end and text[at] in _OPENING_MARKS:
        at += 1
    if at >= len(text):
        return False
    char = text[at]
    return (
        char.isupper()
        or char.isdigit()
        or (char.isalpha() and not char.islower())
        or (unicodedata.category(char) == "Sc")
    )


def _abbreviated(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends an abbreviation or a lone letter ("e.g.", "J.")."""
    if stop and text[stop - 1].isalpha() and (stop == 1 or not text[stop - 2].isalnum()):
        return True
    known = abbreviations()
    before = text[max(0, stop + 1 - known.reach) : stop + 1]
    if before.endswith(known.glued):
        return True
    # "sec. 7.4" and "SEC. 5" keep their sentence, "30 sec. The" ends it.
    numbered = known.numbered if number_follows(text, stop + 1) else ()
    return any(
        ending.endswith(phrase) and (stop + 1 == len(phrase) or not text[stop - len(phrase)].isalnum())
        for phrases, ending in ((known.spaced, before), (numbered, before.lower()))
        for phrase in phrases
    )


def cut_comments(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """The comments with each over-long one cut into pieces, numbered c0, c1, … again; each piece keeps
    its comment's author, dates and parent, every piece after the first is marked as continuing the
    one before (`Comment.continues`), and a reply to a cut comment answers its first piece."""
    if all(len(comment.text) <= MAX_UNIT_CHARS for comment in comments):
        return comments
    pieces = [(comment, piece) for comment in comments for piece in _comment_pieces(comment)]
    first_id: dict[str, str] = {}
    for index, (comment, _piece) in enumerate(pieces):
        first_id.setdefault(comment.id, f"c{index}")
    return tuple(
        replace(piece, id=f"c{index}", parent_id=first_id.get(piece.parent_id) if piece.parent_id else None)
        for index, (_comment, piece) in enumerate(pieces)
    )


def _comment_pieces(comment: Comment) -> list[Comment]:
    """The comment, or its pieces when it is longer than a unit may be."""
    if len(comment.text) <= MAX_UNIT_CHARS:
        return [comment]
    offsets = comment.offsets
    spans = piece_spans(comment.text)
    return [
        replace(
            comment,
            text=comment.text[start:end],
            links=links,
            offsets=sliced_offsets(offsets, start, end) if offsets is not None else None,
            continues=number > 0,
        )
        for number, ((start, end), links) in enumerate(
            zip(spans, pieces_links(comment.links, spans), strict=True)
        )
    ]


def sliced_offsets(offsets: OffsetMap, start: int, end: int) -> OffsetMap:
    """The offset map of `text[start:end]`, given the map of `text`.

    The runs are sorted by where they start, so only those that meet the slice are looked at (the
    first found by bisection): cutting a comment of many runs into many pieces stays linear.
    """
    runs = offsets.runs
    index = max(0, bisect.bisect_right(runs, (start, _PAST, _PAST)) - 1)
    sliced = []
    while index < len(runs) and (run := runs[index])[0] < end:
        text_start, source_start, length = run
        low, high = max(text_start, start), min(text_start + length, end)
        if low < high:
            sliced.append((low - start, source_start + (low - text_start), high - low))
        index += 1
    return OffsetMap(tuple(sliced))


def pieces_links(links: tuple[Link, ...], spans: list[tuple[int, int]]) -> list[tuple[Link, ...]]:
    """The links within each span of `spans` (sorted, not overlapping), as offsets into that piece; a
    link across a cut is in every piece it meets.

    Each link finds the first piece it meets by bisection and walks on only through the pieces it
    reaches, so cutting a text of many links into many pieces stays linear (scanning every link for
    every piece was pieces × links: 2,000 links in 1,000 pieces made two million tests).
    """
    found: list[list[Link]] = [[] for _ in spans]
    ends = [end for _start, end in spans]
    for link in links:
        index = bisect.bisect_right(ends, link.start)  # the first piece ending after the link starts
        while index < len(spans) and spans[index][0] < link.end:
            start, end = spans[index]
            if link.end > start and link.start < end:
                found[index].append(
                    Link(max(link.start, start) - start, min(link.end, end) - start, link.href)
                )
            index += 1
    return [tuple(piece) for piece in found]
