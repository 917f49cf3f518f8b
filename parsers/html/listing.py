"""Pages that are lists (front pages, category pages, search results): their items, each a teaser to open.

A listing repeats one card per item: a headline that links to the item, often with a summary. The cards are
found as the largest group of look-alike elements (same tag, same first class) that each hold such a link;
their intro (the section heading, a line about the page) comes with them, in page order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from parsers.html.blocks import RawBlock, extract_blocks
from parsers.html.links import resolve_href
from parsers.html.tree import HtmlElement, tag_of
from parsers.html.vocabulary import (
    BOILERPLATE_LINES,
    CARD_MAX_CHARS,
    CARD_TAGS,
    DATE_ONLY_LINE,
    HEADING_TAGS,
    LISTING_MAX_ARTICLE_CHARS,
    LISTING_MAX_PARAGRAPH_CHARS,
    LISTING_MIN_ITEMS,
    LISTING_MIN_SHARE,
    TEASER_TITLE_MIN_CHARS,
)
from parsers.model import Link
from parsers.sanitize import clean_inline

LABEL_LINK_SHARE = 0.8  # a line of a card that is this much link is a label or a button, not its summary
PROSE_MIN_CHARS = 80  # a paragraph this long beside the cards reads as prose
ITEM_SEPARATOR = " — "  # between a teaser's title and its summary, in the item's one line
MAX_CARDS = 500
MAX_SCANNED = 100_000  # elements looked at for cards, at most


@dataclass
class Cards:
    """The cards of a listing and the share of the page's unlinked-or-linked text they hold."""

    items: list[HtmlElement]
    chars: int


def find_cards(region: HtmlElement) -> Cards:
    """The largest group of look-alike teaser cards under `region` (empty when there is none)."""
    groups: dict[tuple[str, str, HtmlElement | None], list[HtmlElement]] = {}
    for scanned, element in enumerate(region.iter(*CARD_TAGS)):
        if scanned > MAX_SCANNED:
            break
        parent = element.getparent()
        grid = parent.getparent() if parent is not None and tag_of(parent) in ("div", "li") else parent
        groups.setdefault((tag_of(element), _first_class(element), grid), []).append(element)
    best = Cards([], 0)
    for members in groups.values():
        if len(members) < LISTING_MIN_ITEMS:
            continue
        cards = _outermost([element for element in members if _title_link(element) is not None])
        chars = sum(len(card.text_content()) for card in cards)
        if len(cards) >= LISTING_MIN_ITEMS and chars > best.chars:
            best = Cards(cards[:MAX_CARDS], chars)
    return best


def _first_class(element: HtmlElement) -> str:
    """The element's first class name: modifiers after it ("card card--wide") do not split a group."""
    value = (element.get("class") or "").split()
    return value[0] if value else ""


def _outermost(cards: list[HtmlElement]) -> list[HtmlElement]:
    """The cards that no other card of the list encloses."""
    chosen = set(cards)
    return [card for card in cards if not any(parent in chosen for parent in card.iterancestors())]


def _title_link(card: HtmlElement) -> tuple[str, HtmlElement] | None:
    """A card's headline and the link it opens: a linked heading, else its longest link; None if too short."""
    if len(card.text_content()) > CARD_MAX_CHARS:
        return None
    for heading in card.iter(*HEADING_TAGS):
        title = clean_inline(heading.text_content())
        link = _link_of(heading, card)
        if title and link is not None and len(title) >= TEASER_TITLE_MIN_CHARS:
            return title, link
    links = [(clean_inline(link.text_content()) or "", link) for link in card.iter("a") if link.get("href")]
    title, link = max(links, key=lambda pair: len(pair[0]), default=("", None))
    return (title, link) if link is not None and len(title) >= TEASER_TITLE_MIN_CHARS else None


def _link_of(heading: HtmlElement, card: HtmlElement) -> HtmlElement | None:
    """The link a heading opens: one inside it, one around it (up to the card), else the card's first."""
    inside = heading.find(".//a[@href]")
    if inside is not None:
        return inside
    for parent in heading.iterancestors():
        if tag_of(parent) == "a" and parent.get("href"):
            return parent
        if parent is card:
            break
    return card.find(".//a[@href]") if tag_of(card) != "a" else card


def item_block(card: HtmlElement, base_url: str | None) -> RawBlock | None:
    """One card as a list item: its title (linked) and its summary, on one line."""
    found = _title_link(card)
    if found is None:
        return None
    title, link = found
    href = resolve_href(link.get("href"), base_url) or ""
    summary = [block.text for block in extract_blocks([card], base_url) if _is_summary(block, title, href)]
    text = ITEM_SEPARATOR.join([title, *summary])
    links = (Link(0, len(title), href),) if href else ()
    return RawBlock("list_item", text, links, len(title))


def _is_summary(block: RawBlock, title: str, href: str) -> bool:
    """Whether a line of a card says more than its title.

    Not (part of) the title again, a date, "Read more", or a label linking elsewhere (the item's section).
    """
    text = block.text
    if text in title:
        return False
    elsewhere = all(link.href != href for link in block.links)
    if elsewhere and block.link_chars >= LABEL_LINK_SHARE * len(text):
        return False
    return not DATE_ONLY_LINE.match(text) and not BOILERPLATE_LINES.match(text)


def is_listing(cards: Cards, root: HtmlElement, body: list[HtmlElement]) -> bool:
    """Whether the page is a list of items: its cards hold most of its text, and no text reads as an article's.

    `body` is what scoring chose; text of it outside the cards is an article's when there is much of it.
    """
    if len(cards.items) < LISTING_MIN_ITEMS or _text_beside(cards, body) > LISTING_MAX_ARTICLE_CHARS:
        return False
    page = root.find("body")
    page_chars = len((page if page is not None else root).text_content()) or 1
    if cards.chars < LISTING_MIN_SHARE * page_chars:
        return False
    # Teasers summarise in a sentence or two; a long paragraph, in a card or beside the cards, is an article's.
    return all(len(paragraph.text_content()) < LISTING_MAX_PARAGRAPH_CHARS for paragraph in root.iter("p"))


def _text_beside(cards: Cards, body: list[HtmlElement]) -> int:
    """How much paragraph text the chosen body holds outside the cards, or inside one card too long for a teaser.

    Filters, counters and menus beside a grid are no article; paragraphs are.
    """
    card_set = set(cards.items)
    total = 0
    for container in body:
        holder = next((card for card in (container, *container.iterancestors()) if card in card_set), None)
        if holder is not None:
            # Scoring picks one teaser of a real listing; a card with an article's length is that article.
            total += (
                len(container.text_content()) if len(holder.text_content()) > LISTING_MAX_ARTICLE_CHARS else 0
            )
            continue
        for paragraph in container.iter("p"):
            length = len(paragraph.text_content())
            if length >= PROSE_MIN_CHARS and not any(
                parent in card_set for parent in paragraph.iterancestors()
            ):
                total += length
    return total


def listing_blocks(
    cards: Cards, base_url: str | None, keep: Callable[[list[RawBlock]], list[RawBlock]]
) -> list[RawBlock]:
    """The listing's intro and its items, in page order: each card one list item, the text around it kept."""
    card_set = set(cards.items)
    region = _listing_region(cards.items)
    holders = {parent for card in cards.items for parent in _ancestors_up_to(card, region)}
    blocks: list[RawBlock] = []
    stack = list(reversed([child for child in region if tag_of(child)]))
    while stack:
        element = stack.pop()
        if element in card_set:
            item = item_block(element, base_url)
            blocks.extend([item] if item is not None else [])
        elif element in holders:
            stack.extend(reversed([child for child in element if tag_of(child)]))
        else:
            blocks.extend(keep(extract_blocks([element], base_url)))
    return blocks


def _listing_region(cards: list[HtmlElement]) -> HtmlElement:
    """Where a listing's intro and items sit: the main part holding the cards, else their common ancestor."""
    common = cards[0].getparent()
    while common is not None and not all(_encloses(common, card) for card in cards[1:]):
        common = common.getparent()
    if common is None:
        return cards[0]
    for ancestor in [common, *common.iterancestors()]:
        if ancestor.tag == "main" or ancestor.get("role") == "main":
            return ancestor
    return common


def _encloses(ancestor: HtmlElement, element: HtmlElement) -> bool:
    """Whether `ancestor` encloses `element`."""
    return any(parent is ancestor for parent in element.iterancestors())


def _ancestors_up_to(element: HtmlElement, region: HtmlElement) -> list[HtmlElement]:
    """The element's ancestors below `region`."""
    found = []
    for parent in element.iterancestors():
        if parent is region:
            break
        found.append(parent)
    return found
