"""Which jurisdiction an article is about, to decide between laws that share a bare name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from annotations.detectors.base import Unit
from annotations.knowledge import jurisdiction_cues
from annotations.model import LawEntry

# A law the article names outright says more about its jurisdiction than a passing word.
LAW_WEIGHT = 2


def _boundary(word: str) -> str:
    """`word` as a pattern, with word boundaries only where it starts or ends with a word character."""
    start = r"(?<!\w)" if word[:1].isalnum() else ""
    end = r"(?!\w)" if word[-1:].isalnum() or word.endswith(".") else ""
    return start + re.escape(word) + end


@cache
def _cue_pattern() -> tuple[re.Pattern[str], list[str]]:
    codes: list[str] = []
    groups = []
    for code, words in jurisdiction_cues().items():
        groups.append(f"(?P<j{len(codes)}>" + "|".join(_boundary(word) for word in words) + ")")
        codes.append(code)
    return re.compile("|".join(groups) or r"(?!x)x"), codes


def jurisdiction_signals(units: Iterable[Unit], named_jurisdictions: Iterable[str]) -> Counter[str]:
    """How strongly the article points to each jurisdiction: its cue words and the laws it names."""
    pattern, codes = _cue_pattern()
    signals: Counter[str] = Counter()
    for unit in units:
        for match in pattern.finditer(unit.text):
            if match.lastgroup:
                signals[codes[int(match.lastgroup[1:])]] += 1
    for code in named_jurisdictions:
        signals[code] += LAW_WEIGHT
    return signals


def resolve(candidates: Iterable[LawEntry], signals: Counter[str]) -> LawEntry | None:
    """The candidate whose jurisdiction the article points to most; None when none or a tie."""
    scored = sorted(((signals[law.jurisdiction], law) for law in candidates), key=lambda item: -item[0])
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]
