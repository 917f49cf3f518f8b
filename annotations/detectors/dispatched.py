"""A dispatched pattern (first_chars.dispatch) scanned fast: the same matches, found sooner.

Two things make it fast. First, a text is searched only for the patterns whose literal pieces
it holds (gate.py): a unit without "U.S.C." is never searched for a U.S. Code citation. Second,
re gives a pattern a fast skip (in C) over characters no match can start with only when the
pattern opens with a plain character class; a dispatched pattern opens with a lookahead, so re
runs it at every position. Here a plain class finds the positions worth trying, with the word
boundary most patterns need, and each position tries only the branches that can start with its
character, in their order. Patterns that cannot match in a text, or cannot start with a
character, fail there in the whole pattern too, so leaving them out changes no match.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterator
from functools import partial

from annotations.detectors.char_scan import escaped, never_empty, scan
from annotations.detectors.first_chars import case_variants, dispatch_branches, dispatched_pattern
from annotations.detectors.gate import Gate, required_pieces
from annotations.detectors.memo import per_text
from annotations.detectors.recent import remembered
from annotations.detectors.word_keys import WordGate

# Opens every match at the start of a word: what a cue needs.
WORD_START = r"\b(?=\w)"
# How many patterns for a part of the vocabulary, and candidate classes, are kept compiled: past
# that, the one used longest ago goes. Over the 1,843 labelled texts read in turn, these keep the
# cue and law patterns about as often as an unbounded cache would (97.6% and 19.7% against 97.6%
# and 24.7%: most units need their own set of laws), and a class of first characters 67.5% of the
# time (1024: 69.6%, as unbounded); a compiled law pattern takes ~15 KB.
MAX_PARTIAL_PATTERNS = 512
MAX_CANDIDATE_CLASSES = 1024
_WORD = re.compile(r"\w")


class Dispatched:
    """`re.compile(prefix + dispatch(patterns, flags), flags)`, with the same `finditer`, faster."""

    def __init__(self, patterns: list[tuple[str, str]], flags: int = 0, *, prefix: str = "") -> None:
        if prefix not in ("", WORD_START):
            raise ValueError(f"unsupported prefix {prefix!r}")
        self._patterns, self._flags, self._prefix = patterns, flags, prefix
        self._branches, self._anywhere = dispatch_branches(patterns, flags)
        self._whole: re.Pattern[str] | None = None
        self._partial: OrderedDict[frozenset[int], re.Pattern[str]] = OrderedDict()
        self._by_char: dict[str, tuple[int, ...]] = {}
        # Candidate classes by the patterns kept (None: all), each made when first needed.
        self._candidates: OrderedDict[frozenset[int] | None, re.Pattern[str]] = OrderedDict()
        self._scanned = bool(
            self._branches
            and not self._anywhere
            and not flags & ~re.IGNORECASE
            and never_empty((pattern for _name, pattern in patterns), flags)
            and self._chars_applicable()
        )
        # The gates, each made when first needed: the penalty cues never use the one by pieces.
        self._pieces: tuple[Gate, Callable[[str], frozenset[int]]] | None = None
        self._word_gate: WordGate | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """The whole pattern, compiled when first asked for: a scanned text is searched with the parts of it that can
        match there, and the law and cue patterns compiled whole at the first annotate took a twentieth of its time."""
        whole = self._whole
        if whole is None:
            whole = self._whole = self._compiled(None)
        return whole

    def _compiled(self, keep: frozenset[int] | None) -> re.Pattern[str]:
        body = dispatched_pattern(self._patterns, self._branches, self._anywhere, keep)
        return re.compile(f"{self._prefix}(?:{body})" if self._prefix else body, self._flags)

    def _chars_applicable(self) -> bool:
        """Fill `_by_char`: for each character a match can start with, the branches it opens.
        False when those characters are not known (a letter outside ASCII with cases, ignoring case)."""
        every = frozenset().union(*(branch.chars for branch in self._branches))
        chars = case_variants(every) if self._flags & re.IGNORECASE else every
        if chars is None:
            return False
        tests = [re.compile(f"[{escaped(branch.chars)}]", self._flags) for branch in self._branches]
        for char in chars:
            self._by_char[char] = tuple(i for i, test in enumerate(tests) if test.match(char))
        return True

    def _candidate_pattern(self, keep: frozenset[int] | None) -> re.Pattern[str]:
        """One plain class of every character a match of the kept patterns can start with, and the
        boundary it needs: re skips in C to the next such character, where a pattern that opens with
        a lookahead or a boundary is tried at every position."""
        return remembered(self._candidates, keep, self._new_candidate_pattern, MAX_CANDIDATE_CLASSES)

    def _new_candidate_pattern(self, keep: frozenset[int] | None) -> re.Pattern[str]:
        bounded: list[str] = []
        other: list[str] = []
        for char, applicable in self._by_char.items():
            kept = [i for i in applicable if keep is None or not keep.isdisjoint(self._branches[i].groups)]
            if not kept:
                continue
            at_word_start = self._prefix == WORD_START or all(self._branches[i].bounded for i in kept)
            (bounded if at_word_start and _WORD.match(char) else other).append(char)
        return re.compile(_candidate_class(bounded, other))

    def _sub_pattern(self, char: str, keep: frozenset[int] | None) -> re.Pattern[str] | None:
        """The kept patterns of the branches that can start with `char`, in order, as one pattern."""
        applicable = self._by_char.get(char, ())
        key = frozenset(group for i in applicable for group in self._branches[i].groups)
        if keep is not None:
            key &= keep
        if not key:
            return None
        return remembered(self._partial, key, self._compiled, MAX_PARTIAL_PATTERNS)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Every match in text[pos:endpos], as `self.pattern.finditer` finds them."""
        end = len(text) if endpos is None else min(endpos, len(text))
        return self._gated(text, self._gate()[1](text), pos, end)

    def finditer_within(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """As `finditer`, gated by what text[pos:endpos] holds: a match there holds its pieces there,
        so a scan of a small part of a text need not look for them in the whole. Patterns that open
        at a word start (WORD_START) are gated by the first letters of the part's words instead
        (word_keys.py): looking them up costs less than the scan for pieces."""
        end = min(endpos, len(text))
        if self._prefix == WORD_START:
            return self._gated(text, self._words().viable(text[pos:end]), pos, end)
        return self._gated(text, self._gate()[0].viable(text[pos:end]), pos, end)

    def _gate(self) -> tuple[Gate, Callable[[str], frozenset[int]]]:
        """The gate by literal pieces, and its answer for a whole text worked out once per text."""
        if self._pieces is None:
            gate = Gate([required_pieces(pattern, self._flags) for _name, pattern in self._patterns])
            self._pieces = (gate, per_text(gate.viable))
        return self._pieces

    def _words(self) -> WordGate:
        """The gate by words' first letters, made when first needed."""
        if self._word_gate is None:
            self._word_gate = WordGate([pattern for _name, pattern in self._patterns], self._flags)
        return self._word_gate

    def _gated(self, text: str, viable: frozenset[int], pos: int, end: int) -> Iterator[re.Match[str]]:
        """Every match in text[pos:end] of the patterns that are `viable` there."""
        if not viable:
            return
        if self._scanned:
            yield from self._scan(text, pos, end, None if len(viable) == len(self._patterns) else viable)
            return
        if len(viable) < len(self._patterns):
            kept = remembered(self._partial, viable, self._compiled, MAX_PARTIAL_PATTERNS)
            yield from kept.finditer(text, pos, end)
            return
        yield from self.pattern.finditer(text, pos, end)

    def _scan(self, text: str, pos: int, end: int, keep: frozenset[int] | None) -> Iterator[re.Match[str]]:
        """Every match of the kept patterns, trying at each position only the branches its character can start."""
        return scan(
            self._candidate_pattern(keep).search, partial(self._sub_pattern, keep=keep), text, pos, end
        )


def _candidate_class(bounded: list[str], other: list[str]) -> str:
    """A class of characters, those in `bounded` only at the start of a word."""
    if not bounded and not other:
        return r"(?!x)x"
    every_class = f"[{escaped(bounded + other)}]"
    if not bounded:
        return every_class
    # \b before a word character: the character before it is none.
    word_start = r"(?<!\w.)"
    if not other:
        return every_class + word_start
    return f"{every_class}(?:(?<=[{escaped(other)}])|{word_start})"


__all__ = ["WORD_START", "Dispatched"]
