"""Annotations and the article-level summary: frozen dataclasses, no terminal code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from annotations.quick_init import quick_init
from parsers.model import UnitKind

AnnotationKind = Literal["law", "penalty", "tos_quote"]
KINDS: tuple[AnnotationKind, ...] = ("law", "penalty", "tos_quote")
PenaltyType = Literal[
    "fine",
    "civil_penalty",
    "settlement",
    "refund",
    "damages",
    "disgorgement",
    "proposed_fine",
    "statutory_maximum",
]


@dataclass(frozen=True, slots=True)
class PenaltyCap:
    """A maximum penalty a law sets: a figure, a share of turnover, or both."""

    description: str
    amount: float | None = None
    currency: str | None = None
    percent: float | None = None
    basis: str | None = None
    per: str | None = None
    as_of: int | None = None


@dataclass(frozen=True, slots=True)
class LawEntry:
    """One law, rule or regulation of the knowledge base."""

    id: str
    name: str
    kind: str
    jurisdiction: str
    summary: str
    short_names: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()
    citation_patterns: tuple[str, ...] = ()
    context_names: tuple[str, ...] = ()
    not_within: tuple[str, ...] = ()
    level: str | None = None
    year: int | None = None
    in_force: int | None = None
    regulators: tuple[str, ...] = ()
    parent: str | None = None
    url: str | None = None
    penalties: tuple[PenaltyCap, ...] = ()


@dataclass(frozen=True, slots=True)
class ClauseCategory:
    """A kind of terms-of-service clause a reader should know about."""

    id: str
    label: str
    severity: Literal["low", "medium", "high"]
    explanation: str


def penalty_key(unit_id: str, start: int) -> str:
    """How a finding names the amount it converts before annotations have ids."""
    return f"{unit_id}:{start}"


@quick_init
@dataclass(frozen=True, slots=True)
class Finding:
    """What a detector found in one unit, before ordering and ids."""

    kind: AnnotationKind
    unit_id: str
    start: int
    end: int
    text: str
    detector: str
    ref: str | None = None
    law: LawEntry | None = None
    amount: float | None = None
    currency: str | None = None
    percent: float | None = None
    qualifier: str | None = None
    rate: str | None = None
    penalty_type: PenaltyType | None = None
    conversion_of: str | None = None
    """The amount a bracketed conversion repeats: its penalty_key in a Finding, its id in an Annotation."""
    payer: str | None = None
    authority: str | None = None
    related_law: str | None = None
    document: str | None = None
    company: str | None = None
    clauses: tuple[ClauseCategory, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Annotation(Finding):
    """One highlight in the article: a law, a penalty or a terms-of-service quote, with its id."""

    id: str
    unit_kind: UnitKind = "block"
    """Where the annotated unit sits: the title, the description, the body or a comment."""
    source_start: int | None = None
    source_end: int | None = None
    source_text: str | None = None
    """The span as the input has it (plain-text input): wrapped lines keep their line breaks."""


@dataclass(frozen=True, slots=True)
class Summary:
    """The article at a glance: its distinct penalties, totals per currency, and notes."""

    penalties: tuple[str, ...] = ()
    totals: dict[str, float] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Annotated:
    """What `annotate` returns: annotations in reading order and the summary."""

    annotations: tuple[Annotation, ...] = ()
    summary: Summary = field(default_factory=Summary)
