"""annotate(): run every detector over title, body and comments, order, number, summarise."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from operator import attrgetter

from annotations.collector import collector_held
from annotations.detectors.base import sentence_at, sentence_bounds
from annotations.detectors.memo import article_scope
from annotations.model import KINDS, Annotated, Annotation, Finding, penalty_key
from annotations.parallel import SPLIT_FROM, each_detectors_findings
from annotations.registry import detectors
from annotations.summary import summarise
from parsers.model import Article, Unit

_FINDING_FIELDS = tuple(field.name for field in dataclass_fields(Finding))
# A finding's fields in order, read at once: an annotation is built from them by position.
_finding_fields = attrgetter(*_FINDING_FIELDS)
_CONVERSION_OF = _FINDING_FIELDS.index("conversion_of")
_RELATED_LAW = _FINDING_FIELDS.index("related_law")
_KIND_ORDER = {kind: index for index, kind in enumerate(KINDS)}


def _without_same_kind_overlaps(findings: list[Finding]) -> list[Finding]:
    """Where two findings of one kind overlap in a unit, keep the longer (the earlier on a tie)."""
    kept: list[Finding] = []
    ordered = sorted(findings, key=_by_kind_start_longest)
    for finding in ordered:
        last = kept[-1] if kept else None
        if (
            last is None
            or (last.unit_id, last.kind) != (finding.unit_id, finding.kind)
            or finding.start >= last.end
        ):
            kept.append(finding)
        elif finding.end - finding.start > last.end - last.start:
            kept[-1] = finding
    return kept


def _by_kind_start_longest(finding: Finding) -> tuple[str, str, int, int]:
    return finding.unit_id, finding.kind, finding.start, finding.start - finding.end


def _related_laws(findings: list[Finding], units: dict[str, str]) -> dict[int, str]:
    """For each penalty (by its index) with no law of its own, the law named in its sentence."""
    laws_by_unit: dict[str, list[Finding]] = {}
    for law_finding in findings:
        if law_finding.kind == "law":
            laws_by_unit.setdefault(law_finding.unit_id, []).append(law_finding)
    related: dict[int, str] = {}
    bounds_of: dict[str, list[tuple[int, int]]] = {}
    for index, finding in enumerate(findings):
        if finding.kind == "penalty" and finding.related_law is None:
            if finding.unit_id not in bounds_of:
                bounds_of[finding.unit_id] = sentence_bounds(units[finding.unit_id])
            bounds = bounds_of[finding.unit_id]
            sentence = bounds[sentence_at(bounds, finding.start)]
            law = _first_law_within(laws_by_unit.get(finding.unit_id, []), sentence)
            if law is not None and law.ref:
                related[index] = law.ref
    return related


# At most this many annotations of one article, the first in reading order. A page repeating a law's
# name ("GDPR GDPR …": 80,000 in 400 KB) had one for each, every one carrying the law's entry: 171 MB of
# JSON and 844 MB of memory, and ten megabytes of it would exhaust the machine. A real thread can be
# dense too: the bench's 5,000 comments, each with a fine, a law and a quoted clause, hold 20,201, and
# 50,000 of them print about 80 MB of JSON.
MAX_ANNOTATIONS = 50_000


def _first_law_within(laws: list[Finding], span: tuple[int, int]) -> Finding | None:
    """The first of a unit's laws (in order of start) that starts inside `span`, found by bisection: a
    paragraph of thousands of fines and laws compared each fine with every law (2 MB: 2.5 s)."""
    index = bisect_left(laws, span[0], key=_start)
    return laws[index] if index < len(laws) and laws[index].start < span[1] else None


def _start(finding: Finding) -> int:
    """A finding's start: the bisection's key (a test counts the findings it looks at)."""
    return finding.start


class _PausingUnits(tuple[Unit, ...]):
    """An article's units; every walk over them (each detector's) calls `pause` before each unit."""

    pause: Callable[[], None]

    def __iter__(self) -> Iterator[Unit]:
        for unit in tuple.__iter__(self):
            self.pause()
            yield unit


def _walked(units: tuple[Unit, ...], pause: Callable[[], None] | None) -> tuple[Unit, ...]:
    """The units as the detectors walk them: with `pause` called before each unit, when given."""
    if pause is None:
        return units
    walked = _PausingUnits(units)
    walked.pause = pause
    return walked


def _ordered_findings(
    units: tuple[Unit, ...], split_from: int | None
) -> tuple[list[Finding], dict[int, str]]:
    """Every detector's findings in reading order, same-kind overlaps resolved, and related laws."""
    by_unit: dict[str, list[Finding]] = {unit.id: [] for unit in units}
    with article_scope():
        for found in each_detectors_findings(units, detectors(), split_from=split_from):
            for finding in found:
                by_unit[finding.unit_id].append(finding)
        # Put in order unit by unit: a thread's findings are sorted in thousands of small lists.
        findings: list[Finding] = []
        for unit_findings in by_unit.values():
            if unit_findings:
                kept = _without_same_kind_overlaps(unit_findings)
                kept.sort(key=_in_unit_order)
                findings += kept
        related = _related_laws(findings, {unit.id: unit.text for unit in units})
    return findings, related


def _in_unit_order(finding: Finding) -> tuple[int, int]:
    """Where a finding comes in its unit: by its start, then by its kind's place in KINDS."""
    return finding.start, _KIND_ORDER[finding.kind]


def _annotations(
    article: Article, units: tuple[Unit, ...], findings: list[Finding], related: dict[int, str]
) -> tuple[Annotation, ...]:
    """The findings as annotations: ids, conversions by id, related laws, spans in the source."""
    by_id = {unit.id: unit for unit in units}
    penalty_ids = {
        penalty_key(f.unit_id, f.start): f"a{i}" for i, f in enumerate(findings) if f.kind == "penalty"
    }
    source_text = article.source_text
    annotations: list[Annotation] = []
    append = annotations.append
    unit_id = None
    for index, finding in enumerate(findings):
        # Findings come unit by unit: the unit, its kind and its offset map are looked up when it changes.
        if finding.unit_id != unit_id:
            unit_id = finding.unit_id
            unit = by_id[unit_id]
            unit_kind = unit.kind
            to_source = unit.offsets.span_to_source if unit.offsets else None
        fields = list(_finding_fields(finding))
        if finding.conversion_of is not None:
            fields[_CONVERSION_OF] = penalty_ids.get(finding.conversion_of)
        if not finding.related_law:
            fields[_RELATED_LAW] = related.get(index)
        source = to_source(finding.start, finding.end) if to_source is not None else None
        if source is None:
            source_start = source_end = quoted = None
        else:
            source_start, source_end = source
            quoted = source_text[source_start:source_end] if source_text else None
        append(
            Annotation(
                *fields,
                id=f"a{index}",
                unit_kind=unit_kind,
                source_start=source_start,
                source_end=source_end,
                source_text=quoted,
            )
        )
    return tuple(annotations)


def annotate(
    article: Article, *, pause: Callable[[], None] | None = None, split_from: int | None = SPLIT_FROM
) -> Annotated:
    """Annotate an article: laws, penalties and terms-of-service quotes, in reading order.

    `pause`, when given, is called before each unit every detector looks at: a caller sharing the
    interpreter with an interface waits there for it (the annotations are the same). Without it, an
    article of `split_from` characters of text or more (None: never) has its detectors split over
    two processes where that may be done (annotations/parallel.py); the annotations are the same.
    """
    units = _walked(article.units(), pause)
    # With `pause` an interface runs between units: its own garbage is left to the collector.
    with collector_held() if pause is None else nullcontext():
        findings, related = _ordered_findings(units, split_from if pause is None else None)
        result = _annotations(article, units, findings[:MAX_ANNOTATIONS], related)
        found = len(findings)
        # Freed while the collector is held: switched back on, its first pass walks every object made since it
        # was switched off and still alive, and the findings and units are garbage by then (the dense bench
        # thread: 20,201 findings and 5,002 units, 22 ms of the pass's 34).
        del findings, related, units
        summary = summarise(result)
        if found > MAX_ANNOTATIONS:
            note = f"The page has {found:,} annotations; only the first {MAX_ANNOTATIONS:,} are listed."
            summary = replace(summary, notes=(*summary.notes, note))
        return Annotated(annotations=result, summary=summary)


__all__ = ["annotate"]
