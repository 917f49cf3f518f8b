"""Searches for patterns that end on spaces, or on a name and spaces, before an amount are skipped
when the text there cannot end so: the skip must never hide a match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detectors.penalty_cues import _copula, _fined_objects, name_before, space_before
from annotations.detectors.penalty_fields import _payer_patterns, _qualifier, _ratio

# Words the patterns hold, names, spaces of several kinds (a line break, a no-break space) and marks.
_PIECES = ["up to", "about", "less than", "was", "fined", "Apple", "AT&T", "eBay", "Émile", "and", ",", "(",
           " ", "\n", "\u00a0", "$5", "x", "fined Apple ", "fined the company ", ", and Meta ", "fined AT&T Inc "]  # fmt: skip


def _ending_on_spaces() -> list[re.Pattern[str]]:
    return [_qualifier(), _ratio(), _copula(), *_ending_on_a_name()]


def _ending_on_a_name() -> list[re.Pattern[str]]:
    return [*_fined_objects(), _payer_patterns()[0]]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.integers(min_value=0, max_value=8))
def test_a_pattern_ending_on_spaces_needs_them_before_the_end(parts: list[str], floor: int) -> None:
    """Each pattern found in text[floor:end] ends there on a space (as str.isspace() has it), and the
    ones that end on a name hold its capital after `floor`."""
    text = "".join(parts)
    for end in range(floor, len(text) + 1):
        for pattern in _ending_on_spaces():
            if pattern.search(text, floor, end) is not None:
                assert space_before(text, end), (pattern.pattern[:40], text[floor:end])
        for pattern in _ending_on_a_name():
            if pattern.search(text, floor, end) is not None:
                assert name_before(text, end, floor), (pattern.pattern[:40], text[floor:end])


def test_a_space_before_an_amount() -> None:
    """ "up to $5" has one before the amount; "($5)" and a text's start have none."""
    assert space_before("up to $5", 6)
    assert space_before("up to\u00a0$5", 6)
    assert not space_before("($5)", 1)
    assert not space_before("$5", 0)


def test_a_name_before_an_amount() -> None:
    """ "fined Apple $5" and "fined AT&T $5" end on a name; "the company $5" and "eBay" (a capital
    inside the word is enough for the test) do or do not."""
    assert name_before("fined Apple $5", 12, 0)
    assert name_before("fined AT&T  $5", 12, 0)
    assert name_before("fined eBay $5", 11, 0)
    assert not name_before("fined the company $5", 18, 0)
    assert not name_before("fined Apple$5", 11, 0)
    assert not name_before("fined Apple $5", 12, 7)  # the name starts before the window
