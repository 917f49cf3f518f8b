"""A word-start alternation scanned by first characters finds exactly what the plain pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detectors.ordered_scan import OrderedScan, ordered_scan
from annotations.detectors.penalty_cues import cues

# Alternatives that overlap (the first written wins), open with a lookbehind or an optional part,
# and fold onto characters outside ASCII ignoring case (K: the Kelvin sign, ſ: long s).
_SOURCE = (
    r"fee|fees|fee waiver|(?<!no )kit|(?:net )?sales|sale|ſum|"
    r"(?:per|a) share|shares? (?:rose|fell)|um(?=\s*[.,;])|budgets?(?! hotels?\b)"
)
_TEXT = st.lists(
    st.sampled_from(
        ["fee", "Fees", "FEE waiver", "no ", "kit", "\u212ait", "net ", "sales", "Sale", "sum", "ſum", "SUM",
         "per", "a", "share", "shares", "rose", "um", ".", "budget", "hotel", "İ", " ", "x", "’", "\n"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


def _spans(matches: object) -> list[tuple[int, int]]:
    return [match.span() for match in matches]  # type: ignore[attr-defined]


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.booleans(), st.booleans(), st.integers(0, 6), st.integers(0, 6))
def test_the_scan_finds_what_the_plain_pattern_finds(
    text: str, fold: bool, bounded: bool, skip: int, cut: int
) -> None:
    """Same spans in the same order, over the whole text or a part of it, with and without a tail."""
    tail = r")\b" if bounded else ")"
    pattern = re.compile(rf"\b(?:{_SOURCE}{tail}", re.IGNORECASE if fold else 0)
    scan = OrderedScan(pattern, _SOURCE)
    assert _spans(scan.finditer(text, 0, len(text))) == _spans(pattern.finditer(text))
    end = max(skip, len(text) - cut)
    assert _spans(scan.finditer(text, skip, end)) == _spans(pattern.finditer(text, skip, end))


def test_the_first_alternative_written_wins_where_two_match() -> None:
    """'fee' comes before 'fees' and 'fee waiver': the scan keeps that order, as re does."""
    pattern = re.compile(rf"\b(?:{_SOURCE})", re.IGNORECASE)
    found = [match.group() for match in OrderedScan(pattern, _SOURCE).finditer("Fees, a fee waiver", 0, 18)]
    assert found == ["Fee", "fee"]


@pytest.mark.parametrize(
    "text",
    [
        "its revenue reached $116 billion, while it had already spent about £550,000 on a new platform",
        "REVENUES and Umsatz, ſales, the \u212aey budget hotel chain, raised from $10 million to $50 million",
        "revenue " * 40,
        "",
    ],
)
def test_every_cue_pattern_scans_as_it_reads(text: str) -> None:
    """Each penalty cue's own pattern, scanned by first characters, finds what it finds plainly."""
    for cue in cues():
        scan = OrderedScan(cue.pattern, cue.source)
        assert _spans(scan.finditer(text, 0, len(text))) == _spans(cue.pattern.finditer(text))
        assert _spans(scan.finditer(text, 5, len(text) - 3)) == _spans(
            cue.pattern.finditer(text, 5, len(text) - 3)
        )


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"a?|b", "baab"),  # may match nothing: where the scan goes on would change
        (r"(a)|(b)(c)\2", "bcb bcc"),  # a backreference: without "(a)", \2 would read "(c)"
        (r"(a)|(b)(?(1)x|y)", "by bx"),  # a conditional: group 1 would be "(b)"
        (r"(?i:k)|z", "Kz"),  # folding turned on inside: its first characters are not the written ones
        (r"\w+|z", "abz"),  # a first character that is not known
    ],
)
def test_a_pattern_the_scan_cannot_read_exactly_is_searched_plainly(source: str, text: str) -> None:
    """Such a pattern is left to re as it is, so the matches are still the plain ones."""
    pattern = re.compile(rf"\b(?:{source})")
    assert _spans(OrderedScan(pattern, source).finditer(text, 0, len(text))) == _spans(pattern.finditer(text))


@pytest.mark.parametrize(
    ("source", "tail", "text"),
    [
        ("a|b", ")+", "ab"),  # repeated: at "a" only "a" was tried again, so "ab" ended at "a"
        ("a|b", "){2}", "ab ba"),
        ("a|b", ")*c", "abc"),
        ("a|b", ")?", "xa b"),  # may match nothing
        ("a|b", ")|c", "xc c"),  # another alternative, not at a word's start
        ("(a)x|(b)y", r")\1", "byb axa"),  # reads a group again: "(b)" would be group 1
        ("(a)|(b)", r")\2", "bb"),  # ... or one that is not there
        ("a", "|b)", "a b"),  # the source is only the pattern's first alternative
    ],
)
def test_a_pattern_with_more_after_its_alternatives_is_searched_plainly(
    source: str, tail: str, text: str
) -> None:
    """Only ")" or ")\\b" may follow the alternatives: anything else would see only the ones kept."""
    pattern = re.compile(rf"\b(?:{source}{tail}")
    assert _spans(OrderedScan(pattern, source).finditer(text, 0, len(text))) == _spans(pattern.finditer(text))


@pytest.mark.parametrize("source", ["c", "a|b|c", "c|d"])
def test_a_source_the_pattern_does_not_open_with_is_searched_plainly(source: str) -> None:
    """The alternatives are read from the source: one that is not the pattern's would scan for other words."""
    pattern = re.compile(r"\b(?:a|b)")
    assert _spans(OrderedScan(pattern, source).finditer("a b c", 0, 5)) == [(0, 1), (2, 3)]


def test_the_scan_of_a_pattern_is_made_for_its_source() -> None:
    """The same pattern with another source is another scan: "a" first would have made "b" unseen."""
    pattern = re.compile(r"\b(?:a|b)")
    assert _spans(ordered_scan(pattern, "a").finditer("a b", 0, 3)) == [(0, 1), (2, 3)]
    assert ordered_scan(pattern, "a|b") is not ordered_scan(pattern, "a")
    assert _spans(ordered_scan(pattern, "a|b").finditer("a b", 0, 3)) == [(0, 1), (2, 3)]
