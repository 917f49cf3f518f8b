"""Patterns built in Python code (module constants and cached builders of the parsers and detectors) have no
shape that backtracks without end, as the knowledge base's patterns have none (tests/test_knowledge_regex_shapes.py)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator

import pytest
from regex_uses import MATCHING, inline_searches, pattern_uses

from annotations.knowledge.linear import check_linear, unguarded_opening
from parsers.sniff import sniff
from parsers.text import board_words
from parsers.text.ledger import furniture_rule

# Nested repeats check_linear cannot prove safe, each bounded by a small count of links.
BOUNDED = {
    "annotations.detectors.law_provisions._provision_pattern": "a number's parts repeat inside at most 10 list items",
    "annotations.detectors.money_forms.words_form": "number words repeat inside a bounded phrase",
    "parsers.text.board_words.MEMBER_LINE": "at most 4 counts, each of at most 12 characters",
    "parsers.text.board_words.NUMBER_OVER_AUTHOR": "at most 3 parts of at most 60 characters",
}
# Searched patterns opening with a run that the opening check cannot see are safe, and why.
READ_ONCE_PER_RUN = {
    "annotations.detectors.base._sentence_break": "the lookbehind after its first character fails inside a run",
    "annotations.detectors.money_forms.number_form": "the lookbehind after its first digit fails inside a number",
    "annotations.detectors.money_forms._WORD_BEFORE": "searched only in the 16 characters before an amount",
    "annotations.detectors.tos_mentions._LAST_WORD": "searched only in the 40 characters before a document",
    "annotations.detectors.tos_wording._ACROSS": "split only the 60 characters before a quotation",
}
# Two whitespace runs that meet, maybe around an optional sign: N spaces split N ways at each try.
MEETING_SPACE_RUNS = re.compile(r"\\s[*+]\??(?:\[[^\]]*\]\?|[^\\()\[\]|]\?)?\\s[*+]")


def _patterns(value: object) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _patterns(item)


def _built() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern a module of the core holds, or a cached builder without arguments returns."""
    found: dict[str, re.Pattern[str]] = {}
    for package_name in ("annotations", "annotations.detectors", "parsers", "parsers.text", "parsers.html"):
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                builder = (
                    callable(value) and hasattr(value, "cache_info") and value.__module__ == module.__name__
                )
                if builder and not any(
                    p.default is p.empty for p in inspect.signature(value).parameters.values()
                ):
                    value = value()
                elif not isinstance(value, re.Pattern):
                    continue
                for pattern in _patterns(value):
                    found.setdefault(f"{module.__name__}.{name}", pattern)
    return found


BUILT = _built()
USES = pattern_uses()


def _methods(pattern: re.Pattern[str]) -> set[str]:
    """What the core calls on `pattern`, under any of the names that hold it."""
    return set().union(*(USES.get(name, set()) for name, held in BUILT.items() if held is pattern))


def test_the_scan_finds_the_built_patterns() -> None:
    """The scan reads modules and cached builders; one that found nothing would pass vacuously."""
    assert {"parsers.sniff._HTML_START", "annotations.detectors.penalty_fields._payer_patterns"} <= set(BUILT)
    assert set(BOUNDED) <= set(BUILT)


@pytest.mark.parametrize("name", sorted(set(BUILT) - set(BOUNDED)))
def test_no_built_pattern_splits_one_run_two_ways(name: str) -> None:
    """A nested repeat that can go on or stop at the same character tries every split of a run:
    "(?:<!--.*?-->\\s*)*" read 25 comments before plain text 2^25 ways."""
    pattern = BUILT[name]
    check_linear(pattern.pattern, pattern.flags)


def test_the_scan_finds_how_patterns_are_used() -> None:
    """The method scan resolves module names, imported names, builders and local names."""
    assert "findall" in _methods(BUILT["parsers.html.titles._WORD"])
    assert "match" in _methods(BUILT["annotations.detectors.law_names._FOLLOWING_NAME"])
    assert "split" in _methods(BUILT["parsers.text.vocabulary.AUTHOR_SPLIT"])  # vocab.AUTHOR_SPLIT
    assert "finditer" in _methods(
        BUILT["annotations.detectors.money_forms.number_form"]
    )  # forms.number_form()
    assert set(READ_ONCE_PER_RUN) <= set(BUILT)


@pytest.mark.parametrize("name", sorted(set(BUILT) - set(READ_ONCE_PER_RUN)))
def test_no_searched_built_pattern_reads_a_long_run_once_per_start(name: str) -> None:
    """A pattern tried at every start (search, finditer, findall, sub, split) that opens with a run which
    can fail after it needs a guard first: `\\s*(?:says|said)\\s*$` took 34 s to clean an author of 20,000
    spaces and a letter. A pattern whose uses the scan cannot see counts as searched."""
    pattern = BUILT[name]
    methods = _methods(pattern)
    if methods and methods <= MATCHING:
        return
    assert unguarded_opening(pattern.pattern, pattern.flags) is None


INLINE = inline_searches()


def test_the_scan_finds_patterns_written_in_place() -> None:
    """The scan reads `re.split(r"…", text)` calls too; one that found none would pass vacuously."""
    assert any(where.startswith("parsers.html.titles:") for where, _pattern in INLINE)


@pytest.mark.parametrize(("where", "pattern"), INLINE, ids=[where for where, _pattern in INLINE])
def test_no_pattern_searched_in_place_reads_a_long_run_once_per_start(where: str, pattern: str) -> None:
    """A pattern written in a call of `re.split`, `re.sub` or `re.search` is searched like a built one."""
    assert unguarded_opening(pattern) is None


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("<!-- a -->" * 800 + "x", "text"),
        ("<!-- a -->" * 30 + "\n<html><p>x</p></html>", "html"),
        ("<!-- a --> junk --> <html>", "html"),  # what the comment span covers is free, as before
        ("<!-- a --> junk <html>", "text"),
        ('<?xml version="1.0"?>\n<!-- c --> <!-- d -->\n<rss version="2.0">', "feed"),
    ],
)
def test_comments_before_the_first_tag_are_read_once(head: str, kind: str) -> None:
    """Comments before the first tag are passed over whatever their number."""
    assert sniff(head) == kind


@pytest.mark.parametrize("name", sorted(BUILT))
def test_no_built_pattern_lets_two_space_runs_meet(name: str) -> None:
    """Write "\\s*(?::\\s*)?" for "\\s*:?\\s*": the same strings, read one way. Where two runs met, a line of
    "Joined 5" or "reading time", N spaces and a letter took N² steps (8,000 spaces: 2 s to parse)."""
    assert MEETING_SPACE_RUNS.findall(BUILT[name].pattern) == []


@pytest.mark.parametrize(
    "line",
    [
        "Reading time: 5 min",
        "Lesezeit 3 Minuten",
        "reading time :  4 minutes",
        "Was this article helpful? Yes / No",
    ],
)
def test_furniture_lines_are_still_named(line: str) -> None:
    """The rewritten space runs still name the page furniture they named."""
    assert furniture_rule(line, in_tail=True) is not None


def test_a_long_run_of_spaces_after_a_furniture_word_is_no_furniture() -> None:
    """ "reading time", thousands of spaces and a letter: read once, and no furniture."""
    assert furniture_rule("reading time" + " " * 20_000 + "x", in_tail=True) is None


@pytest.mark.parametrize(
    ("line", "date", "counts"),
    [
        ("Joined: Jan 2016 Posts: 1,234", "Jan 2016", " Posts: 1,234"),
        ("Joined 14 Mar 2016 · Messages 3,412  ", "14 Mar 2016", " · Messages 3,412"),
        ("Registriert seit: 12.03.2016", "12.03.2016", ""),
        ("Joined" + " " * 100 + "5 May 2020", "5 May 2020", ""),
        ("Joined 5" + " " * 100 + "x", None, None),
    ],
)
def test_a_member_line_reads_as_before(line: str, date: str | None, counts: str | None) -> None:
    """The rewritten spaces read the same lines, date and counts."""
    match = board_words.MEMBER_LINE.match(line)
    assert (match and match.group("date"), match and match.group("counts")) == (date, counts)
