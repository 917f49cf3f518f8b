"""The article's metadata, shown on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from parsers import Article
from parsers.model import post_count
from tui.formatting import show_date
from tui.safe import plain

if TYPE_CHECKING:
    from annotations import Annotated


def metadata_lines(article: Article, annotated: Annotated | None = None) -> list[str]:
    """Label: value lines for every metadata field the page gave."""
    meta = article.metadata
    fields = (
        ("Title", meta.title),
        ("Authors", ", ".join(meta.authors)),
        ("Published", show_date(meta.published)),
        ("Updated", show_date(meta.updated)),
        ("Site", meta.site_name),
        ("URL", meta.canonical_url or meta.url),
        ("Language", meta.language),
        ("Kind of page", meta.page_kind),
        ("Description", meta.description),
        ("Tags", ", ".join(meta.tags)),
        ("Blocks / comments", f"{len(article.blocks)} / {post_count(article.comments)}"),
    )
    lines = [f"{label}: {value}" for label, value in fields if value]
    if annotated is not None:
        from annotations.summary import format_amount

        totals = ", ".join(format_amount(v, k) for k, v in annotated.summary.totals.items())
        if totals:
            lines.append(f"Penalties in total: {totals}")
        lines.extend(annotated.summary.notes)
    return lines


class MetadataPanel(Static):
    """Title, authors, dates, site, URL and the penalty summary."""

    def show(self, article: Article, annotated: Annotated | None) -> None:
        """Attributes down: the article to describe."""
        self.update(plain("\n".join(metadata_lines(article, annotated))))
