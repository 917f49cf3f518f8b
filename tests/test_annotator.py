"""The annotating process: the same annotations as in the app's own interpreter, and it outlives a crash."""

from __future__ import annotations

import io
import sys

import pytest

from annotations import annotate
from parsers import parse_text
from tui.annotator import Annotator

PAGE = (
    "A headline about a $5 million fine\n\nBy Ann Lee | 4 March 2024\n\n"
    "The regulator imposed a $5 million fine under the GDPR.\n\nComments\n\n"
    + "".join(
        f"Reader{n} says:\nMarch 5, 2024 at 9:12 am\n\n"
        + ("A $5 million fine under COPPA is small.\n\n" if n % 2 else "I agree.\n\n")
        for n in range(6)
    )
)


@pytest.fixture
def annotator():
    made = Annotator()
    yield made
    made.close()


def test_the_process_finds_what_annotate_finds(annotator: Annotator) -> None:
    """Annotations, a list label for each, and the marked text of each annotated unit."""
    article = parse_text(PAGE)
    made = annotator.make(article, None, frozenset({"law"}))
    expected = annotate(article).annotations
    assert made.annotated.annotations == expected
    assert any(a.unit_kind == "comment" for a in expected)
    assert set(made.labels) == {a.id for a in expected}
    penalty = next(a for a in expected if a.kind == "penalty" and a.unit_kind == "comment")
    unit_text = next(unit.text for unit in article.units() if unit.id == penalty.unit_id)
    shown = made.shown.get(penalty.unit_id, unit_text, frozenset({"law"}))
    assert shown is not None and [m.kind for m in shown.marks] == ["penalty"]


def test_a_process_that_died_is_started_again(annotator: Annotator) -> None:
    """Killed between two articles, the next one is still annotated."""
    article = parse_text(PAGE)
    first = annotator.make(article, None, frozenset())
    process = annotator._process
    assert process is not None
    process.kill()
    process.join(5)
    again = annotator.make(article, None, frozenset())
    assert again.annotated.annotations == first.annotated.annotations
    assert annotator._process is not None and annotator._process is not process


class _PrintCapture(io.StringIO):
    """Standard error as Textual replaces it while an app runs: no file descriptor of its own."""

    def fileno(self) -> int:
        return -1


def test_the_process_starts_while_an_app_captures_standard_error(
    annotator: Annotator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under Textual `sys.stderr` has descriptor -1, which starting a process would hand on and fail."""
    monkeypatch.setattr(sys, "stderr", _PrintCapture())
    made = annotator.make(parse_text(PAGE), None, frozenset())
    assert made.annotated.annotations and sys.stderr.fileno() == -1
