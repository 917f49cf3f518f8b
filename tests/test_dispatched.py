"""A dispatched pattern scanned fast finds exactly what the plain dispatched pattern finds."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detectors.dispatched import WORD_START, Dispatched
from annotations.detectors.first_chars import case_variants
from annotations.detectors.penalty_cues import _all_cues

_GROUPS = [
    ("fine", r"\bfine[sd]?"),
    ("civil", r"\b(?:civil )?penalt(?:y|ies)"),
    ("section", r"§\s?\d+"),
    ("number", r"\d+ U\.S\.C\."),
    ("act", r"(?:Regulation|Act)\s\(EU\)"),
    ("kelvin", r"\bkit\b"),
    ("apostrophe", r"['’]s\b"),
]
_TEXT = st.lists(
    st.sampled_from(
        ["fine", "Fines", "FINED", "civil ", "penalty", "penalties", "§", " ", "5", "15 U.S.C.", "Act", "(EU)",
         "Regulation", "kit", "\u212ait", "İ", "ſ", "'s", "’s", "x", "\n", "-", "_"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


def _found(matches: object) -> list[tuple[tuple[int, int], str | None]]:
    return [(match.span(), match.lastgroup) for match in matches]  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.booleans(), st.booleans(), st.integers(0, 6), st.integers(0, 6))
def test_fast_scan_finds_what_the_plain_pattern_finds(
    text: str, fold: bool, word_start: bool, skip: int, cut: int
) -> None:
    """Same spans, same groups, same order, over the whole text or a part of it."""
    scanner = Dispatched(_GROUPS, re.IGNORECASE if fold else 0, prefix=WORD_START if word_start else "")
    assert _found(scanner.finditer(text)) == _found(scanner.pattern.finditer(text))
    end = max(skip, len(text) - cut)
    assert _found(scanner.finditer(text, skip, end)) == _found(scanner.pattern.finditer(text, skip, end))


@pytest.mark.parametrize(
    "text",
    [
        "The regulator fined the company €1.2bn and its revenue rose; penalties, Bußgelder and refunds.",
        "PAYOUTS of a settlement; SANCTIONS imposed; hit with a fine; ſettlement; İmposed",
        "fine " * 50,
        "",
    ],
)
def test_the_cue_scan_is_the_plain_cue_pattern(text: str) -> None:
    """The penalty cues, scanned fast, are the cues the plain pattern finds."""
    cues = _all_cues()
    assert _found(cues.finditer(text)) == _found(cues.pattern.finditer(text))
    assert _found(cues.finditer(text, 3, len(text) - 2)) == _found(
        cues.pattern.finditer(text, 3, len(text) - 2)
    )


def test_a_pattern_that_may_match_nothing_is_scanned_plainly() -> None:
    """An empty match would change where the scan goes on: such a set is left to re as it is."""
    scanner = Dispatched([("maybe", r"a?")])
    assert _found(scanner.finditer("baa")) == _found(scanner.pattern.finditer("baa"))


def _every_character() -> str:
    return "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)


def test_case_variants_are_what_re_matches_ignoring_case() -> None:
    """For ASCII and uncased characters the variants are exactly what `[chars]` matches ignoring case."""
    chars = frozenset("abcikszABKS09§$(’-_ 中")
    variants = case_variants(chars)
    assert variants is not None
    every = _every_character()
    pattern = "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"
    assert set(re.findall(pattern, every, re.IGNORECASE)) == set(variants)


def test_case_variants_give_up_on_cased_letters_outside_ascii() -> None:
    """'é', 'ß' or 'Ⅴ' fold in ways a plain class would have to spell out: no variants are given."""
    for char in "éßⅤµ":
        assert case_variants(frozenset(char)) is None
