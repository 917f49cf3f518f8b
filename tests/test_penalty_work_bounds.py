"""A sentence of thousands of amounts is read in work that grows with its length, not with its square.

Counted, never timed: how often a sentence is searched for its authority, how much of a list of cues
a look-up walks, and what the payer patterns open with.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from annotations import annotate, pipeline
from annotations.detectors import penalty_fields
from annotations.detectors.money import Money
from annotations.detectors.penalties import PenaltyDetector
from annotations.detectors.penalty_cues import CueHit, cues, head_cue, in_window
from annotations.knowledge.linear import unguarded_opening
from annotations.model import Finding
from parsers import parse_text
from parsers.model import Unit


def test_a_sentence_of_many_fines_is_searched_once_for_its_authority(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every amount of a sentence has the same authority: it was searched for once per amount, each time
    across the whole sentence (5,000 amounts in one 32,000-character sentence: seconds)."""
    calls: list[tuple[int, int]] = []
    real = penalty_fields.authority

    def counted(text: str, sentence: tuple[int, int]) -> str | None:
        calls.append(sentence)
        return real(text, sentence)

    monkeypatch.setattr(penalty_fields, "authority", counted)
    sentence = "The FTC fined the firms " + ", ".join(f"${n} million" for n in range(1, 41)) + "."
    findings = PenaltyDetector().detect((Unit("b0", "block", sentence, "paragraph"),))
    assert len(findings) == 40
    assert {finding.authority for finding in findings} == {"FTC"}
    assert len(calls) == 1


class _CountingHits(list[CueHit]):
    """A list of cue hits that counts the items read from it."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        found = super().__getitem__(index)
        self.reads += len(found) if isinstance(index, slice) else 1
        return found

    def __iter__(self) -> Iterator[CueHit]:
        for hit in super().__iter__():
            self.reads += 1
            yield hit


def _hits(count: int) -> _CountingHits:
    cue = cues()[0]
    return _CountingHits(CueHit(10 * n, 10 * n + 4, cue) for n in range(count))


def test_the_cues_in_a_window_are_found_without_reading_every_cue() -> None:
    """A window's cues are found by bisection: the whole list was read once per amount before."""
    hits = _hits(10_000)
    assert [hit.start for hit in in_window(hits, (500, 530))] == [500, 510, 520]
    assert hits.reads < 100


def test_the_cue_after_an_amount_is_found_without_reading_every_cue() -> None:
    """The cue right after an amount ("$5 million fine") is found by bisection; one far after is none."""
    hits = _hits(10_000)
    text = " " * 100_010
    assert head_cue(text, hits, Money(495, 498, 5.0, "USD")) is hits[50].cue
    assert head_cue(text, hits, Money(100_001, 100_002, 5.0, "USD")) is None
    assert head_cue(text, _CountingHits([CueHit(40, 44, cues()[0])]), Money(0, 1, 5.0, "USD")) is None
    assert hits.reads < 100


@pytest.mark.parametrize("pattern", penalty_fields._payer_patterns(), ids=("fined", "before", "after"))
def test_no_payer_pattern_reads_a_long_word_once_per_letter(pattern) -> None:  # type: ignore[no-untyped-def]
    """'fined the firm AAAA… €20 million': the payer pattern, tried at every capital of a long word, read the
    word to its end from each (2,000 capitals: 0.4 s; 8,000: 5 s)."""
    assert unguarded_opening(pattern.pattern, pattern.flags) is None


@pytest.mark.parametrize(
    ("sentence", "payer"),
    [
        ("Acme Corp agreed to pay $5 million.", "Acme Corp"),
        ("The regulator said eBay agreed to pay $5 million.", "Bay"),
        ("Meta's unit has agreed to pay $5 million.", None),
        ("Meta has agreed to pay $5 million.", "Meta"),
        ("The court fined Acme $5 million.", "Acme"),
        ("A" + "a" * 400 + " agreed to pay $5 million.", None),  # out of reach
    ],
)
def test_the_payer_before_an_amount_is_read_from_a_words_first_capital(
    sentence: str, payer: str | None
) -> None:
    """The guard keeps what the pattern found: the name from its word's first capital, within reach."""
    start = sentence.index("$")
    money = Money(start, start + len("$5 million"), 5e6, "USD")
    assert penalty_fields.payer(sentence, money, (0, len(sentence))) == payer


def test_each_fine_finds_the_law_of_its_sentence_by_bisection(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph of thousands of sentences each naming a fine and a law compared every fine with every
    law of the paragraph (2 MB: 2.5 s); each fine now looks at a few laws, and still takes its own."""
    looked: list[int] = []
    real = pipeline._start

    def counted(finding: Finding) -> int:
        looked.append(1)
        return real(finding)

    monkeypatch.setattr(pipeline, "_start", counted)
    count = 400
    laws = ("GDPR", "CCPA", "Digital Markets Act")
    sentences = [f"Firm {n} was fined €{n + 1} million under the {laws[n % 3]}." for n in range(count)]
    found = annotate(parse_text("Fines\n\n" + " ".join(sentences) + "\n")).annotations
    penalties = [note for note in found if note.kind == "penalty"]
    assert len(penalties) == count
    assert [note.related_law for note in penalties[:3]] == ["gdpr", "ccpa", "dma"]
    assert len(looked) < count * 20
