"""What every detector is: a name and a function from the article's units to findings."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Any, Protocol, runtime_checkable

from annotations.currencies import sign_chars
from annotations.detectors.memo import per_text
from annotations.model import Finding
from parsers.abbreviations import abbreviations, number_follows
from parsers.model import Unit

__all__ = ["Detector", "Preparing", "Unit", "sentence_at", "sentence_bounds"]


class Detector(Protocol):
    """Finds one kind of annotation."""

    name: str

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        """Every finding in the units, in any order."""
        ...


@runtime_checkable
class Preparing(Protocol):
    """A detector part of whose work each unit gives alone, the article aside: `prepare` works it out
    (a list, one item a unit, that pickles) and `detect` takes it instead of working it out again."""

    name: str

    def prepare(self, units: tuple[Unit, ...]) -> list[Any]:
        """The per-unit part of detect(), for each of the units."""
        ...

    def detect(self, units: tuple[Unit, ...], prepared: list[Any] | None = None) -> list[Finding]:
        """Every finding in the units; `prepared`, when given, is what prepare() gives for them."""
        ...


# What a sentence may open with after a full stop, besides a currency sign: a digit or a capital, Latin,
# Cyrillic or Greek ("... 2 млн рублей. Выручка ...": the Russian sentence after the fine is its own), or any
# Hebrew letter, since Hebrew has no capitals ("... 2 מיליון שקלים. הכנסות ..."), and for the same reason
# any Devanagari letter or digit (vowel signs open no word): "... का जुर्माना लगाया। बैंक ने ...".
SENTENCE_OPENERS = (
    "A-Z0-9ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŁŚŻŹĆŠŽČŘА-ЯЁЄІЇҐΑ-ΩΆΈΉΊΌΎΏא-ת\u0904-\u0939\u0958-\u0961\u0966-\u096f"
)
# What ends a sentence before a space and an opener: the Latin marks and the Devanagari danda and double danda.
SENTENCE_ENDERS = ".!?…।॥"


@cache
def _sentence_break() -> re.Pattern[str]:
    """A break between sentences: after . ! ? … । ॥ before a capital, digit or currency sign; after ;;
    a new line."""
    ends = SENTENCE_ENDERS
    opens = rf"(?=[\"“‘(]*[{SENTENCE_OPENERS}{re.escape(sign_chars())}])"
    # Every break opens with a closing mark or a space: that class comes first, so re skips, in C,
    # every other position, and each kind of break then checks the characters before it. As
    # `(?<=[.!?…])[\"”’)]*\s+{opens}|(?<=;)\s+|\n\s*\n|\n`, tried at every position, it cost twice as much.
    return re.compile(
        rf"[\"”’)\s](?:(?<=[{ends}][\"”’)])[\"”’)]*\s+{opens}|(?<=[{ends}]\s)\s*{opens}|(?<=;\s)\s*|(?<=\n)\s*\n|(?<=\n))"
    )


@cache
def _break_scan() -> re.Pattern[str]:
    """Where breaks are, looked for from rarer characters than a space: every break opens right after
    . ! ? … । ॥ or ; (the kinds that open on a closing mark or a space) or on a line break. The class of
    those characters comes first, so re skips in C the spaces between words as well; from there the
    break pattern is tried at its place, as a lookahead whose group (1 on a line break, 2 after the
    others) is the break; group 3, of no width, is a stop with no space after it (GLUED_STOP)."""
    body = _sentence_break().pattern
    return re.compile(
        rf"[{SENTENCE_ENDERS};\n](?:(?<=\n)(?<=(?=({body}))(?s:.))|(?<!\n)(?=({body}))|{GLUED_STOP}())"
    )


# A sentence run on with no space after its stop, as a page that lost the break between its paragraphs writes it
# ("… comment elles sont utilisées.L'un des éléments …", "… collecte ».La déclaration …"): a break of no width
# after two small letters or a closing mark and the stop, before a capital and a small letter (or an elided article:
# "L'un", "D’autres"). Not "e.g.The" nor
# "U.S.Bank" (one letter before the stop), nor "Dr.Smith" (a capital before its one small letter).
GLUED_NEXT = r"(?=[A-ZÀ-ÖØ-Þ]['’]?[a-zß-öø-ÿ])"
GLUED_STOP = rf"(?:(?<=[a-zß-öø-ÿ]{{2}}[.!?])|(?<=[\"”»’)][.!?])){GLUED_NEXT}"


def break_spans(text: str) -> list[tuple[int, int]]:
    """The spans `_sentence_break().finditer(text)` finds: each break where it can open, in order,
    the scan going on after the break it found (a break's last character is a space or a line break,
    so none opens right after a character inside it; a glued one has none, and the scan goes on after its stop). Never from inside a break: a run of line breaks
    is one break, not one read to its end from each of them."""
    spans: list[tuple[int, int]] = []
    search = _break_scan().search
    position = 0
    while (match := search(text, position)) is not None:
        group = 1 if match.start(1) >= 0 else 2 if match.start(2) >= 0 else 3
        span = match.span(group)
        spans.append(span)
        position = max(match.end(), span[1])
    return spans


@cache
def _abbreviations() -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """Text before a full stop that does not end a sentence ("Co.", " v."), the same before a number only and in
    lower case (" sec.", "(sec.": matched with the text lowered, "SEC. 5"), and the longest one's length."""
    known = abbreviations()  # the parsers' list, which their cut of long units reads too
    # A spaced one after a space or an opening bracket: "(sec. 7.2)", "(No. 5)".
    found = tuple(f"{before}{phrase}" for phrase in known.spaced for before in " (") + known.glued
    numbered = tuple(f"{before}{phrase}" for phrase in known.numbered for before in " (")
    return found, numbered, max(len(item) for item in found + numbered)


@per_text
def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of `text` (a rough split, good enough for nearby context)."""
    bounds = []
    start = 0
    abbreviations, numbered, reach = _abbreviations()
    for break_start, break_end in break_spans(text):
        before = text[max(0, break_start - reach) : break_start]
        if before.endswith(abbreviations) or (
            before.lower().endswith(numbered) and number_follows(text, break_end)
        ):
            continue
        if break_start > start:
            bounds.append((start, break_start))
        start = break_end
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, len(text))]


def sentence_at(bounds: list[tuple[int, int]], offset: int) -> int:
    """The index of the sentence that holds `offset` (or ends at it); the last when none does.

    `bounds` are sentence_bounds' spans, in order, each ending before the next starts: only the
    last to start at or before `offset` can hold it, and a halving search finds that one.
    """
    index = last_started(bounds, offset)
    if index >= 0 and offset <= bounds[index][1]:
        return index
    return len(bounds) - 1


def last_started(bounds: Sequence[tuple[int, int]], offset: int) -> int:
    """The index of the last span in `bounds` (in order of start) that starts at or before `offset`; -1
    when none does."""
    return bisect_right(bounds, (offset, _PAST)) - 1  # the spans are compared as tuples, in C


# Past any offset: (offset, _PAST) sorts after every span that starts at `offset`.
_PAST = float("inf")
