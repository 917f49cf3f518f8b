"""Every match of a pattern holds one of the literal pieces read from it, so a text without them has no match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detectors.gate import Alternatives, Piece, fold, present, required_pieces

_PATTERNS = [
    (r"\b\d{1,2}\s?U\.\s?S\.\s?C\.|\b\d{1,2}\s?USC", 0),
    (r"fine[sd]?|penalt(?:y|ies)", re.IGNORECASE),
    (r"(?:civil )?penalty", re.IGNORECASE),
    (r"Regulation\s\(EU\)\s\d{4}/\d+", 0),
    (r"(?<=\w)['’]s\s+terms", re.IGNORECASE),
    (r"(?i:kit)s", 0),
    (r"[A-Z]+ Act(?: 20\d\d)?", 0),
    (r"§+\s?\d+", 0),
]


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\d+ U\.S\.C\. § \d+", 0, {Piece(" U.S.C. § ", False)}),
        (r"fine[sd]?|fining", re.IGNORECASE, {Piece("fin", True)}),
        (r"(?:data )?protection", 0, {Piece("protection", False)}),
        (r"a+b{2,}", 0, {Piece("a", False)}),
        (r"\w+", 0, None),
        (r"x?", 0, None),
        (r"Bußgeld", re.IGNORECASE, {Piece("geld", True)}),
        (r"(?=GDPR)\w+", 0, None),
    ],
)
def test_pieces_read_from_a_pattern(pattern: str, flags: int, expected: set[Piece] | None) -> None:
    """Literal runs, the most telling part of a sequence, every branch of an alternation; nothing from
    what may be absent, from a lookahead, or from letters outside ASCII when case is ignored."""
    found = required_pieces(pattern, flags)
    assert (set(found) if found is not None else None) == expected


_TEXT = st.lists(
    st.sampled_from(
        ["privacy policy", "Ring’s  policy", "agreement", "TOS", "terms of", "terms", "15 U.S.C.", "15 USC", "U. S. C.", "FINE", "Fines", "fİne", "fıne", "ſ", "penalty", "PENALTIES", "civil ",
         "Regulation (EU) 2016/679", "Ring’s terms", "Ring's  TERMS", "\u212aits", "KITs", "GDPR Act 2018",
         "§§ 5", " ", "x", "\n"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PATTERNS), _TEXT)
def test_a_text_with_a_match_holds_a_piece(case: tuple[str, int], text: str) -> None:
    """Whenever a pattern matches, the text holds one of its pieces (folded as re folds case)."""
    pattern, flags = case
    pieces = required_pieces(pattern, flags)
    assert pieces is not None
    if re.search(pattern, text, flags):
        assert present(pieces, text, fold(text))


_ALTERNATIVES = [
    r"\bterms(?!\s+of)",
    r"(?<=\w)['’]s\s+policy",
    r"privacy (?:policy|notice)",
    r"\bToS\b",
    r"\w+ment",
    r"U\.S\.C\.",
    r"(?:civil )?penalty",
]


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.sampled_from([0, re.IGNORECASE]))
def test_alternatives_cut_to_a_text_find_what_the_whole_finds(text: str, flags: int) -> None:
    """Searching with only the alternatives a text can hold finds the same spans as the whole alternation."""
    alternatives = Alternatives(_ALTERNATIVES, flags)
    cut = alternatives.for_text(text)
    found = [match.span() for match in cut.finditer(text)] if cut is not None else []
    assert found == [match.span() for match in alternatives.pattern.finditer(text)]


def test_a_text_without_any_piece_is_not_searched() -> None:
    """No alternative can match a text that holds none of their pieces: there is nothing to search."""
    assert Alternatives([*_ALTERNATIVES[:-1], "fine"]).for_text("nothing of the kind") is None
