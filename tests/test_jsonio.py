"""The JSON contract: articles survive a round trip; amounts and dates keep their forms."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from annotations import annotate
from annotations.jsonio import annotated_to_json, article_from_json, article_to_json, number_to_json
from parsers import parse_text

SAMPLE = Path(__file__).resolve().parent.parent / "tui" / "sample" / "sample-article.txt"


def test_article_round_trips_through_json() -> None:
    """article_from_json(article_to_json(a)) gives back the same article (offset maps aside)."""
    article = parse_text(SAMPLE.read_text(encoding="utf-8"))
    data = json.loads(json.dumps(article_to_json(article)))
    assert article_from_json(data) == article


def test_dates_keep_what_the_source_said() -> None:
    """A date stays a date, a naive time stays naive, a zone stays."""
    article = parse_text(
        "A headline for the dates test\n\nBy Ann Lee | 2024-03-04T14:05:00+01:00\n\nBody of the page here.\n"
    )
    assert article_to_json(article)["metadata"]["published"] == "2024-03-04T14:05:00+01:00"
    restored = article_from_json(article_to_json(article)).metadata.published
    assert isinstance(restored, datetime) and restored.utcoffset() is not None
    assert date(2024, 3, 4).isoformat() == "2024-03-04"
    assert datetime(2024, 3, 4, tzinfo=UTC).isoformat().endswith("+00:00")


def test_amounts_are_integers_when_whole() -> None:
    """Whole amounts are JSON integers; others stay decimal."""
    assert number_to_json(30_000_000.0) == 30_000_000 and isinstance(number_to_json(30_000_000.0), int)
    assert number_to_json(50_120.5) == 50_120.5


def test_annotations_json_has_kind_fields() -> None:
    """Penalties carry amount fields, laws their entry, quotes their document."""
    result = annotated_to_json(annotate(parse_text(SAMPLE.read_text(encoding="utf-8"))))
    kinds = {a["kind"]: a for a in result["annotations"]}
    assert {"amount", "currency", "penalty_type", "conversion_of"} <= kinds["penalty"].keys()
    assert kinds["law"]["law"]["name"]
    assert kinds["tos_quote"]["document"] == "licence agreement"
    assert result["summary"]["totals"]["USD"] == 520_000_000
