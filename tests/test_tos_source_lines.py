"""A passage set off with no lead-in and a short line under it that cites the document ("Source: Quillet
Terms of Service", "— Quillet terms of service", "…利用規約より引用"); and the same shape citing a ruling,
or under a paragraph that binds nobody. Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations.detectors.tos_quotes import TosQuoteDetector
from parsers.model import Unit

TITLE = "One line worth reading"
CLAUSE = "You agree that Quillet may use your drafts to test new features."


def _found(*paragraphs: str) -> list[str]:
    blocks = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    return [finding.text for finding in TosQuoteDetector().detect((Unit("title", "title", TITLE), *blocks))]


@pytest.mark.parametrize(
    "line",
    ["Source: Quillet Terms of Service, section 7", "— Quillet terms of service", "Quelle: Quillet AGB"],
)
def test_a_source_line_gives_the_clause_above_to_the_document(line: str) -> None:
    assert _found("Quillet revised its service in April.", CLAUSE, line) == [CLAUSE]


def test_a_quoted_passage_above_a_source_line_is_the_document_s() -> None:
    assert _found(
        "Quillet revised its service in April.", f'"{CLAUSE}"', "Source: Quillet Terms of Service"
    ) == [CLAUSE]


def test_a_japanese_source_line_after_the_passage() -> None:
    clause = "当社は、ユーザーの写真を広告に利用できるものとします。"
    assert _found("ピクモが4月に改定した。", clause, "ピクモ利用規約より引用") == [clause]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # The source is a ruling, not a document of the company.
        (
            "The judge was blunt.",
            "A seller may not rely on terms the buyer never saw.",
            "Source: court ruling, page 4",
        ),
        # The paragraph above binds nobody: the reporter's own sentence.
        (
            "Quillet revised its service in April.",
            "We spoke to three writers who use the app.",
            "Source: Quillet terms",
        ),
    ],
)
def test_a_source_line_under_other_words_gives_nothing(paragraphs: tuple[str, ...]) -> None:
    assert _found(*paragraphs) == []
