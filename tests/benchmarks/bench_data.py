"""Where the shared extraction benchmark lives, and how wcxb-dev pages are scored (standard library only).

Both fineprint's adapter and the peers' adapters import this module: the peers run from their own
venv, so nothing here may import fineprint or a third-party package.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WCXB = "wcxb-dev"
# A page of wcxb-dev whose id hashes into this bucket (of CHECK_BUCKETS) is kept aside as the check split:
# rules are developed on the other pages and judged on these.
CHECK_BUCKETS = 4
CHECK_BUCKET = 0


def shared_bench() -> Path | None:
    """The shared extraction benchmark: $FINEPRINT_SHARED/bench/extraction, else the nearest ../shared."""
    configured = os.environ.get("FINEPRINT_SHARED")
    candidates = [Path(configured)] if configured else [parent / "shared" for parent in HERE.parents]
    for shared in candidates:
        bench = shared / "bench" / "extraction"
        if (bench / "score.py").exists():
            return bench
    return None


@cache
def _truth() -> dict[str, dict[str, Any]]:
    """wcxb-dev's ground truth, or nothing when the benchmark is absent."""
    bench = shared_bench()
    path = bench / "data" / WCXB / "ground-truth.json" if bench else None
    if path is None or not path.exists():
        return {}
    records: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return records


@cache
def forum_urls() -> frozenset[str]:
    """The addresses of wcxb-dev's forum pages, whose truth is the whole thread."""
    return frozenset(
        record.get("url") or "" for record in _truth().values() if record.get("page_type") == "forum"
    )


def join_thread(result: dict[str, Any], url: str) -> dict[str, Any]:
    """On a forum page, the body and the comments joined into one text, as WCXB's truth holds them."""
    if url not in forum_urls():
        return result
    comments = result.get("comments") or ""
    if isinstance(comments, list):
        comments = "\n".join(str(comment) for comment in comments)
    return {**result, "text": "\n".join(part for part in (result.get("text") or "", comments) if part)}


def is_check_page(page_id: str) -> bool:
    """Whether a wcxb-dev page belongs to the check split (a fixed quarter, chosen by a hash of its id)."""
    return int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % CHECK_BUCKETS == CHECK_BUCKET


def check_ids() -> list[str]:
    """The ids of wcxb-dev's check split, sorted."""
    return sorted(page_id for page_id in _truth() if is_check_page(page_id))


def dev_ids() -> list[str]:
    """The ids of wcxb-dev's pages outside the check split, sorted."""
    return sorted(page_id for page_id in _truth() if not is_check_page(page_id))
