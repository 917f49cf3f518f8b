"""The comments pane: each comment with its author, date and reply depth."""

from __future__ import annotations

from functools import partial

from textual.widget import Widget
from textual.widgets import Static

from annotations import Annotation
from parsers import Article, Comment
from tui.formatting import show_date
from tui.safe import plain
from tui.widgets.unit_pane import Entry, UnitPane, units_with_annotations
from tui.widgets.unit_text import UnitText

MAX_DEPTH = 6


def depths(comments: tuple[Comment, ...]) -> dict[str, int]:
    """How deep in its thread each comment sits (0 for top level), without recursion."""
    parents = {comment.id: comment.parent_id for comment in comments}
    found: dict[str, int] = {}
    for comment in comments:
        depth, parent, seen = 0, comment.parent_id, set()
        while parent is not None and parent not in seen and depth < MAX_DEPTH:
            seen.add(parent)
            depth += 1
            parent = parents.get(parent)
        found[comment.id] = depth
    return found


def comment_header(comment: Comment) -> str:
    """ "Author · date", in our words around the page's."""
    when = show_date(comment.published)
    return " · ".join(part for part in (comment.author or "Someone", when) if part)


class CommentsView(UnitPane):
    """The reader comments of the article."""

    can_focus = True

    def set_article(self, article: Article, annotations: tuple[Annotation, ...]) -> None:
        """Show the comments of a new article."""
        level = depths(article.comments)
        by_id = {comment.id: comment for comment in article.comments}
        units = [(comment.id, comment.text) for comment in article.comments]
        head: list[Widget] = [Static(plain(f"{len(article.comments)} comments"), classes="pane-title")]
        if not article.comments:
            head.append(Static(plain("No comments."), classes="empty"))
        entries = [
            Entry(unit_id, partial(_comment_widgets, by_id[unit_id], found, level[unit_id]))
            for unit_id, _text, found in units_with_annotations(units, annotations)
        ]
        self.fill(head, entries)


def _comment_widgets(comment: Comment, found: tuple[Annotation, ...], depth: int) -> list[Widget]:
    header = Static(plain(comment_header(comment)), classes=f"comment-header -depth{depth}")
    return [header, UnitText(comment.id, comment.text, found, classes=f"unit comment -depth{depth}")]
