"""The consumer cue of a page is read outside its quotations, and a run of unclosed marks is read once."""

from __future__ import annotations

import pytest

from annotations.detectors.tos_walk import _QUOTED, _consumer_cue


@pytest.mark.parametrize(
    ("text", "quotations"),
    [
        ("They wrote “the borrower shall repay” and left.", ["“the borrower shall repay”"]),
        # A quotation never runs over another opening mark of its kind: each mark of a run of
        # unclosed ones is then read up to the next mark, not 2,000 characters on (a 1 MB line of “
        # took twice as long to annotate as before the cue was read).
        ("“a “b”", ["“b”"]),
        ("«x «y»", ["«y»"]),
        ("「甲「乙」", ["「乙」"]),
        ("“" * 50, []),
    ],
)
def test_quotations_left_out_of_the_cue(text: str, quotations: list[str]) -> None:
    assert _QUOTED.findall(text) == quotations


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The app's users must accept the change.", True),
        ("The agreement says “users may withdraw” and the ministry agreed.", False),
    ],
)
def test_a_cue_is_read_outside_quotations(text: str, cue: bool) -> None:
    assert _consumer_cue(text) is cue
