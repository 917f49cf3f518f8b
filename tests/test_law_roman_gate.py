"""The gate that lets a digit-free text reach the provision reader when it holds a Roman number after a word: it
opens on the number's first capital (a fast skip over long texts) and must answer as the plain reading does."""

from __future__ import annotations

import re

import pytest

from annotations.detectors.law_provisions import _ROMAN

# The plain reading: a word's last letter or a full stop, one space, then two to six Roman capitals or one of V X L C.
PLAIN = re.compile(r"(?<=[a-z.])\s(?:[IVXLC]{2,6}|[VXLC])\b")


@pytest.mark.parametrize("text", [
    "Transfers fall under Chapter V of the GDPR.",
    "Title III of the ADA covers shops.",
    "see Part IV, and then",
    "the king Louis XIV",
    "Volume\tIX of the series",
    "after the war. CC licences",
    "I think so.",
    "It became an LLC in May.",
    "Two LLCs merged.",
    "Chapter Vb is new",
    "in LIV and a I",
    "CHAPTER V",
    "",
])  # fmt: skip
def test_the_gate_answers_as_the_plain_reading(text: str) -> None:
    assert bool(_ROMAN.search(text)) == bool(PLAIN.search(text))
