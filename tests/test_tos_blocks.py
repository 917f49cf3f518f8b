"""Paragraph helpers of the terms detector, checked against the plain definitions they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detectors.tos_blocks import last_sentence

_SENTENCE_BREAK = re.compile(r"(?<=[.!?。])\s+")


def test_the_last_sentence_follows_the_last_stop_and_its_spaces() -> None:
    """Only a stop followed by spaces ends a sentence: "3.5" and a closing "?" do not."""
    assert last_sentence("Read it.  The new section reads:") == "The new section reads:"
    assert last_sentence("Version 3.5 changed it!\n\tSee the following") == "See the following"
    assert last_sentence("No stop here") == "No stop here"
    assert last_sentence("Ends with a stop.") == "Ends with a stop."
    assert last_sentence("利用規約。 以下") == "以下"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?。 \n\t\u3000ab3", max_size=30))
def test_the_last_sentence_is_the_last_piece_of_a_split_at_sentence_breaks(text: str) -> None:
    """The same text as splitting at every run of spaces after . ! ? or 。 and keeping the last piece."""
    assert last_sentence(text) == _SENTENCE_BREAK.split(text)[-1]
