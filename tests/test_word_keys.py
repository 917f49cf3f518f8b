"""The gate by words' first letters (word_keys.py) lets through every pattern that can match: the penalty
cues scanned within a window (Dispatched.finditer_within) find what the whole cue pattern finds there, on
windows of the labelled texts and on text made from each cue's own pattern, in other cases and with the
letters re folds alike ("ſ" and "s", "ς" and "σ", "ᲂ" and "о")."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from annotations.detectors import word_keys as word_keys_module
from annotations.detectors.penalty_cues import _all_cues
from annotations.detectors.word_keys import WordGate, fold_cases, word_keys

_FIXTURES = Path(__file__).parent / "fixtures" / "annotations"
# Letters re, ignoring case, takes for others than lower() gives, each with one it matches.
_SAME = {
    "s": "ſ",
    "k": "\u212a",
    "i": "İı",
    "σ": "ςΣ",
    "о": "ᲂО",
    "в": "ᲀВ",
    "т": "ᲄᲅТ",
    "µ": "μΜ",
    "ß": "ẞ",
    "ι": "\u0345\u1fbeΙ",
}
# Cues in Greek as a vocabulary may hold them, "ι" among their first letters (re takes it for the mark U+0345).
_GREEK_CUES = [
    r"(?:ποινή)\b",
    r"(?:επιβολή προστίμου)\b",
    r"(?:διοικητικό πρόστιμο)\b",
    r"(?:ισχύς)",
    r"(?:αι)\b",
]


def _sample(items: list[tuple[Any, Any]], chance: random.Random) -> str:
    """A text a parsed pattern may match (lookarounds are not followed: some samples do not match)."""
    out = []
    for op, value in items:
        if op is sre.LITERAL:
            out.append(chr(value))
        elif op is sre.IN:
            members = [item for item in value if item[0] in (sre.LITERAL, sre.RANGE)]
            kind, item = chance.choice(members) if members else (sre.LITERAL, ord("a"))
            bounds: Any = (item, item) if kind is sre.LITERAL else item
            low, high = bounds
            out.append(chr(chance.randint(low, high)))
        elif op is sre.SUBPATTERN:
            out.append(_sample(list(value[3]), chance))
        elif op is sre.BRANCH:
            out.append(_sample(list(chance.choice(value[1])), chance))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, inner = value
            count = chance.randint(low, min(high, low + 2))
            out.extend(_sample(list(inner), chance) for _ in range(count))
        elif op is sre.CATEGORY:
            out.append({sre.CATEGORY_SPACE: " ", sre.CATEGORY_DIGIT: "7"}.get(value, "x"))
        elif op in (sre.ANY, sre.NOT_LITERAL):
            out.append("x")
    return "".join(out)


def _varied(text: str, chance: random.Random) -> str:
    """`text` with some letters in the other case or as a letter re folds onto them."""
    out = []
    for char in text:
        roll = chance.random()
        if roll < 0.15 and char.lower() in _SAME:
            out.append(chance.choice(_SAME[char.lower()]))
        elif roll < 0.5:
            out.append(char.upper() if len(char.upper()) == 1 else char)
        else:
            out.append(char)
    return "".join(out)


def _labelled_texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in sorted(_FIXTURES.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _cases() -> list[tuple[str, int, int]]:
    """Texts with a window in each: stretches of the labelled texts, and cues sampled from their own
    patterns (several together, in the other case) between such stretches."""
    cues = _all_cues()
    chance = random.Random(11)
    texts = _labelled_texts()
    found = []
    for _ in range(1500):
        text = chance.choice(texts)
        start = chance.randrange(len(text))
        found.append((text, start, start + chance.randint(0, 200)))
    for _name, pattern in cues._patterns:
        parsed = list(sre_parse.parse(pattern, cues._flags))
        for _ in range(6):
            around = chance.choice(texts)
            at = chance.randrange(len(around))
            said = " ".join(_varied(_sample(parsed, chance), chance) for _ in range(chance.randint(1, 3)))
            text = around[at : at + chance.randint(0, 30)] + chance.choice(["", " ", "(", "\n"]) + said + " x"
            low = chance.randint(0, 3)
            found.append((text, low, len(text) - chance.randint(0, 3)))
    return found


# The windows are checked in parts, so that the test workers share them (all in one test took 10 to 30 s,
# one worker's tail of the run).
WINDOW_PARTS = 4


@pytest.mark.parametrize("part", range(WINDOW_PARTS))
def test_a_window_finds_what_the_whole_cue_pattern_finds(part: int) -> None:
    """Same spans and groups, in the same order, as the cue pattern searched in the window ungated."""
    cues = _all_cues()
    for text, start, end in _cases()[part::WINDOW_PARTS]:
        end = min(end, len(text))
        expected = [(match.span(), match.lastgroup) for match in cues.pattern.finditer(text, start, end)]
        assert [
            (match.span(), match.lastgroup) for match in cues.finditer_within(text, start, end)
        ] == expected, text[start:end]


def test_each_cue_sampled_from_its_pattern_gets_through_the_gate() -> None:
    """A cue's own sample, in any case, is never kept from the scan for it: every pattern that matches at a
    word start is among those the gate lets through."""
    cues = _all_cues()
    patterns = [pattern for _name, pattern in cues._patterns]
    gate = WordGate(patterns, cues._flags)
    chance = random.Random(5)
    for index, pattern in enumerate(patterns):
        compiled = re.compile(rf"\b(?=\w)(?:{pattern})", cues._flags)
        parsed = list(sre_parse.parse(pattern, cues._flags))
        for _ in range(8):
            text = "a " + _varied(_sample(parsed, chance), chance) + " z"
            if compiled.search(text):
                assert index in gate.viable(text), (pattern, text)


@pytest.mark.parametrize(
    ("pattern", "flags", "keys"),
    [
        (r"(?:fine[sd]?)\b", re.IGNORECASE, {("open", "fin")}),
        (r"(?:to pay)\b", re.IGNORECASE, {("word", "to")}),
        (
            r"(?:(?:punitive |liquidated )?damages)\b",
            re.IGNORECASE,
            {("open", "pun"), ("open", "liq"), ("open", "dam")},
        ),
        (r"(?:hit with)\b", 0, {("open", "hit")}),
        (r"(?:ab)\b", re.IGNORECASE, {("word", "ab")}),
        (r"(?:ab)", re.IGNORECASE, {("open", "ab")}),  # the word may go on: "abc"
        (r"(?:Kara)", 0, {("open", "kar")}),
        (r"(?:ſum)", re.IGNORECASE, {("open", "sum")}),
        (r"(?:оштраф)", re.IGNORECASE, {("open", fold_cases("ошт"))}),
        (r"(?:\w+ rights)", re.IGNORECASE, None),
        (r"(?:[a-z]{1,3}x)", re.IGNORECASE, None),
        (r"(?: fine)", re.IGNORECASE, None),
        (r"(?:(?:a|)fine)\b", re.IGNORECASE, {("open", "afi"), ("open", "fin")}),  # an empty branch
        (r"(?:(?<=x)fine)", re.IGNORECASE, {("open", "fin")}),  # a lookbehind reads nothing
        (r"(?:(?i:PEN)alty)\b", 0, {("open", "pen")}),
        (r"(?:(?:x)?(?:y)?zap)\b", 0, {("open", "xyz"), ("open", "xza"), ("open", "yza"), ("open", "zap")}),
        # "ι" is the mark U+0345 in folded text, where a word ends: the key ends before it.
        (r"(?:ποινή)\b", re.IGNORECASE, {("open", "πο")}),
        (r"(?:πο\u0345νή)\b", re.IGNORECASE, {("open", "πο")}),
        (r"(?:αι)\b", re.IGNORECASE, {("open", "α")}),
        (r"(?:ισχύς)", re.IGNORECASE, None),
    ],
)
def test_keys_of_a_pattern(pattern: str, flags: int, keys: set[tuple[str, str]] | None) -> None:
    assert word_keys(pattern, flags) == (None if keys is None else frozenset(keys))


def test_letters_re_folds_alike_fold_alike() -> None:
    """Letters re folds alike ignoring case fold alike: "ᲂ" is "о" to re, "ς" is "σ", "ſ" is "s": the folded text says so too."""
    for plain, others in _SAME.items():
        for other in others:
            if re.fullmatch(re.escape(plain), other, re.IGNORECASE):
                assert fold_cases(other) == fold_cases(plain), (plain, other)
    assert fold_cases("ΟΔΟΣ") == fold_cases("οδοσ")


def test_the_internals_of_re_read_at_load_are_there() -> None:
    """word_keys reads re._casefix._EXTRA_CASES (and re._parser): a Python that drops or reshapes it would
    leave "ſ" and "s" apart in the folded text and let the gate keep out cues that match."""
    extra = word_keys_module._casefix._EXTRA_CASES
    assert isinstance(extra, dict) and extra
    assert all(isinstance(low, int) and isinstance(others, tuple) for low, others in extra.items())
    assert fold_cases("ſ") == fold_cases("s") and fold_cases("ς") == fold_cases("σ")
    assert {"ι", "Ι", "\u1fbe", "\u0345"} <= word_keys_module._SAME_AS_NOT_WORD


def test_greek_cues_with_iota_get_through_the_gate() -> None:
    """Where a cue's whole pattern matches in a Greek text, the gate lets it through: "ποινή" in any case,
    with "ι" written as "ι" or U+0345, next to other Greek words."""
    gate = WordGate(_GREEK_CUES, re.IGNORECASE)
    compiled = [re.compile(rf"\b(?=\w){pattern}", re.IGNORECASE) for pattern in _GREEK_CUES]
    chance = random.Random(3)
    said = ["ποινή", "επιβολή προστίμου", "διοικητικό πρόστιμο", "ισχύς", "αι", "ιαι"]
    around = ["", " ", "ι", "\u0345", "Σ ", "διοίκηση ", "-", "\u00ad"]
    for _ in range(1500):
        text = chance.choice(around) + _varied(chance.choice(said), chance) + chance.choice(around)
        viable = gate.viable(text)
        for index, pattern in enumerate(compiled):
            if pattern.search(text):
                assert index in viable, (_GREEK_CUES[index], text)
