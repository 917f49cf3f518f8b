"""The qualifier, ratio and size-test patterns behind a lookahead on their first characters
(penalty_fields._led) find what they find without it, on windows of the labelled texts."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from annotations.detectors import penalty_fields
from annotations.detectors.penalty_cues import phrases, words

_FIXTURES = Path(__file__).parent / "fixtures" / "annotations"
# Characters re folds onto ASCII letters ignoring case, and cased letters outside ASCII.
_ODD = "İıKſßẞµΣςÉé’"


def _without_lookahead(led: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it reads after its lookahead `(?=[…])`: a class ends at its first unescaped "])"."""
    assert led.pattern.startswith("(?=[")
    end = led.pattern.index("])(?:") + 2
    return re.compile(led.pattern[end:], led.flags)


def _words(role: str) -> tuple[str, ...]:
    """A role's phrases, or for a role of patterns only the runs of letters they spell out."""
    return phrases(role) or tuple(re.findall(r"[a-z][a-z ]*[a-z]", words(role)))


def _windows(words: tuple[str, ...], count: int) -> list[str]:
    """Stretches of the labelled texts, most with a phrase of the pattern's roles at their end or
    inside, some with letters in other cases or folded ones."""
    texts = [
        json.loads(line)["text"]
        for path in sorted(_FIXTURES.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    chance = random.Random(7)
    found = []
    for _ in range(count):
        text = chance.choice(texts)
        start = chance.randrange(len(text))
        window = text[start : start + chance.randint(0, 40)]
        if chance.random() < 0.8:
            said = " ".join(chance.choice(words) for _ in range(chance.randint(1, 2)))
            window += chance.choice(["", " ", "-", "a"]) + said + chance.choice([" ", "  ", "\n", ""])
        if chance.random() < 0.3:
            window += text[start : start + chance.randint(0, 20)]
        if chance.random() < 0.5:
            window = "".join(
                chance.choice(_ODD)
                if chance.random() < 0.05
                else char.upper()
                if chance.random() < 0.3
                else char
                for char in window
            )
        found.append(window)
    return found


@pytest.mark.parametrize(
    ("led", "roles"),
    [
        (penalty_fields._qualifier, ("ceiling", "qualifier")),
        (penalty_fields._ratio, ("ratio",)),
        (penalty_fields.threshold_pattern, ("threshold",)),
    ],
)
def test_the_lookahead_keeps_every_match(led: Callable[[], re.Pattern[str]], roles: tuple[str, ...]) -> None:
    """Same spans and groups, in the same order, as the pattern without its lookahead."""
    pattern = led()
    plain = _without_lookahead(pattern)
    said = tuple(word for role in roles for word in _words(role))
    assert said
    for window in _windows(said, 1500):
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(window)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(window)], window
