"""The article pane: title, standfirst, byline and dates, then the body; a listing page as items to open."""

from __future__ import annotations

from textual.message import Message

from parsers import Article, Block, Unit
from tui.formatting import byline
from tui.layout import Paragraph
from tui.widgets.text_pane import TextPane

EMPTY = "This page holds no article text."
LISTING_HINT = "A page of links: up and down choose one, enter opens it."
# How each kind of block is drawn: (lead on the first line, lead on the others, indent).
BLOCK_LOOK: dict[str, tuple[str, str | None, int]] = {
    "list_item": ("• ", None, 0),
    "quote": ("│ ", "│ ", 2),
    "code": ("", None, 2),
}


def unit_paragraph(unit: Unit, tight: bool = False) -> Paragraph:
    """The paragraph that draws a title, standfirst or body unit."""
    if unit.kind != "block":
        return Paragraph(unit.id, unit.text, unit.kind, unit_id=unit.id)
    kind = unit.block_kind or "paragraph"
    lead, rest, indent = BLOCK_LOOK.get(kind, ("", None, 0))
    return Paragraph(
        unit.id,
        unit.text,
        kind,
        lead=lead,
        lead_rest=rest,
        indent=indent,
        gap=0 if tight else 1,
        unit_id=unit.id,
    )


class ArticleView(TextPane):
    """The article; on a listing page (a front or search page) a cursor picks the item to open."""

    REPORTS_PAINT = True

    COMPONENT_CLASSES = {
        "pane--title",
        "pane--description",
        "pane--byline",
        "pane--heading",
        "pane--quote",
        "pane--list_item",
        "pane--code",
        "pane--caption",
        "pane--masthead",
    }

    class ItemChosen(Message):
        """The reader chose an item of a listing page."""

        def __init__(self, href: str) -> None:
            super().__init__()
            self.href = href

    def __init__(self, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.items: list[tuple[int, str]] = []
        """On a listing page: (paragraph, first link) of each item, in order."""
        self.item_cursor: int | None = None

    def set_article(self, article: Article) -> None:
        """Attributes down: a new article to show."""
        units = [unit for unit in article.units() if not unit.in_comments]
        head = [unit_paragraph(u) for u in units if u.kind != "block"]
        blocks = [u for u in units if u.kind == "block"]
        masthead = _before_title(units, blocks)
        blocks = blocks[len(masthead) :]
        listing = article.metadata.page_kind == "listing" and any(b.links for b in article.blocks)
        paragraphs = [
            *(
                Paragraph(u.id, u.text, "masthead", gap=int(u is masthead[-1]), unit_id=u.id)
                for u in masthead
            ),
            *head,
            Paragraph("byline", byline(article), "byline"),
        ]
        if listing:
            paragraphs.append(Paragraph("listing", LISTING_HINT, "muted"))
        for position, unit in enumerate(blocks):
            following = blocks[position + 1] if position + 1 < len(blocks) else None
            tight = (
                unit.block_kind == "list_item"
                and following is not None
                and following.block_kind == "list_item"
            )
            paragraphs.append(unit_paragraph(unit, tight))
        if not blocks:
            paragraphs.append(Paragraph("empty", EMPTY, "muted"))
        self.items, self.item_cursor = [], None
        self.fill(paragraphs, {block.id: block.links for block in article.blocks})
        self.items = _items(article.blocks, self.units) if listing else []
        self.item_cursor = 0 if self.items else None
        self._show_cursor()

    def _show_cursor(self) -> None:
        if self.item_cursor is None:
            self.set_emphasis({})
            return
        index = self.items[self.item_cursor][0]
        self.set_emphasis({index: "cursor"})
        self.scroll_to_line(self.lines.first_line.get(index))

    def move_item(self, step: int) -> bool:
        """Move the listing cursor; False when the page is no listing."""
        if self.item_cursor is None:
            return False
        self.item_cursor = max(0, min(len(self.items) - 1, self.item_cursor + step))
        self._show_cursor()
        return True

    def chosen_item(self) -> str | None:
        """The address of the item under the listing cursor."""
        return self.items[self.item_cursor][1] if self.item_cursor is not None else None

    def action_scroll_down(self) -> None:
        if not self.move_item(1):
            super().action_scroll_down()

    def action_scroll_up(self) -> None:
        if not self.move_item(-1):
            super().action_scroll_up()

    def relayout(self) -> None:
        super().relayout()
        if self.item_cursor is not None:
            self._show_cursor()


def _before_title(units: list[Unit], blocks: list[Unit]) -> list[Unit]:
    """The blocks a text has above its title (a site's name, its menu): drawn there, before the title."""
    title = next((unit for unit in units if unit.kind == "title"), None)
    title_start = _source_start(title) if title is not None else None
    if title_start is None:
        return []
    leading: list[Unit] = []
    for block in blocks:
        start = _source_start(block)
        if start is None or start >= title_start:
            break
        leading.append(block)
    return leading


def _source_start(unit: Unit) -> int | None:
    """Where a unit starts in the source text, when its offsets are known."""
    return unit.offsets.to_source(0) if unit.offsets is not None and unit.text else None


def _items(blocks: tuple[Block, ...], units: dict[str, int]) -> list[tuple[int, str]]:
    """A listing's items (its list items with a link; else every block with one): paragraph and first link."""
    linked = [block for block in blocks if block.links and block.id in units]
    items = [block for block in linked if block.kind == "list_item"] or linked
    return [(units[block.id], block.links[0].href) for block in items]
