"""Golden pages: each tests/golden/html/<page>/source.html parses to its reviewed expected.json.

Regenerate with FINEPRINT_REGEN_GOLDEN=1 (then review every changed expected.json by eye).
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from parsers.html.extract import Progress, extract_article
from parsers.model import Article

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "html"
PAGES = (
    sorted(path.name for path in GOLDEN.iterdir() if (path / "source.html").exists())
    if GOLDEN.exists()
    else []
)
REGENERATE = os.environ.get("FINEPRINT_REGEN_GOLDEN") == "1"


def page_url(page: str) -> str:
    """The address each golden page is parsed as."""
    return f"https://golden.example/{page}/"


def _iso(value: date | None) -> str | None:
    """ISO 8601 for a date or datetime."""
    return value.isoformat() if value is not None else None


def as_json(article: Article) -> dict[str, Any]:
    """The full parse output as plain JSON values."""
    meta = article.metadata
    return {
        "metadata": {
            "title": meta.title,
            "authors": list(meta.authors),
            "published": _iso(meta.published),
            "updated": _iso(meta.updated),
            "site_name": meta.site_name,
            "url": meta.url,
            "canonical_url": meta.canonical_url,
            "description": meta.description,
            "language": meta.language,
            "tags": list(meta.tags),
            "page_kind": meta.page_kind,
        },
        "blocks": [
            {"id": b.id, "kind": b.kind, "text": b.text, "links": [[k.start, k.end, k.href] for k in b.links]}
            for b in article.blocks
        ],
        "comments": [
            {
                "id": c.id,
                "parent_id": c.parent_id,
                "author": c.author,
                "published": _iso(c.published),
                "text": c.text,
            }
            for c in article.comments
        ],
    }


@pytest.mark.parametrize("page", PAGES)
def test_golden_page(page: str) -> None:
    """The page parses exactly to its reviewed expectation."""
    folder = GOLDEN / page
    article = extract_article((folder / "source.html").read_bytes(), page_url(page), Progress())
    result = as_json(article)
    expected_path = folder / "expected.json"
    if REGENERATE:
        expected_path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert result == json.loads(expected_path.read_text(encoding="utf-8"))


def test_there_are_enough_golden_pages() -> None:
    """At least fifteen hand-written pages guard the parser."""
    assert len(PAGES) >= 15
