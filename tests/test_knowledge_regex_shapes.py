"""Knowledge-base patterns have no shape that backtracks without end on a run of spaces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

KNOWLEDGE = Path(__file__).resolve().parent.parent / "annotations" / "knowledge"
# Two whitespace runs that can meet, with at most an optional character between ("\s*,?\s*"): on a run of
# N spaces followed by a failing tail the engine tries every split of the run, N² steps from one start.
MEETING_SPACE_RUNS = re.compile(r"\\s[*+]\??(?:[^\\()\[\]|]\?)?\\s[*+]")


@pytest.mark.parametrize("path", sorted(KNOWLEDGE.glob("*.toml")), ids=lambda path: path.name)
def test_no_knowledge_pattern_lets_two_space_runs_meet(path: Path) -> None:
    """Write "\\s*(?:,\\s*)?" where a comma may stand between spaces: the same strings, one way to read them."""
    found = [
        f"{number}: {match.group()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in MEETING_SPACE_RUNS.finditer(line)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("after", "public"),
    [
        (", published by the EDPB", True),
        (" adopted by Parliament", True),
        (" ,  set  by the CNIL", True),
        ("   and more text", False),
    ],
)
def test_a_public_body_after_a_pointing_word_is_still_read(after: str, public: bool) -> None:
    """The pattern rewritten for speed reads the same forms: with a comma, without, with spaces around it."""
    assert (role_pattern("foreign_owner").match(after, 0) is not None) is public


def test_a_pointing_word_before_a_long_run_of_spaces_is_still_a_mention() -> None:
    """A pointing word followed by thousands of spaces is read, the run passed over once."""
    text = "The terms say: “We may sell your data.” Read the doc" + " " * 3000 + "x."
    nouns = [mention.noun for mention in document_mentions(text, Page(True, Source("terms of service")))]
    assert "doc" in nouns
