"""The article pane: title, byline and dates, then the body with inline highlights."""

from __future__ import annotations

from functools import partial

from textual.widget import Widget
from textual.widgets import Static

from annotations import Annotation
from parsers import Article
from tui.formatting import byline
from tui.safe import plain
from tui.widgets.unit_pane import Entry, UnitPane, units_with_annotations
from tui.widgets.unit_text import UnitText


class ArticleView(UnitPane):
    """The article: title, byline, dates and body blocks."""

    can_focus = True

    def set_article(self, article: Article, annotations: tuple[Annotation, ...]) -> None:
        """Show a new article."""
        kinds = {block.id: block.kind for block in article.blocks}
        units = [(block.id, block.text) for block in article.blocks]
        head: list[Widget] = []
        lead = [(unit.id, unit.text) for unit in article.units() if unit.kind in ("title", "description")]
        for unit_id, text, found in units_with_annotations(lead, annotations):
            head.append(UnitText(unit_id, text, found, classes=f"unit -{unit_id}"))
        head.append(Static(plain(byline(article)), classes="byline"))
        if not article.blocks:
            head.append(Static(plain("This page holds no article text."), classes="empty"))
        entries = [
            Entry(unit_id, partial(_block_widgets, unit_id, text, found, kinds[unit_id]))
            for unit_id, text, found in units_with_annotations(units, annotations)
        ]
        self.fill(head, entries)


def _block_widgets(unit_id: str, text: str, found: tuple[Annotation, ...], kind: str) -> list[Widget]:
    return [UnitText(unit_id, text, found, classes=f"unit -{kind}")]
