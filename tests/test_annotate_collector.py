"""annotate() holds the cyclic garbage collector off while it runs, and builds its annotations whole."""

from __future__ import annotations

import gc

import pytest

from annotations import annotate, pipeline
from annotations.model import Annotation, Finding, Summary
from annotations.summary import summarise as pipeline_summarise
from parsers import parse_text
from parsers.model import Unit

_TEXT = (
    "A title about a fine\n\n"
    "The regulator fined the company €1.2bn ($1.3bn) under Article 83(5) of the GDPR. Its privacy "
    "policy says “we may share your data with partners”.\n\n"
    "Comments\n\nAnn says:\nMarch 5, 2024 at 9:12 am\n\nA $5 fine under the CCPA is nothing.\n"
)


def test_annotating_makes_no_reference_cycles() -> None:
    """What annotate() leaves behind is freed by reference counts alone: the collector finds nothing."""
    article = parse_text(_TEXT)
    annotate(article)  # knowledge read and caches filled once, before counting
    gc.collect()
    gc.disable()
    try:
        result = annotate(article)
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert result.annotations
    assert unreachable == 0


def test_the_collector_is_back_as_it_was() -> None:
    """On after annotate() when it was on before; off when the caller had turned it off."""
    article = parse_text(_TEXT)
    assert gc.isenabled()
    annotate(article)
    assert gc.isenabled()
    gc.disable()
    try:
        annotate(article)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_off_while_annotating_and_left_alone_with_pause(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Off during a plain annotate(); untouched when an interface pauses between units."""
    states: list[bool] = []

    def summarise(annotations: tuple[Annotation, ...]) -> Summary:
        states.append(gc.isenabled())  # the summary is made inside annotate(), after the detectors
        return pipeline_summarise(annotations)

    monkeypatch.setattr(pipeline, "summarise", summarise)
    article = parse_text(_TEXT)
    annotate(article)
    paused: list[bool] = []
    annotate(article, pause=lambda: paused.append(gc.isenabled()))
    assert states == [False, True]
    assert paused and all(paused)
    assert gc.isenabled()


def test_annotations_of_an_article_are_whole() -> None:
    """Every annotation the pipeline makes has its id and its text where the unit has it."""
    article = parse_text(_TEXT)
    texts = {unit.id: unit.text for unit in article.units()}
    result = annotate(article)
    assert len(result.annotations) >= 3
    for annotation in result.annotations:
        assert annotation.id.startswith("a")
        assert texts[annotation.unit_id][annotation.start : annotation.end] == annotation.text


def test_findings_and_units_are_freed_before_the_collector_is_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switched back on, the collector's first pass walks every object made while it was off and still alive: the
    findings and the units are garbage by then, and are freed first (only the annotations are left to walk)."""
    article = parse_text(_TEXT)
    annotate(article)
    alive: list[int] = []

    def summarise(annotations: tuple[Annotation, ...]) -> Summary:
        # The summary is made inside annotate(), after the annotations and before the collector is back.
        alive.append(sum(type(item) in (Finding, Unit) for item in gc.get_objects()))
        return pipeline_summarise(annotations)

    before = sum(type(item) in (Finding, Unit) for item in gc.get_objects())
    monkeypatch.setattr(pipeline, "summarise", summarise)
    annotate(article)
    assert alive == [before]
