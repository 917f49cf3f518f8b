"""A long session keeps the patterns it uses: past the cache's size, the one used longest ago goes,
so an article read again after many others is not compiled for again."""

from __future__ import annotations

import re
from collections import OrderedDict

import pytest

from annotations.detectors import dispatched, gate
from annotations.detectors.dispatched import Dispatched
from annotations.detectors.gate import Alternatives
from annotations.detectors.recent import remembered

_WORDS = 11  # 2,047 sets of words, each a text of its own


def _text(words: int) -> str:
    """A text that holds the words of `words`, a bit mask: each set lets its own patterns through."""
    return " ".join(f"word{i}x" for i in range(_WORDS) if words >> i & 1)


def _others(count: int, start: int) -> list[str]:
    return [_text(words) for words in range(start, start + count)]


@pytest.mark.parametrize(
    "extra",
    [
        [],  # every pattern opens with "w": scanned from the first characters
        [("anywhere", r"\w+zq9")],  # one may start anywhere: the kept patterns are searched as one
    ],
)
def test_a_text_read_again_after_many_others_is_not_compiled_for_again(
    monkeypatch: pytest.MonkeyPatch, extra: list[tuple[str, str]]
) -> None:
    """Before, the cache stopped taking entries at 256: every later set was compiled at each scan."""
    scanner = Dispatched([(f"w{i}", rf"\bword{i}x\b") for i in range(_WORDS)] + extra)
    compiled = 0
    compile_kept = Dispatched._compiled

    def counted(self: Dispatched, keep: frozenset[int] | None) -> re.Pattern[str]:
        nonlocal compiled
        compiled += 1
        return compile_kept(self, keep)

    monkeypatch.setattr(Dispatched, "_compiled", counted)
    for other in _others(dispatched.MAX_PARTIAL_PATTERNS + 100, 1):
        list(scanner.finditer(other))
    again = _text(2**_WORDS - 2)
    assert [m.group() for m in scanner.finditer(again)] == again.split()
    for other in _others(50, 1000):
        list(scanner.finditer(other))
    before = compiled
    assert [m.group() for m in scanner.finditer(again)] == again.split()
    assert compiled == before
    assert frozenset(range(1, _WORDS)) in scanner._partial  # before: the whole pattern, searched again
    assert len(scanner._partial) <= dispatched.MAX_PARTIAL_PATTERNS


def test_a_gated_alternation_keeps_the_ones_used_last() -> None:
    """The same for a vocabulary's alternation (tos_vocabulary): its part for a text read again is
    the one made before, not one compiled anew (re's own cache emptied, so it cannot hand it back)."""
    words = Alternatives([rf"\bword{i}x\b" for i in range(_WORDS)], re.IGNORECASE)
    for other in _others(gate.MAX_PARTIAL_PATTERNS + 100, 1):
        words.for_text(other)
    again = _text(2**_WORDS - 2)
    first = words.for_text(again)
    for other in _others(50, 1000):
        words.for_text(other)
    re.purge()
    assert first is not None
    assert words.for_text(again) is first
    assert first.findall(again) == again.split()
    assert len(words._partial) <= gate.MAX_PARTIAL_PATTERNS


def test_the_entry_used_longest_ago_goes_not_the_one_made_first() -> None:
    """Size 2: A, B, then A again, then C: B goes, A stays and is not made again."""
    made: list[str] = []

    def make(key: str) -> re.Pattern[str]:
        made.append(key)
        return re.compile(key)

    cache: OrderedDict[str, re.Pattern[str]] = OrderedDict()
    for key in "ABAC":
        assert remembered(cache, key, make, 2).pattern == key
    assert list(cache) == ["A", "C"]
    assert remembered(cache, "A", make, 2).pattern == "A"
    assert made == ["A", "B", "C"]


class _TakenAfterLookUp(OrderedDict[str, re.Pattern[str]]):
    """A cache another thread empties right after each look-up, as it may between two calls."""

    def get(self, key: str, default: re.Pattern[str] | None = None) -> re.Pattern[str] | None:  # type: ignore[override]
        found = super().get(key, default)
        self.clear()
        return found


class _EmptiedBeforeTrim(OrderedDict[str, re.Pattern[str]]):
    """A cache another thread empties between the count of its entries and the trim."""

    def popitem(self, last: bool = True) -> tuple[str, re.Pattern[str]]:
        self.clear()
        return super().popitem(last)


def test_an_entry_taken_out_by_another_thread_is_no_error() -> None:
    """Between the look-up and the move, or the count and the trim, the entries may be gone: the
    pattern is still given."""
    cache: OrderedDict[str, re.Pattern[str]] = _TakenAfterLookUp(A=re.compile("A"), B=re.compile("B"))
    assert remembered(cache, "A", re.compile, 2).pattern == "A"
    cache = _EmptiedBeforeTrim(A=re.compile("A"), B=re.compile("B"))
    assert remembered(cache, "C", re.compile, 2).pattern == "C"
