"""A citation of an annotation: the quoted words, where they stand, and the article they come from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parsers import Article

if TYPE_CHECKING:
    from annotations import Annotation


def citation(annotation: Annotation, article: Article, source: str) -> str:
    """ "quoted text" — Title, by Author (date). URL or source."""
    meta = article.metadata
    parts = [f"\u201c{' '.join(annotation.text.split())}\u201d"]
    title = meta.title or "Untitled"
    byline = f", by {' and '.join(meta.authors)}" if meta.authors else ""
    when = f" ({meta.published.isoformat()})" if meta.published else ""
    where = "in a reader comment" if annotation.unit_kind == "comment" else ""
    parts.append(f"\u2014 {title}{byline}{when}" + (f", {where}" if where else ""))
    parts.append(meta.canonical_url or meta.url or source)
    return " ".join(parts)
