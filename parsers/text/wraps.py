"""Lines wrapped by hand: when a line goes on with the sentence of the line above it."""

from __future__ import annotations

from parsers.text import vocabulary as vocab


def wrap_width(lines: list[str]) -> int:
    """The width a run of lines was wrapped at: its longest line that is short enough to be wrapped by hand,
    and never less than anyone wraps at (a run of short items is a list, not a wrapped paragraph)."""
    short = (len(line) for line in lines if len(line) <= vocab.WRAPPED_LINE_MAX_CHARS)
    return max([vocab.WRAP_MIN_WIDTH, *short])


def goes_on(above: str, below: str, width: int) -> bool:
    """Whether `below` continues the sentence `above` leaves open, in a run of lines wrapped at `width`.

    `above` leaves it open when it has no sentence end and reaches near the width (a short line is a
    heading, a label or a list item, not a wrapped one), or is a lone function word ("of"); `below` goes on
    with it when it opens with a word of no capital letter ("four per cent of its", not "eBay") or `above`
    ends on a function word ("of", "the", "and"). A list item never goes on from the line above.
    """
    if not above or not below or vocab.SENTENCE_END.search(above) or vocab.LIST_OPENING.match(below):
        return False
    if above.endswith(("_", "*")):  # an emphasised passage closes: what follows is the writer's own
        return False
    words = above.split()
    open_end = vocab.WRAP_OPEN_END.fullmatch(words[-1]) is not None
    if len(above) < vocab.WRAP_NEAR_WIDTH_SHARE * width and not (open_end and len(words) == 1):
        return False
    first = below.split(None, 1)[0]
    return open_end or (first[0].islower() and not any(char.isupper() for char in first))
