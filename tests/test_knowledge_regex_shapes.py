"""Knowledge-base patterns have no shape that backtracks without end on a run of spaces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import TOS, role_pattern
from annotations.knowledge import vocabulary
from annotations.knowledge.linear import unguarded_opening

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


DETECTORS = Path(__file__).resolve().parent.parent / "annotations" / "detectors"
SEARCHED_ROLE = re.compile(r'role_pattern\("(\w+)"\)\.(?:search|finditer|findall)\(')


def _searched_roles() -> list[str]:
    """The ToS vocabulary roles some detector searches a text with (rather than matching at a place)."""
    sources = "".join(path.read_text(encoding="utf-8") for path in sorted(DETECTORS.glob("*.py")))
    return sorted(set(SEARCHED_ROLE.findall(sources)))


def test_the_searched_roles_are_found() -> None:
    """The scan below reads the detectors' calls; a scan that found nothing would pass vacuously."""
    assert {"company_voice", "speaker", "other_source"} <= set(_searched_roles())


@pytest.mark.parametrize("role", _searched_roles())
def test_no_searched_pattern_reads_a_long_word_once_per_letter(role: str) -> None:
    """A searched pattern opening with a run (`[A-Z][\\w.-]*`) needs a guard such as `(?<![\\w.-])` first:
    without one, 20,000 letters before a quotation took 13 s to annotate."""
    found = [
        f"{entry.id}: {reason}"
        for entry in vocabulary(TOS).role(role)
        if entry.pattern and (reason := unguarded_opening(entry.pattern, re.IGNORECASE))
    ]
    assert found == []


@pytest.mark.parametrize(("pattern", "quadratic"), [
    (r"[A-Z][\w.-]*\s+says", True),
    (r"\w+\s+says", True),
    (r"(?<![\w.-])[A-Z][\w.-]*\s+says", False),
    (r"\bthe\s+\w+", False),
    (r"\$\s*\d+", False),
    (r"(?:the\s+firm|[A-Z]\w*)\s+says", True),
    (r"\w+", False),  # nothing after the run can fail: each run is matched once, from its start
    (r"[A-Z][\w'’-]*(?:'s)?", False),
    (r"\s+$", True),
    (r"\s*(?:,|and)\s*", True),
    (r"(?:(?<!\s)|(?!\s))\s*(?:,|and)\s*", False),
])  # fmt: skip
def test_the_opening_check_tells_guarded_from_unguarded(pattern: str, quadratic: bool) -> None:
    """The check itself, on patterns whose cost is known."""
    assert (unguarded_opening(pattern) is not None) is quadratic


def test_a_company_voice_after_a_long_word_is_still_found() -> None:
    """The guard keeps the match: the name after a run of letters is found, not a piece of the run."""
    match = role_pattern("company_voice").search("A" * 5000 + ", and Kestrel now says users grant it")
    assert match is not None
    assert match.group().startswith("Kestrel")
