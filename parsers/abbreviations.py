"""Abbreviations whose full stop ends no sentence ("Co.", "No.", "U.S."), read from abbreviations.toml.

One list for the parsers' cut of over-long units at sentence ends and for the annotations' sentence
splitter, kept in the parsers so that the annotations read it from below, never the other way.
"""

from __future__ import annotations

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
    but a letter or digit (a space, a line break, a bracket) or at the text's start."""

    spaced: tuple[str, ...]
    glued: tuple[str, ...]

    @property
    def reach(self) -> int:
        """The longest abbreviation's length."""
        return max(map(len, self.spaced + self.glued))


@cache
def abbreviations() -> Abbreviations:
    """The abbreviations of abbreviations.toml, checked (AbbreviationsError says what is wrong)."""
    data = tomllib.loads(resources.files(__package__).joinpath(FILE).read_text(encoding="utf-8"))
    return parse_abbreviations(data)


def parse_abbreviations(data: dict[str, Any]) -> Abbreviations:
    """The two tables of groups of phrases, flattened in order; each phrase a string ending in '.'."""
    if set(data) != {"abbreviation", "glued_abbreviation"}:
        raise AbbreviationsError(
            f"{FILE}: tables are [abbreviation] and [glued_abbreviation], not {sorted(data)}"
        )
    return Abbreviations(_phrases(data["abbreviation"]), _phrases(data["glued_abbreviation"]))


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
