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

from annotations import annotate
from annotations.detectors import (
    base,
    gate,
    tos_attribution,
    tos_bound,
    tos_clause_context,
    tos_fragments,
    tos_mentions,
    tos_quotes,
    tos_trail,
    tos_walk,
    tos_wording,
)
from annotations.detectors.base import Unit
from annotations.detectors.tos_mentions import Mention, Page, Source, document_mentions
from annotations.detectors.tos_quotes import TosQuoteDetector
from annotations.detectors.tos_wording import Wordings
from parsers import parse_text

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


def test_a_sentence_of_thousands_of_quotations_looks_for_the_source_of_a_few(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each of 2,000 quotations of one sentence read a thousand characters on either side for its source
    (1-2 ms each); the sentence's first MAX_QUOTES_PER_SENTENCE are read, and they are still the terms'."""
    calls: list[int] = []
    real = tos_quotes.lead

    def counted(text: str, position: int, *args: Any) -> Source | None:
        calls.append(position)
        return real(text, position, *args)

    monkeypatch.setattr(tos_quotes, "lead", counted)
    text = "Title\n\nThe terms of service say " + " and ".join(["“we may sell your data”"] * 2_000) + ".\n"
    found = [note for note in annotate(parse_text(text)).annotations if note.kind == "tos_quote"]
    assert len(found) == tos_wording.MAX_QUOTES_PER_SENTENCE
    assert len(calls) <= tos_wording.MAX_QUOTES_PER_SENTENCE


def test_quotations_in_many_sentences_are_each_read() -> None:
    """The bound is per sentence: a paragraph of many sentences, each quoting the terms, keeps them all."""
    count = tos_wording.MAX_QUOTES_PER_SENTENCE * 2
    text = "Title\n\n" + " ".join(f"The terms of service say “we may sell item {n}”." for n in range(count))
    found = [note for note in annotate(parse_text(text + "\n")).annotations if note.kind == "tos_quote"]
    assert len(found) == count


@pytest.mark.parametrize(
    ("quoted", "index"),
    [
        ("Sell your DATA", 0),
        ("data  to partners", 1),
        ("your data to", None),  # across two wordings: no one holds it
        ("keep", None),
        ("", None),
    ],
)
def test_a_repeated_quotation_is_found_in_the_first_wording_that_holds_it(
    quoted: str, index: int | None
) -> None:
    """The wordings searched as one text answer as comparing them one by one did, the first one first."""
    wordings = Wordings(["We may sell your data.", "We give data to partners", "sell your data"])
    assert wordings.first_holding(quoted) == index


def _quoting_page(count: int) -> str:
    """A page of `count` terms quotes, each followed by a paragraph quoting someone else."""
    return "Title\n\n" + "\n\n".join(
        f"The terms of service say “we may sell data {n}”.\n\nBob wrote “I like cats {n}” yesterday."
        for n in range(count)
    )


def test_a_page_of_thousands_of_quotations_compares_each_with_the_terms_in_one_search() -> None:
    """Each quotation no sentence gave a source was compared with every terms quote found, one by one:
    4,000 of each took 7 s. Now each is one search of all of them: four times the page, four times the work."""
    small, large = (parse_text(_quoting_page(count)) for count in (50, 200))
    assert len([note for note in annotate(large).annotations if note.kind == "tos_quote"]) == 200
    assert _lines_run(tos_quotes, lambda: annotate(large)) < 5 * _lines_run(
        tos_quotes, lambda: annotate(small)
    )


def _chars_read(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many characters the detector, given one unit of `text` directly, hands to the reads that take a text
    whole: sentence splits, the look for the pieces a role's words need, word counts of what lies outside a
    quotation, the look for anyone speaking around one."""
    read = 0

    def counted(real: Callable[..., Any]) -> Callable[..., Any]:
        def reading(*args: Any) -> Any:
            nonlocal read
            read += len(next(arg for arg in args if isinstance(arg, str)))
            return real(*args)

        return reading

    with monkeypatch.context() as patched:
        patched.setattr(base, "break_spans", counted(base.break_spans))
        patched.setattr(gate.Gate, "_viable", counted(gate.Gate._viable))
        patched.setattr(tos_bound, "words", counted(tos_bound.words))
        patched.setattr(tos_fragments, "someone_speaks", counted(tos_fragments.someone_speaks))
        TosQuoteDetector().detect((Unit("b0", "block", text),))
    return read


@pytest.mark.parametrize(
    "run",
    [
        "“We may share your data.” said Ann. ",
        "“We may share your data,” it says. ",
        "Dana: “We may keep your photos forever.” ",
        "“We may share your data.” ",
    ],
)
def test_a_paragraph_of_quotations_given_to_the_detector_is_read_in_linear_work(
    run: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given the detector directly (no article scope open), each quotation split its whole unit into sentences
    again, and read the paragraph outside it whole: 400 KB of '“…” said Ann.' took 169 s. The detector now opens a
    scope of its own, a gate remembers the text it was last asked about, and what it reads around a quotation is a
    window or a halving search: four times the quotations, about four times the characters read (past the windows'
    width: 200 quotations fill them)."""
    lead = "The terms of service say: "
    small = _chars_read(lead + run * 200, monkeypatch)
    large = _chars_read(lead + run * 800, monkeypatch)
    assert small > 0
    assert large < 5 * small


def test_the_window_after_a_quotation_is_searched_for_a_document_only_where_one_may_be_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On one line of thousands of 'Dana: “…” ' the sentence never ends (each full stop is inside the marks), so the
    thousand characters after every quotation were searched for a document none of them names (400 quotations: 387,000
    characters). The words of documents are found once per text and looked up by halving; the window is searched only
    where they may be, and a document named after a quotation is still read."""
    read: list[int] = []

    def recorded(text: str, *args: Any, **kwargs: Any) -> Any:
        read.append(len(text))
        return document_mentions(text, *args, **kwargs)

    monkeypatch.setattr(tos_trail, "document_mentions", recorded)
    run = "Dana: “We may keep your photos forever.” "
    found = TosQuoteDetector().detect(
        (Unit("b0", "block", "Zoomly's terms of service changed. " + run * 400),)
    )
    assert len(found) == 400
    assert sum(read) < tos_clause_context.MAX_CLAUSE_CHARS
    read.clear()
    text = "Zoomly changed. “We may keep your photos,” its privacy policy says."
    named = TosQuoteDetector().detect((Unit("b0", "block", text),))
    assert [(finding.text, finding.document) for finding in named] == [
        ("We may keep your photos,", "privacy policy")
    ]
    assert read


def test_readers_are_looked_for_only_when_a_label_line_quotation_needs_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sentence that asks readers is read for a label line's quotation, not for every paragraph of a long page
    (it was read once per paragraph: about a tenth of the terms detector on a long article with few quotations)."""
    calls: list[str] = []

    def counted(paragraph: str, asked: bool) -> bool:
        calls.append(paragraph)
        return tos_fragments.readers_asked(paragraph, asked)

    monkeypatch.setattr(tos_walk, "readers_asked", counted)
    plain = "\n\n".join(f"Paragraph {n} of the story says nothing quoted at all." for n in range(300))
    asked = (
        "Zoomly changed its terms of service this week.\n\n"
        "We asked five readers what they would accept.\n\n"
        "Dana: “We may keep your photos forever.”"
    )
    found = annotate(parse_text(f"{plain}\n\n{asked}")).annotations
    assert not [note for note in found if note.kind == "tos_quote"]  # Dana's answer, not the terms
    assert len(calls) <= 1
    assert not any("Paragraph" in text for text in calls)
