"""The JSON contract: articles survive a round trip; amounts and dates keep their forms."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations import annotate
from annotations.jsonio import (
    annotated_to_json,
    article_from_json,
    article_to_json,
    dumps_indented,
    number_to_json,
)
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


def _standard(document: object) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def test_indented_json_is_the_standard_text_for_an_annotated_article() -> None:
    """The command's fast writer gives json.dumps's exact text for a whole annotated article."""
    article = parse_text(SAMPLE.read_text(encoding="utf-8"))
    document = {"article": article_to_json(article), **annotated_to_json(annotate(article))}
    assert dumps_indented(document) == _standard(document)


def test_indented_json_writes_edge_values_as_the_standard_library_does() -> None:
    """Empty and nested containers, escapes, special floats, non-string keys, tuples."""
    document = {
        "empty": [{}, [], [[]], {"a": {}}],
        "text": 'quote " back \\ line\n nul \x00 sep \u2028 é € 😀',
        "numbers": [0, -1, 2**70, 1.5, -0.0, 1e100, float("nan"), float("inf"), -float("inf")],
        "constants": (True, False, None),
        7: "int key",
        2.5: "float key",
        None: "none key",
        False: "bool key",
    }
    assert dumps_indented(document) == _standard(document)
    assert dumps_indented([]) == "[]" and dumps_indented("x") == '"x"'


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=4), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=60)
@given(_JSON)
def test_indented_json_matches_the_standard_library_on_any_document(document: object) -> None:
    """Any JSON-shaped value comes out as json.dumps(indent=2, ensure_ascii=False) writes it."""
    assert dumps_indented(document) == _standard(document)


def test_a_comments_date_text_is_in_the_json_and_comes_back() -> None:
    """A relative date that gives no computed date is written and read back as the page wrote it."""
    page = "A title about a settlement here\n\nThe body.\n\n2 Comments\n\nprax 5 hours ago\n\nFirst.\n"
    article = parse_text(page)
    data = json.loads(json.dumps(article_to_json(article)))
    assert data["comments"][0]["date_text"] == "5 hours ago" and data["comments"][0]["published"] is None
    assert article_from_json(data).comments[0].date_text == "5 hours ago"
