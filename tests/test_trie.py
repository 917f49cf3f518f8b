"""Fast name patterns match exactly what their plain forms match: the same spans, in the same order."""

from __future__ import annotations

import re
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detectors.trie import literal_trie, longest_first, trie_pattern, word_alternation, word_trie

# Letters outside ASCII too: with case ("é", "É", "ǅ", which has three), and without ("ا").
_LETTERS = st.sampled_from(list("abkisAKIS ’'-.§1İıſ\u212aéÉǆǅǄا"))
_NAMES = st.lists(
    st.text(_LETTERS, min_size=1, max_size=6).map(str.strip).filter(bool), min_size=1, max_size=6
)
_TEXT = st.text(st.sampled_from(list("abkisAKIS ’'-.§1İıſ\u212aéÉǆǅǄا\n")), max_size=60)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(_NAMES, _TEXT, st.booleans())
def test_word_trie_matches_what_the_plain_trie_matches(names: list[str], text: str, fold: bool) -> None:
    """Case folded or not, the first-character form finds the same names as the plain trie."""
    plain = re.compile(
        rf"(?<![\w-])(?:{trie_pattern(names, fold=fold)})(?![\w-])", re.IGNORECASE if fold else 0
    )
    fast = word_trie(names, fold=fold, not_before=r"\w-", not_after=r"\w-")
    assert _spans(fast, text) == _spans(plain, text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(["said", "says", "spokes\\w*", "ask", "kit", "is", "isn't", "a b"]), min_size=1),
    _TEXT,
)
def test_word_alternation_matches_what_the_plain_alternation_matches(words: list[str], text: str) -> None:
    """Word alternatives, ignoring case, are found where `\\b(?:...)\\b` finds them."""
    plain = re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)
    assert _spans(word_alternation(words, fold=True), text) == _spans(plain, text)


def _opens_with_a_class(pattern: re.Pattern[str]) -> bool:
    """Whether re reads the pattern as opening with a class of characters (its search skips, in C,
    every position holding another)."""
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return code[0] == _constants.INFO and bool(code[2] & _constants.SRE_INFO_CHARSET)


@pytest.mark.parametrize(
    ("names", "fold"),
    [
        (["COPPA", "GDPR"], False),
        (["Ley Orgánica", "RGPD", "édition"], True),
        (["ä", "قانون", "Ärzte", "i"], True),
    ],
)
def test_the_fast_form_opens_with_a_class_of_first_characters(names: list[str], fold: bool) -> None:
    """Re reads the pattern as opening with the class of first characters, ignoring case or not."""
    pattern = word_trie(names, fold=fold, not_before=r"\w-", not_after=r"\w-")
    assert _opens_with_a_class(pattern)


def test_the_fast_form_finds_names_in_any_case_of_their_first_letter() -> None:
    """Ignoring case, a name whose first letter lies outside ASCII is found in either case."""
    pattern = word_trie(["étape", "Ärzte"], fold=True, not_before=r"\w-", not_after=r"\w-")
    assert _spans(pattern, "Étape, ÄRZTE, ärzte and xétape") == [(0, 5), (7, 12), (14, 19)]
    plain = word_trie(["COPPA", "GDPR"], fold=False, not_before=r"\w-", not_after=r"\w-")
    assert _spans(plain, "COPPA, GDPR and XCOPPA") == [(0, 5), (7, 11)]


@settings(max_examples=150, deadline=None)
@given(_NAMES, _TEXT)
def test_a_literal_trie_matches_what_the_longest_first_alternation_matches(
    names: list[str], text: str
) -> None:
    """Each character as written, longest first and the shorter ones when what follows fails."""
    alternation = "|".join(re.escape(name) for name in sorted(set(names), key=len, reverse=True))
    for tail in ("", r"(?!\w)", r"\s"):
        plain = re.compile(rf"(?:{alternation}){tail}")
        assert _spans(re.compile(rf"(?:{literal_trie(names)}){tail}"), text) == _spans(plain, text)


def test_a_long_name_is_written_out_once() -> None:
    """A name thousands of characters long gives a pattern of about its own length, matching it and its prefix."""
    name = "Data Act " * 600
    pattern = trie_pattern([name, name[:12]], fold=False)
    assert len(pattern) < 2 * len(name)
    assert re.fullmatch(pattern, name) and re.fullmatch(pattern, name[:12])
    assert not re.fullmatch(pattern, name[:13])


def test_longest_first_orders_words_of_one_length_by_code_point() -> None:
    """Longest first, ties in code-point order and repeats dropped, whatever order the words came in."""
    assert longest_first({"ley", "Ley", "LO", "Decreto", "loi"}) == ["Decreto", "Ley", "ley", "loi", "LO"]
    assert longest_first(["b", "a", "b", "cc"]) == longest_first(("cc", "a", "b")) == ["cc", "a", "b"]
