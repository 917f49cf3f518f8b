"""The words after a quotation are read for the document that takes it only as far as such a document may start.

A document hands a quotation back only within a few words of it (tos_trail: MAX_WORDS_TO_DOCUMENT_AFTER); on a line of
thousands of quotations whose sentence never ends, each quotation's window (up to MAX_CLAUSE_CHARS) was read whole for
documents. Every text here is written for the test."""

from __future__ import annotations

from typing import Any

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors import tos_trail
from annotations.detectors.tos_mentions import document_mentions
from annotations.detectors.tos_quotes import TosQuoteDetector
from parsers.model import Unit


def test_a_line_of_a_public_bodys_quoted_policy_reads_a_short_window_after_each_quotation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """400 quotations of a council's policy on one line: about 950 characters were read after each (380,000 in all);
    now the first words and NEAR_MARGIN_CHARS more. None of them is a company's document, before or after."""
    read: list[int] = []

    def recorded(text: str, *args: Any, **kwargs: Any) -> Any:
        read.append(len(text))
        return document_mentions(text, *args, **kwargs)

    monkeypatch.setattr(tos_trail, "document_mentions", recorded)
    run = "The city council's privacy policy states: “We may share what you give us with other departments.” "
    found = TosQuoteDetector().detect((Unit("b0", "block", run * 400),))
    assert found == []
    assert read
    assert max(read) <= 300
    assert sum(read) < 400 * 300


@pytest.mark.parametrize(("paragraph", "found"), [
    # A document within six words of the quotation takes it, however long the sentence goes on after it.
    ("“We may keep your photos for a year,” reads section 4 of Zoomly's terms of service, which users accepted "
     "in a hurry last spring without reading much of anything at all, as " + "many people do, " * 20 + "sadly.",
     ["We may keep your photos for a year,"]),
    # One named further on gives it nothing.
    ("“A year or so,” the forum answered, and that is a long time for anyone who cares about what Zoomly's "
     "terms of service say.", []),
    ("Photos stay “a year or so” and that is a long time for anyone who cares about what Zoomly's terms of "
     "service say.", []),
    # Where none is named after it, the next sentence may point back to the document.
    ("Zoomly kept it short. “We may keep your photos for a year.” That line is from Zoomly's terms of service.",
     ["We may keep your photos for a year."]),
])  # fmt: skip
def test_the_document_after_a_quotation_is_still_the_nearest_one(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Zoomly and its terms")) == found
