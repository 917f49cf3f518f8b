"""Rows for a review's lead that quotes readers, not documents: a line "Dana: “…”" under "what users say about the
terms" is a reader's words. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "What the new privacy policy changes for users"


@pytest.mark.parametrize(("lead", "line", "found"), [
    # Readers, users or the people asked are the subject of the saying verb: the lines are theirs.
    ("Here is what users say about the photo platforms' terms of service.",
     "Pixelnest: “You keep full copyright and they are clear about it.”", []),
    ("We asked five readers what their platforms' terms of service say about uploads.",
     "Dana: “You keep the rights to your photos and nobody else does.”", []),
    ("Readers told us what the apps' privacy policies mean to them.",
     "Maria: “Your data stays on your phone unless you share it.”", []),
    # The documents say it: a company's line quotes its document.
    ("Here is what the photo platforms' terms of service say about uploads.",
     "Pixelnest: “Your data stays on your phone unless you share it.”",
     ["Your data stays on your phone unless you share it."]),
    ("Here is what the photo platforms' terms of service tell users about uploads.",
     "Pixelnest: “You keep full copyright of your photos.”", ["You keep full copyright of your photos."]),
])  # fmt: skip
def test_a_line_under_what_readers_say_is_theirs(lead: str, line: str, found: list[str]) -> None:
    assert quotes_found(page_units(lead, line, title=TITLE)) == found
