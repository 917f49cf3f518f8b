"""Articles out of the library: the JSON contract with the library's own fields, or a Markdown report."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from annotations.jsonio import annotated_to_json, article_to_json
from tui.library.listing import list_articles
from tui.library.loading import load_saved
from tui.library.store import Library
from tui.render_text import as_markdown
from tui.sources import Loaded
from tui.version import fineprint_version

SLUG_LENGTH = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(title: str | None) -> str:
    """A file-name-safe form of a title: ASCII letters, digits and hyphens only."""
    ascii_title = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", ascii_title.lower()).strip("-")[:SLUG_LENGTH].strip("-") or "article"


def article_document(library: Library, loaded: Loaded, article_id: int) -> dict[str, Any]:
    """The `annotate --format json` object of a saved article, with a `library` part: its versions."""
    versions = [
        {"id": v.version_id, "fetched_at": v.fetched_at, "final_url": v.final_url,
         "content_type": v.content_type, "parser_version": v.parser_version}
        for v in library.versions(article_id)
    ]  # fmt: skip
    document: dict[str, Any] = {"source": loaded.source, "fineprint_version": fineprint_version(),
                                "article": article_to_json(loaded.article)}  # fmt: skip
    document.update(annotated_to_json(loaded.annotated))
    document["library"] = {"id": article_id, "saved_at": loaded.saved_at, "versions": versions}
    return document


def markdown_document(loaded: Loaded) -> str:
    """The Markdown report of a saved article, with where and when it was saved."""
    report = as_markdown(loaded)
    heading, _, rest = report.partition("\n")
    return f"{heading}\n\nSaved from <{loaded.source}> on {loaded.saved_at}.\n{rest}"


def export_library(library: Library, folder: Path, output_format: str) -> list[Path]:
    """Write every article to `folder` as `<id>-<slug>.md` or `.json`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for summary in list_articles(library, limit=1_000_000):
        loaded = load_saved(library, summary.id)
        if loaded is None:
            continue  # removed by another process meanwhile
        suffix = "json" if output_format == "json" else "md"
        path = folder / f"{summary.id}-{slug(summary.title)}.{suffix}"
        if output_format == "json":
            text = (
                json.dumps(article_document(library, loaded, summary.id), ensure_ascii=False, indent=2) + "\n"
            )
        else:
            text = markdown_document(loaded)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
