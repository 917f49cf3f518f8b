"""Paragraphs of thousands of quotations in shapes real pages have (an email quoted line by line, readers' answers as
label lines, one clause list joined in a sentence) are read in work that grows with their length, and each quotation
is read within its own sentence, not within a window of the quotations before it.

Counted, never timed: characters handed to the searches that read a window around each quotation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from annotations.detectors import tos_bound, tos_fragments
from annotations.detectors.base import Unit
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_quotes import TosQuoteDetector

_FOTOLAR = "One clause of Fotolar's terms says users must be 16."
_NAMED = "Zoomly's terms of service changed this week. "
_VERBS = ("share", "sell", "keep", "analyse", "store", "disclose", "transfer", "license")
_THINGS = ("data", "photos", "messages", "contacts", "files", "location", "history")


def _clause(index: int) -> str:
    """A clause that differs from its neighbours, so that no two windows read alike."""
    return f"We may {_VERBS[index % len(_VERBS)]} your {_THINGS[index * 3 % len(_THINGS)]} item {index}"


def _chars_read(module: Any, name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many characters `module.name` is handed (its longest text argument: a role's name is shorter) while the
    detector reads `text`."""
    read = 0
    real: Callable[..., Any] = getattr(module, name)

    def reading(*args: Any, **kwargs: Any) -> Any:
        nonlocal read
        read += max(len(arg) for arg in args if isinstance(arg, str))
        return real(*args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(module, name, reading)
        TosQuoteDetector().detect((Unit("b0", "block", text),))
    return read


def _email(count: int) -> str:
    return "Title. " + " ".join(f"“{_clause(n)},” the email began." for n in range(count))


def _answers(count: int) -> str:
    names = ("Dana", "Omar", "Lena", "Priya", "Tomas")
    return _NAMED + " ".join(f"{names[n % len(names)]}: “{_clause(n)}.”" for n in range(count))


def test_anyone_speaking_is_looked_for_only_around_a_quotation_the_sentence_before_gives_a_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each of a paragraph's '“…,” the email began.' searched 4,000 characters around it for anyone speaking, before
    asking whether the sentence before it named a document at all (none does): now that comes first."""
    assert _chars_read(tos_fragments, "someone_speaks", _email(400), monkeypatch) == 0


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"{_FOTOLAR} “If you are under 16, you must ask a parent.”", 1),
        (f"{_FOTOLAR} “If you are under 16, you must ask,” Bo said.", 0),
        (
            f"{_FOTOLAR} “If you are under 16, you must ask a parent.” A spokesperson confirmed it on Monday.",
            0,
        ),
        (f"{_FOTOLAR} “If you are under 16, you must ask a parent.” The lawyer said that was new.", 0),
    ],
)
def test_a_quotation_after_a_sentence_naming_the_document_is_still_read_for_anyone_speaking(
    text: str, found: int
) -> None:
    """Looking for a speaker last keeps what it decided: with Bo, a spokesperson or a lawyer around, no clause."""
    units = (Unit("t", "title", "Fotolar rewrites its terms"), Unit("b0", "block", text))
    assert len(TosQuoteDetector().detect(units)) == found


def test_label_lines_are_each_read_from_the_end_of_the_quotation_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On one paragraph of 'Dana: “We may …”' lines, the stop inside each closing mark ended no sentence, so every
    answer read the thousand characters before it as its lead, again for each of its guards (anyone else, a public
    body, the document named last). The lead now ends at the quotation before; the window before is searched for a
    document only where one may be named."""
    count = 400
    text = _answers(count)
    # Before: 5,800 and 3,100 characters a quotation.
    assert _chars_read(tos_bound, "_role_matches", text, monkeypatch) < 1_500 * count
    assert _chars_read(tos_bound, "document_mentions", text, monkeypatch) < 1_500 * count
    assert len(TosQuoteDetector().detect((Unit("b0", "block", text),))) == count


@pytest.mark.parametrize(
    ("text", "closed", "expected"),
    [
        ("He wrote “We may keep it.” Omar: ", True, "Omar: "),
        ("He wrote “We may keep it.” Omar: ", False, "He wrote “We may keep it.” Omar: "),
        ("It read (see above.) Then: ", True, "Then: "),
        ("“We may keep it.”Omar: ", True, "“We may keep it.”Omar: "),  # no space after the mark: one sentence
        ("First one. Then “a.” and ", True, "Then “a.” and "),
    ],
)
def test_a_sentence_may_end_after_the_closing_mark_of_its_quotation(
    text: str, closed: bool, expected: str
) -> None:
    """With `closed`, a stop inside a closing mark (or a bracket) before a space ends the sentence."""
    assert last_sentence(text, closed=closed) == expected
