"""Every labelled annotation set under tests/fixtures/annotations is well formed.

The shared scorer trusts these files: a label whose offsets drift, an overlap the guidelines forbid or a
missing source URL would quietly skew every figure `make bench` prints.
"""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

SETS_DIR = Path(__file__).parent / "fixtures" / "annotations"
SET_FILES = sorted(SETS_DIR.glob("*.jsonl"))
KINDS = ("law", "penalty", "tos_quote")
CURRENCY_CODE = re.compile(r"[A-Z]{3}")
SOURCE_URL = re.compile(r"https?://\S+")


def _cases(path: Path) -> list[dict[str, Any]]:
    """The cases of one JSON Lines file, skipping blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _labels(path: Path) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(case id, case, label) for every label of one file."""
    return [(case["id"], case, label) for case in _cases(path) for label in case["labels"]]


def test_the_sets_exist() -> None:
    """The realstyle set is among the labelled sets (a glob that found nothing would pass vacuously)."""
    names = {path.name for path in SET_FILES}
    assert "realstyle-a.jsonl" in names
    assert any(name.startswith("fresh") for name in names)
    assert len(names) >= 4


def test_case_ids_are_unique_across_all_files() -> None:
    """The scorer merges files and splits halves by id, so an id may appear only once overall."""
    seen: dict[str, str] = {}
    for path in SET_FILES:
        for case in _cases(path):
            assert case["id"] not in seen, f"{case['id']} in {path.name} and {seen[case['id']]}"
            seen[case["id"]] = path.name


@pytest.mark.parametrize("path", SET_FILES, ids=lambda path: path.name)
def test_labels_point_at_their_text(path: Path) -> None:
    """Each label has a known kind and its offsets cut exactly its text out of the case."""
    for case_id, case, label in _labels(path):
        assert label["kind"] in KINDS, (case_id, label)
        start, end = label["start"], label["end"]
        assert 0 <= start < end <= len(case["text"]), (case_id, label)
        assert case["text"][start:end] == label["text"], (case_id, label)


@pytest.mark.parametrize("path", SET_FILES, ids=lambda path: path.name)
def test_labels_of_one_kind_never_overlap(path: Path) -> None:
    """GUIDELINES.md: labels of one kind never overlap (kinds may nest, e.g. a law inside a quote)."""
    for case in _cases(path):
        for kind in KINDS:
            spans = sorted(
                (label["start"], label["end"]) for label in case["labels"] if label["kind"] == kind
            )
            for (_, first_end), (second_start, _) in pairwise(spans):
                assert first_end <= second_start, (case["id"], kind, first_end, second_start)


@pytest.mark.parametrize("path", SET_FILES, ids=lambda path: path.name)
def test_penalty_currencies_are_iso_codes(path: Path) -> None:
    """A penalty with a currency names it by an ISO 4217-style code and carries a numeric amount."""
    for case_id, _, label in _labels(path):
        if label["kind"] != "penalty" or label.get("currency") is None:
            continue
        assert CURRENCY_CODE.fullmatch(label["currency"]), (case_id, label)
        assert isinstance(label.get("amount"), int | float), (case_id, label)


SOURCED_PREFIXES = ("realstyle", "fresh", "tos-real-styles")


@pytest.mark.parametrize(
    "path", [path for path in SET_FILES if path.name.startswith(SOURCED_PREFIXES)], ids=lambda path: path.name
)
def test_realstyle_and_fresh_cases_name_their_source(path: Path) -> None:
    """Each realstyle or fresh case records the page whose pattern it follows, so overlaps can be left out."""
    for case in _cases(path):
        assert SOURCE_URL.fullmatch(case.get("source_url") or ""), case["id"]
