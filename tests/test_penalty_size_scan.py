"""The size-test scan of penalty_decision (a later amount's "turnover above S$10 million") on long runs of
amounts: it looks only at the amounts after one inside its window, and not at all when no cue word follows.
Texts written for the test."""

from __future__ import annotations

import pytest

from annotations.detectors import penalty_decision
from annotations.detectors.money import find_money
from annotations.detectors.penalties import PenaltyDetector
from annotations.detectors.penalty_cues import CueIndex
from parsers.model import Unit


def test_the_amounts_within_a_span_start_after_its_low_end_and_at_or_before_its_high_end() -> None:
    text = "Fines of $1 million, $2 million and $3 million were paid."
    moneys = find_money(text)
    index = CueIndex(text, moneys)
    first, second, third = moneys
    assert list(index.moneys_within(first.end, third.start)) == [second, third]
    assert list(index.moneys_within(first.start, second.start - 1)) == []
    assert list(index.moneys_within(-1, len(text))) == moneys


def test_a_run_of_amounts_with_no_cue_word_never_tries_the_size_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 9,000-character run of "$1 $1 …" tried the size test about 40 times for each of its 3,000 amounts
    and compared each amount with every other one (1.1 s for the unit)."""
    tried = 0
    size_test = penalty_decision.threshold_pattern

    def counted() -> object:
        nonlocal tried
        tried += 1
        return size_test()

    monkeypatch.setattr(penalty_decision, "threshold_pattern", counted)
    found = PenaltyDetector().detect((Unit("b0", "paragraph", "$1 " * 3000),))
    assert found == []
    assert tried == 0


def test_a_size_test_after_a_cap_is_still_read() -> None:
    text = "The maximum penalty is 10% of annual turnover for firms with a turnover above S$10 million."
    found = PenaltyDetector().detect((Unit("b0", "paragraph", text),))
    assert [finding.text for finding in found] == ["10% of annual turnover"]
