"""What changed between two saved versions of a page: annotations that appeared, changed or vanished.

Annotations are matched across versions by kind and normalised text (penalties by amount and
currency), counting each distinct one once: a law cited four times vanishes only when no mention is
left. What is left unmatched on both sides is paired as "changed" when it is evidently the same
thing reworded (a clause edited, a fine revised in the same currency).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

# Two unmatched quotes or law mentions this similar (difflib ratio) are one that was reworded.
CHANGED_SIMILARITY = 0.6
_SPACE = re.compile(r"\s+")
_EDGE_PUNCTUATION = " \t\n.,;:!?\"'“”‘’«»()[]"
KIND_LABELS = {"law": "law", "penalty": "penalty", "tos_quote": "terms quote"}


@dataclass(frozen=True, slots=True)
class AnnotationFact:
    """One distinct annotation of a version, reduced to what identifies it across versions."""

    kind: str
    key: str
    text: str
    amount: float | None = None
    currency: str | None = None
    penalty_type: str | None = None

    def describe(self) -> str:
        """The annotation in a few words, for a list of changes."""
        if self.kind == "penalty" and self.amount is not None:
            from annotations.summary import format_amount  # the app opens the library before annotating

            return f"{KIND_LABELS[self.kind]}: {format_amount(self.amount, self.currency)}"
        return f"{KIND_LABELS.get(self.kind, self.kind)}: {self.text}"


@dataclass(frozen=True, slots=True)
class VersionDiff:
    """How the annotations of a newer version differ from an older one."""

    older_saved_at: str
    appeared: tuple[AnnotationFact, ...] = ()
    changed: tuple[tuple[AnnotationFact, AnnotationFact], ...] = ()
    vanished: tuple[AnnotationFact, ...] = ()

    @property
    def empty(self) -> bool:
        """True when the annotations are the same in both versions."""
        return not (self.appeared or self.changed or self.vanished)

    def lines(self) -> list[str]:
        """One line a change: `+` appeared, `~` changed (old → new), `−` vanished."""
        out = [f"+ {fact.describe()}" for fact in self.appeared]
        out += [f"~ {old.describe()} → {new.describe()}" for old, new in self.changed]
        out += [f"− {fact.describe()}" for fact in self.vanished]
        return out

    def counts(self) -> str:
        """The changes counted in words, e.g. "2 appeared, 1 vanished"."""
        parts = [
            (len(self.appeared), "appeared"),
            (len(self.changed), "changed"),
            (len(self.vanished), "vanished"),
        ]
        return ", ".join(f"{count} {word}" for count, word in parts if count) or "no change"


def normalise(text: str) -> str:
    """Text compared loosely: compatibility forms, case, runs of spaces and edge punctuation ignored."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", text).strip(_EDGE_PUNCTUATION)


def fact_of(annotation: Mapping[str, Any]) -> AnnotationFact | None:
    """The fact an annotation (in the JSON contract) stands for; None for a repeated conversion."""
    kind = str(annotation.get("kind"))
    text = str(annotation.get("text") or "")
    if kind == "penalty":
        if annotation.get("conversion_of"):
            return None  # a bracketed conversion repeats an amount already counted
        amount, currency = annotation.get("amount"), annotation.get("currency")
        key = f"{amount}|{currency}" if amount is not None else f"%{annotation.get('percent')}"
        return AnnotationFact(kind, key, text, amount, currency, annotation.get("penalty_type"))
    if kind == "law" and annotation.get("ref"):
        return AnnotationFact(kind, str(annotation["ref"]), text)
    return AnnotationFact(kind, normalise(text), text)


def distinct_facts(annotations: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], AnnotationFact]:
    """Each distinct fact once, keyed by (kind, key), in first-seen order."""
    facts: dict[tuple[str, str], AnnotationFact] = {}
    for annotation in annotations:
        fact = fact_of(annotation)
        if fact is not None:
            facts.setdefault((fact.kind, fact.key), fact)
    return facts


def _same_thing(old: AnnotationFact, new: AnnotationFact) -> bool:
    """Whether two unmatched facts are one thing that changed between versions."""
    if old.kind != new.kind:
        return False
    if old.kind == "penalty":
        return (
            old.currency is not None and old.currency == new.currency and old.penalty_type == new.penalty_type
        )
    return SequenceMatcher(None, normalise(old.text), normalise(new.text)).ratio() >= CHANGED_SIMILARITY


def diff_annotations(
    older: Iterable[Mapping[str, Any]], newer: Iterable[Mapping[str, Any]], older_saved_at: str
) -> VersionDiff:
    """The annotations that appeared, changed or vanished from `older` to `newer`."""
    before, after = distinct_facts(older), distinct_facts(newer)
    gone = [fact for key, fact in before.items() if key not in after]
    new = [fact for key, fact in after.items() if key not in before]
    changed: list[tuple[AnnotationFact, AnnotationFact]] = []
    for old in list(gone):
        partner = next((fact for fact in new if _same_thing(old, fact)), None)
        if partner is not None:
            changed.append((old, partner))
            gone.remove(old)
            new.remove(partner)
    return VersionDiff(older_saved_at, tuple(new), tuple(changed), tuple(gone))
