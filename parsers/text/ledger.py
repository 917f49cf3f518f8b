"""Where each line of a page saved as text went when it landed in no unit, and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from parsers.text import furniture_rules as rules
from parsers.text import vocabulary as vocab

MetadataKind = Literal["byline", "date", "author", "comment header"]


@dataclass(frozen=True, slots=True)
class Fate:
    """A line in no unit: dropped by the furniture rule `name`, or read into metadata as `name`."""

    kind: Literal["furniture", "metadata"]
    name: str
    head: int = 0
    """How many characters at the line's start were read into metadata when the rest of the line
    is in a unit ("NAME wrote: text"); 0 when the whole line was."""


# Line number in the input -> what became of that line; a line not here is in a unit.
Ledger = dict[int, Fate]


def furniture_rule(
    text: str, *, in_tail: bool = False, in_comment: bool = False
) -> rules.FurnitureRule | None:
    """The furniture rule that names the line `text`, if any; tail rules hold only in the tail, and
    "between" rules only there outside a comment, "notice" rules anywhere outside a comment (`in_comment`: the line would go on a comment's text)."""
    needed = _holds_needed_word(text)
    if not needed and rules.FURNITURE_ANY.match(text) is None:
        return None
    for rule in rules.FURNITURE_RULES:
        if _holds_here(rule, in_tail, in_comment) and (needed or not rule.needs) and rule.pattern.match(text):
            return rule
    return None


def _holds_here(rule: rules.FurnitureRule, in_tail: bool, in_comment: bool) -> bool:
    """Whether `rule` holds where the line stands."""
    if rule.scope == "page":
        return True
    if rule.scope == "notice":
        return not in_comment
    return in_tail and not (in_comment and rule.scope == "between")


def _holds_needed_word(text: str) -> bool:
    """Whether the line holds a word some furniture rule needs: only then may such a rule match it."""
    if text.isascii():  # ASCII case-folds as str.lower does; re's folding reaches further ("ſ" is "s")
        # map over the bound test: a generator's frames would cost more than the tests themselves
        return any(map(text.lower().__contains__, rules.FURNITURE_NEEDED_WORDS))
    return rules.FURNITURE_NEEDS.search(text) is not None


def drop(ledger: Ledger, number: int, rule: rules.FurnitureRule) -> None:
    """Record that line `number` is dropped by `rule`."""
    ledger[number] = Fate("furniture", rule.name)


def read_into_metadata(ledger: Ledger, number: int, kind: MetadataKind, head: int = 0) -> None:
    """Record that line `number` (or its first `head` characters) was read into the metadata as `kind`."""
    ledger[number] = Fate("metadata", kind, head)


def is_thread_heading(text: str) -> bool:
    """Whether a line heads a thread of comments ("Comments", "4 comments", "Discussion")."""
    rule = furniture_rule(text, in_tail=True)
    return rule is not None and rule.name == vocab.THREAD_HEADING_RULE
