"""When scoring finds no body: the densest region of text, so a page with visible text never reads as empty."""

from __future__ import annotations

from parsers.html.blocks import RawBlock
from parsers.html.scoring import good_text_length
from parsers.html.tree import HtmlElement, tag_of

# A child holding this share of its parent's unlinked text is where the text is; the descent stops at a parent
# whose text no one child holds (the region itself).
DENSE_SHARE = 0.6
MAX_DESCENT = 60  # levels walked down at most: nothing a reader needs lives deeper
LAST_RESORT_BLOCKS = 200  # raw blocks kept when every filter refused them all


def densest_region(root: HtmlElement) -> HtmlElement | None:
    """The innermost element that holds most of the page's unlinked text, walked down from <body>; None if no text."""
    body = root.find("body")
    region = body if body is not None else root
    if not good_text_length(region):
        # Only links are left (a page whose static HTML is its menus): they are still what it shows.
        return region if region.text_content().strip() else None
    for _level in range(MAX_DESCENT):
        here = good_text_length(region)
        children = [child for child in region if tag_of(child)]
        if not children:
            break
        lengths = [(good_text_length(child), child) for child in children]
        most, densest = max(lengths, key=lambda pair: pair[0])
        if most < DENSE_SHARE * here:
            break
        region = densest
    return region


def any_text(raw: list[RawBlock]) -> list[RawBlock]:
    """The raw blocks that hold a word, in order: the last resort when every rule refused every block."""
    return [block for block in raw if any(character.isalnum() for character in block.text)][
        :LAST_RESORT_BLOCKS
    ]
