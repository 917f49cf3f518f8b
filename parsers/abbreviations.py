"""Abbreviations whose full stop ends no sentence ("Co.", "No.", "U.S."), read from abbreviations.toml.

One list for the parsers' cut of over-long units at sentence ends and for the annotations' sentence
splitter, kept in the parsers so that the annotations read it from below, never the other way.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

FILE = "abbreviations.toml"


class AbbreviationsError(ValueError):
    """The abbreviations file is not of the shape its header describes."""


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """The abbreviations in file order: `spaced` count only at a word's start ("Co.", not "Taco."),
    `glued` wherever they end ("U.S."). The sentence splitter of the annotations' detectors
    takes a spaced one only after a space; the cut of long units (`parsers.long_units`) after anything
    but a letter or digit (a space, a line break, a bracket) or at the text's start. `numbered` count as
    spaced ones only where a number follows (`number_follows`): "sec. 7.4", not "30 sec. The next"; they are
    written in lower case and read in any case ("Sec. 2", "SEC. 5")."""

    spaced: tuple[str, ...]
    glued: tuple[str, ...]
    numbered: tuple[str, ...] = ()

    @property
    def reach(self) -> int:
        """The longest abbreviation's length."""
        return max(map(len, self.spaced + self.glued + self.numbered))


# After a numbered abbreviation's full stop: a few spaces, then a digit, '§' or a bracketed number.
_NUMBER_AFTER = re.compile(r"\s{0,4}(?:§|\(?\d)")


def number_follows(text: str, position: int) -> bool:
    """Whether a number, '§' or a bracketed number follows `position` of `text` ("sec. 7.4", "sec. (2)")."""
    return _NUMBER_AFTER.match(text, position) is not None


@cache
def abbreviations() -> Abbreviations:
    """The abbreviations of abbreviations.toml, checked (AbbreviationsError says what is wrong)."""
    data = tomllib.loads(resources.files(__package__).joinpath(FILE).read_text(encoding="utf-8"))
    return parse_abbreviations(data)


def parse_abbreviations(data: dict[str, Any]) -> Abbreviations:
    """The two tables of groups of phrases, flattened in order; each phrase a string ending in '.'."""
    if set(data) - {"numbered_abbreviation"} != {"abbreviation", "glued_abbreviation"}:
        raise AbbreviationsError(
            f"{FILE}: tables are [abbreviation], [glued_abbreviation] and an optional "
            f"[numbered_abbreviation], not {sorted(data)}"
        )
    found = Abbreviations(
        _phrases(data["abbreviation"]),
        _phrases(data["glued_abbreviation"]),
        _phrases(data["numbered_abbreviation"]) if "numbered_abbreviation" in data else (),
    )
    if any(phrase != phrase.lower() for phrase in found.numbered):
        raise AbbreviationsError(
            f"{FILE}: [numbered_abbreviation] is written in lower case (read in any case)"
        )
    every = found.spaced + found.glued + found.numbered
    if len(set(every)) != len(every):
        raise AbbreviationsError(f"{FILE}: a phrase is listed twice")
    return found


def _phrases(table: Any) -> tuple[str, ...]:
    """A table's phrases, group after group."""
    if not isinstance(table, dict) or not table:
        raise AbbreviationsError(f"{FILE}: a table holds named groups of phrases")
    found: list[str] = []
    for group, phrases in table.items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.endswith(".") for p in phrases):
            raise AbbreviationsError(f"{FILE}: group {group!r} is a list of phrases each ending in '.'")
        found.extend(phrases)
    if len(set(found)) != len(found):
        raise AbbreviationsError(f"{FILE}: a phrase is listed twice")
    return tuple(found)
