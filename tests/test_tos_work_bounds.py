"""A paragraph of thousands of pointing words ("the terms the terms …") before a quotation is read in
work that grows with its length, not with its square ('the terms ' × 3,200 then a quote: 14 s).

Counted, never timed: lines run, and how many documents the attribution reads.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from annotations.detectors import tos_attribution, tos_clause_context, tos_mentions, tos_trail
from annotations.detectors.tos_mentions import Mention, Page, Source, document_mentions

PAGE = Page(True, Source("terms of service"))


def _lines_run(module: Any, call: Callable[[], object]) -> int:
    """How many lines of `module` (its functions and generators) run during `call()`."""
    filename = str(Path(module.__file__).resolve())
    count = 0

    def local(frame: FrameType, event: str, _arg: object) -> Any:
        nonlocal count
        count += event == "line"
        return local

    def scope(frame: FrameType, _event: str, _arg: object) -> Any:
        return local if frame.f_code.co_filename == filename else None

    sys.settrace(scope)
    try:
        call()
    finally:
        sys.settrace(None)
    return count


def test_pointing_words_are_checked_against_named_documents_in_linear_work() -> None:
    """Each pointing word was compared with every document found before it: four times the words, sixteen
    times the work. Now a bisection finds the one named document it could overlap."""
    small = _lines_run(tos_mentions, lambda: document_mentions("the terms " * 100, PAGE))
    large = _lines_run(tos_mentions, lambda: document_mentions("the terms " * 400, PAGE))
    assert large < 5 * small


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the terms", ["terms"]),
        ("the terms of service and the terms", [None, "terms"]),
        ("the privacy policy, the policy and the terms of service", [None, "policy", None]),
    ],
)
def test_a_pointing_word_inside_a_named_document_gives_way_to_it(
    text: str, expected: list[str | None]
) -> None:
    """The bisection keeps what the comparison with every name decided."""
    assert [mention.noun for mention in document_mentions(text, PAGE)] == expected


def test_only_the_nearest_documents_before_a_quotation_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each document before a quotation was read with the whole text before it: hundreds of documents,
    hundreds of whole reads. The nearest few are read, and the one that hands over still wins."""
    calls: list[Mention] = []
    real = tos_attribution._spoken_of

    def counted(left: str, mention: Mention) -> bool:
        calls.append(mention)
        return real(left, mention)

    monkeypatch.setattr(tos_attribution, "_spoken_of", counted)
    text = "the terms " * 300 + "of service say: “we may keep your data.”"
    source = tos_attribution.lead(text, text.index("“"), PAGE)
    assert source == Source("terms of service")
    assert 0 < len(calls) <= tos_attribution.MAX_MENTIONS_READ


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], [4, 30]),
        ([(0, 3)], [4, 30]),
        ([(0, 20), (2, 5)], [30]),  # a short span inside a long one ends first
        ([(2, 5), (0, 20)], [30]),
        ([(4, 5), (29, 31)], []),
    ],
)
def test_someone_speaking_counts_outside_the_documents(
    spans: list[tuple[int, int]], expected: list[int]
) -> None:
    """A speaker word inside a document's span is skipped, found by bisection over the spans."""
    text = "the minister said it, and the minister said it again"
    mentions = [Mention(start, end, "terms of service") for start, end in spans]
    assert tos_clause_context.others(text, mentions) == expected


def test_a_quotation_in_a_long_sentence_is_read_within_a_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each quotation of a sentence of thousands ('“we may” “we may” …') read its sentence from the start
    before it, and to its end after it: the square of the sentence. Now a window on either side."""
    read: list[int] = []
    real = tos_attribution.document_mentions

    def recorded(text: str, page: Page | None = None, **named: bool) -> list[Mention]:
        read.append(len(text))
        return real(text, page, **named)

    for module in (tos_attribution, tos_trail, tos_clause_context):
        monkeypatch.setattr(module, "document_mentions", recorded)
    text = (
        "The terms of service say " + "“we may” " * 2_000 + "“we may sell your data.” " + "“we may” " * 2_000
    )
    opening = text.index("“we may sell")
    closing = text.index("”", opening) + 1
    tos_attribution.lead(text, opening, PAGE)
    tos_trail.trail(text, closing, PAGE, opening)
    assert read
    assert max(read) <= tos_clause_context.MAX_CLAUSE_CHARS
    assert len(tos_trail._right(text, closing)) <= tos_clause_context.MAX_CLAUSE_CHARS


def test_a_lead_within_the_window_still_hands_over() -> None:
    """The window keeps real leads (at most 500 characters in every labelled set): the document hands over."""
    text = "Some context. " * 200 + "Kestrel's terms of service say: “we may sell your data.”"
    assert tos_attribution.lead(text, text.index("“"), PAGE) == Source("terms of service", "Kestrel")
