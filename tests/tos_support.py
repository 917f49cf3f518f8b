"""Shared helpers for the terms-quote detector's tables: a page of units, the quotes found on it, and the labelled
texts and phrase spellings the vocabulary filters' equivalence tests read."""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path

from annotations import annotate
from annotations.detectors.tos_quotes import TosQuoteDetector
from parsers import parse_text
from parsers.model import BlockKind, Unit


def page_units(*paragraphs: str, title: str, kinds: tuple[BlockKind, ...] = ()) -> tuple[Unit, ...]:
    """A title and one body block per paragraph (a paragraph's block kind from `kinds`, if given)."""
    blocks = tuple(
        Unit(f"b{index}", "block", text, kinds[index] if index < len(kinds) else "paragraph")
        for index, text in enumerate(paragraphs)
    )
    return (Unit("title", "title", title), *blocks)


def quotes_found(units: tuple[Unit, ...]) -> list[str]:
    """The text of every terms quote the detector finds in the units, in its order."""
    return [finding.text for finding in TosQuoteDetector().detect(units)]


def article_quotes(title: str, body: str) -> list[str]:
    """The text of every terms quote the whole pipeline finds in a page of a title and a body, parsed as text."""
    found = annotate(parse_text(f"{title}\n\n{body}\n")).annotations
    return [note.text for note in found if note.kind == "tos_quote"]


_FIXTURES = Path(__file__).parent / "fixtures" / "annotations"
# Letters re, ignoring case, takes for a letter of a phrase besides its other case.
SAME_LETTERS = {"s": "ſ", "k": "\u212a", "i": "İı"}


@cache
def labelled_texts() -> tuple[str, ...]:
    """The text of every case of every labelled set, as windows for equivalence tests to cut."""
    return tuple(
        json.loads(line)["text"]
        for path in sorted(_FIXTURES.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    )


def said(phrase: str, chance: random.Random) -> str:
    """A phrase as a text may write it: letters in other cases, some as letters re folds alike."""
    return "".join(
        chance.choice(SAME_LETTERS[char.lower()])
        if char.lower() in SAME_LETTERS and chance.random() < 0.2
        else char.upper()
        if chance.random() < 0.3
        else char
        for char in phrase
    )
