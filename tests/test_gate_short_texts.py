"""Texts an alternation is searched in whole (short ones, or no gate): only the alternatives that fit in the text
are searched (none: it is not searched at all), and they find what the whole alternation finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detectors.gate import Alternatives

# Six or more alternatives: a text shorter than MIN_GATED_CHARS is searched whole, not gated.
_MANY = [
    r"\b(?:FAQ|blog\s+post)\s+on\s+",
    r"\bcomplaint\s+about\s+",
    r"(?<=\w)['’]s\s+policy",
    r"\bToS\b",
    r"個人情報",
    r"\bno\b",
    r"(?-i:I)\b",
]
# Fewer: searched whole below MIN_SMALL_GATED_CHARS.
_FEW = [r"\bbasically\s+says\b", r"\bin\s+effect\b", r"(?-i:My)\s+take"]

_TEXT = st.text(alphabet=st.sampled_from(list("aBfinoqstyIM '’:個人情報\n")), max_size=30)


@pytest.mark.parametrize(
    ("patterns", "text", "fitting"),
    [
        (_MANY, "", set()),
        (_MANY, "I", {6}),
        (_MANY, "No", {5, 6}),
        (_MANY, "Its ", {3, 4, 5, 6}),  # no FAQ, complaint or possessive policy: each reads more than four
        (_MANY, "ToS on", {3, 4, 5, 6}),
        (_MANY, "FAQ on ", {0, 3, 4, 5, 6}),
        (_FEW, "in", set()),
        (_FEW, "My take", {2}),
        (_FEW, "in effect", {1, 2}),
        (_FEW, "basically says", {0, 1, 2}),
    ],
)
def test_a_short_text_is_searched_only_with_the_alternatives_that_fit_in_it(
    patterns: list[str], text: str, fitting: set[int]
) -> None:
    alternatives = Alternatives(patterns, re.IGNORECASE)
    cut = alternatives.for_text(text)
    if not fitting:
        assert cut is None
    elif fitting == set(range(len(patterns))):
        assert cut is alternatives.pattern
    else:
        assert cut is not None
        expected = re.compile("|".join(f"(?:{patterns[index]})" for index in sorted(fitting)), re.IGNORECASE)
        assert expected.pattern in cut.pattern
    whole = [match.span() for match in alternatives.pattern.finditer(text)]
    assert ([match.span() for match in cut.finditer(text)] if cut is not None else []) == whole


def test_a_text_too_short_for_every_alternative_is_not_searched() -> None:
    """A text like "Its " was searched with every alternative of a role at each of its positions; none reads as few."""
    alternatives = Alternatives(
        [r"\bFAQ\s+on\b", r"\bcomplaint\s+about\b", r"\bblog\s+post\b"], re.IGNORECASE
    )
    assert alternatives.for_text("Its ") is None
    assert alternatives.for_text("FAQ on") is not None


def test_a_back_reference_keeps_every_alternative() -> None:
    """Left out, an alternative would shift the groups a back reference counts: every one stays."""
    alternatives = Alternatives([r"(\w)\1{5}", r"\bno\b"], re.IGNORECASE)
    assert alternatives.for_text("no") is alternatives.pattern


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from([0, re.IGNORECASE]), st.sampled_from([_MANY, _FEW]))
def test_short_texts_find_what_the_whole_alternation_finds(
    text: str, flags: int, patterns: list[str]
) -> None:
    alternatives = Alternatives(patterns, flags)
    plain = re.compile("|".join(f"(?:{pattern})" for pattern in patterns), flags)
    cut = alternatives.for_text(text)
    expected = [match.span() for match in plain.finditer(text)]
    assert ([match.span() for match in cut.finditer(text)] if cut is not None else []) == expected
    for pos in range(len(text) + 1):
        found = cut.search(text, pos) if cut is not None else None
        again = plain.search(text, pos)
        assert (found.span() if found else None) == (again.span() if again else None)
