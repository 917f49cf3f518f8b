"""The article pane: title, byline and dates, then the body with inline highlights."""

from __future__ import annotations

from collections.abc import Collection

from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from annotations import Annotation
from parsers import Article
from tui.formatting import byline
from tui.safe import plain
from tui.search import Match
from tui.widgets.unit_text import UnitText


def units_with_annotations(
    units: list[tuple[str, str]], annotations: tuple[Annotation, ...]
) -> list[tuple[str, str, tuple[Annotation, ...]]]:
    """Each unit with the annotations that fall in it."""
    by_unit: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_unit.setdefault(annotation.unit_id, []).append(annotation)
    return [(unit_id, text, tuple(by_unit.get(unit_id, ()))) for unit_id, text in units]


class UnitPane(VerticalScroll):
    """A scrolling pane of UnitText widgets that can scroll one annotation into view."""

    def unit(self, unit_id: str) -> UnitText | None:
        """The widget that draws a unit, if this pane holds it."""
        for widget in self.query(UnitText):
            if widget.unit_id == unit_id:
                return widget
        return None

    def show(self, hidden: Collection[str], selected: Annotation | None) -> None:
        """Attributes down to every unit; scroll to the selected annotation when it is here."""
        selected_id = selected.id if selected else None
        for widget in self.query(UnitText):
            widget.show(hidden, selected_id)
        if selected is not None and (target := self.unit(selected.unit_id)) is not None:
            self.scroll_to_widget(target, animate=False, top=False)

    def show_matches(self, matches: tuple[Match, ...], current: Match | None) -> None:
        """Attributes down: search matches to highlight; scroll to the current one when it is here."""
        by_unit: dict[str, list[tuple[int, int]]] = {}
        for match in matches:
            by_unit.setdefault(match.unit_id, []).append((match.start, match.end))
        for widget in self.query(UnitText):
            widget.show_matches(tuple(by_unit.get(widget.unit_id, ())))
        if current is not None and (target := self.unit(current.unit_id)) is not None:
            self.scroll_to_widget(target, animate=False, top=False)


class ArticleView(UnitPane):
    """The article: title, byline, dates and body blocks."""

    can_focus = True

    def set_article(self, article: Article, annotations: tuple[Annotation, ...]) -> None:
        """Show a new article."""
        self.remove_children()
        units = []
        if article.metadata.title:
            units.append(("title", article.metadata.title))
        units.extend((block.id, block.text) for block in article.blocks)
        kinds = {block.id: block.kind for block in article.blocks}
        widgets: list[Widget] = []
        for unit_id, text, found in units_with_annotations(units, annotations):
            kind = "title" if unit_id == "title" else kinds.get(unit_id, "paragraph")
            widgets.append(UnitText(unit_id, text, found, classes=f"unit -{kind}"))
            if unit_id == "title":
                widgets.append(Static(plain(byline(article)), classes="byline"))
        if not article.blocks:
            widgets.append(Static(plain("This page holds no article text."), classes="empty"))
        self.mount_all(widgets)
        self.scroll_home(animate=False)
