"""A list item whose own words stop the look back still shares the lead-in of the item before it."""

from __future__ import annotations

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit

_LEAD_IN = "Returning to fines: the new code sets two bands, depending on which duties a firm ignores:"
_FIRST = (
    "the larger of £4m or 1% of the firm's worldwide annual turnover in the last financial year, "
    "for lapses such as record keeping; or"
)
_SECOND = (
    "the larger of £9m or 3% of the firm's worldwide annual turnover in the last financial year, "
    "for lapses around consent and transfers abroad."
)


def _texts(units: tuple[Unit, ...]) -> list[str]:
    return [finding.text for finding in PenaltyDetector().detect(units)]


def test_the_second_band_of_a_fine_list_is_a_fine_too() -> None:
    """The first item's "turnover" no longer ends the second item's look back short of the lead-in."""
    units = (
        Unit("b0", "block", _LEAD_IN, "paragraph"),
        Unit("b1", "block", _FIRST, "list_item"),
        Unit("b2", "block", _SECOND, "list_item"),
    )
    assert _texts(units) == [
        "£4m",
        "1% of the firm's worldwide annual turnover",
        "£9m",
        "3% of the firm's worldwide annual turnover",
    ]


def test_a_paragraph_after_a_fine_list_takes_nothing_from_it() -> None:
    """Only an item of the list inherits: a paragraph after it keeps its own reading."""
    units = (
        Unit("b0", "block", _LEAD_IN, "paragraph"),
        Unit("b1", "block", _FIRST, "list_item"),
        Unit("b2", "block", "The largest firms in the sector hold £9m or more.", "paragraph"),
    )
    assert _texts(units) == ["£4m", "1% of the firm's worldwide annual turnover"]


def test_an_item_after_an_item_with_no_penalty_inherits_nothing() -> None:
    """An item before that holds no penalty hands nothing on, however its own words read."""
    units = (
        Unit("b0", "block", "What the two tiers of members pay each year:", "paragraph"),
        Unit("b1", "block", "the larger of £400 or 1% of the firm's annual turnover; or", "list_item"),
        Unit("b2", "block", "the larger of £900 or 3% of the firm's annual turnover.", "list_item"),
    )
    assert _texts(units) == []
