"""Literal text a regular expression cannot match without: a cheap test that a unit can hold no match.

A citation of the U.S. Code holds "U.S.C." or "USC"; a cue "fine" holds "fine". Read from the
parsed pattern, each alternative gets a few such pieces, one of which every match of it holds;
a text that holds none of an alternative's pieces is never searched for it. Pieces of a pattern
that ignores case are compared with the text folded as re folds it (ASCII letters and letters
without case only: a piece with another letter is not used).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, pairwise
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from annotations.detectors.first_chars import parsed_lookahead
from annotations.detectors.recent import remembered
from annotations.detectors.trie import literal_trie

# The characters re, ignoring case, takes for an ASCII letter that lower() does not turn into it.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def fold(text: str) -> str:
    """`text` as re compares it ignoring case, for pieces written in ASCII."""
    # _FOLD's four characters are looked for one by one with `in`: one scan for their class costs
    # more than four scans, and so does a generator over them.
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text or "\u212a" in text):
        text = text.translate(_FOLD)
    return text.lower()


@dataclass(frozen=True, slots=True)
class Piece:
    """Literal text a match holds: compared as written, or (`folded`) with the folded text."""

    text: str
    folded: bool


Pieces = frozenset[Piece]


def _uncased(char: str) -> bool:
    """Whether a character has no case (punctuation, Chinese, Japanese, Korean script): re, ignoring
    case, matches it only as itself, and fold() keeps it."""
    return char.lower() == char == char.upper() == char.casefold()


def _usable(char: str, folded: bool) -> bool:
    """Whether a literal character can stand in a piece: ignoring case, an ASCII one or one without case."""
    return not folded or char.isascii() or _uncased(char)


def _better(one: Pieces | None, other: Pieces | None) -> Pieces | None:
    """The more telling of two sets of pieces: the longer shortest piece, then the fewer pieces."""
    if one is None:
        return other
    if other is None:
        return one
    score = lambda pieces: (min(len(piece.text) for piece in pieces), -len(pieces))  # noqa: E731
    return one if score(one) >= score(other) else other


def _sequence(items: list, flags: int) -> Pieces | None:
    """Pieces for a parsed sequence: the most telling of its runs of literals and its required parts."""
    folded = bool(flags & re.IGNORECASE)
    best: Pieces | None = None
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL and _usable(chr(value), folded):
            run.append(chr(value).lower() if folded else chr(value))
            continue
        if run:
            best = _better(best, frozenset({Piece("".join(run), folded)}))
            run = []
        if op in _ZERO_WIDTH:
            continue  # asserts consume nothing: what they look at need not be in the match
        best = _better(best, _item(op, value, flags))
    if run:
        best = _better(best, frozenset({Piece("".join(run), folded)}))
    return best


def _item(op: object, value: object, flags: int) -> Pieces | None:
    """Pieces for one parsed item that must match (None when it may match nothing or anything)."""
    if op is sre.SUBPATTERN:
        parts: tuple[Any, int, int, Any] = value  # type: ignore[assignment]
        return _sequence(list(parts[3]), (flags | parts[1]) & ~parts[2])
    if op is sre.BRANCH:
        union: set[Piece] = set()
        for branch in value[1]:  # type: ignore[index]
            found = _sequence(list(branch), flags)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:  # type: ignore[index]
        return _sequence(list(value[2]), flags)  # type: ignore[index]
    if op is sre.IN:
        return _class_pieces(value, bool(flags & re.IGNORECASE))  # type: ignore[arg-type]
    return None


def _class_pieces(items: list[tuple[object, int]], folded: bool) -> Pieces | None:
    """Pieces for a class of characters outside ASCII ("[协協]"): each of them. A text in ASCII holds none, and
    is not searched for a pattern of Chinese script (left ungated, it was tried at every position of an English
    lead-in). Not a class with ASCII in it: a piece as common as a space would make every text hold one."""
    chars = []
    for op, value in items:
        if op is not sre.LITERAL or value < 128 or not _usable(chr(value), folded):
            return None
        chars.append(chr(value))
    return frozenset(Piece(char, folded) for char in chars) if chars else None


def required_pieces(pattern: str, flags: int = 0) -> Pieces | None:
    """Pieces one of which every match of `pattern` holds; None when no such piece is known."""
    parsed = _parsed(pattern, flags)
    return None if parsed is None else parsed_pieces(parsed)


def parsed_pieces(parsed: Any) -> Pieces | None:
    """required_pieces of a pattern parsed already (_parsed)."""
    return _sequence(list(parsed), parsed.state.flags)


def _parsed(pattern: str, flags: int) -> Any | None:
    """`pattern` as sre_parse reads it, or None when it cannot (read once for all that is worked out from it)."""
    try:
        return sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None


def present(pieces: Iterable[Piece], text: str, folded_text: str | None) -> set[Piece]:
    """The pieces `text` holds (`folded_text` is fold(text), given when a piece needs it)."""
    return {
        piece
        for piece in pieces
        if piece.text in (folded_text if piece.folded else text)  # type: ignore[operator]
    }


# What a text holds of a finder's pieces: whether they were scanned for (a found piece then stands
# for its prefixes too), and which were found.
Found = tuple[bool, frozenset[str]]
_NOTHING: Found = (False, frozenset())
# How many sets of pieces found a gate keeps the patterns of; past that, each is worked out anew.
MAX_KNOWN_HOLDINGS = 4096
# Past this length a text is tested piece by piece: one scan would list every occurrence of every piece.
MAX_SCANNED_CHARS = 10_000
# With fewer pieces than this, testing each costs less than starting a scan.
MIN_SCANNED_PIECES = 48
# At most this many pieces that open with a lower-case letter are tested one by one beside a scan.
MAX_TESTED_PIECES = 32
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


class _Finder:
    """Which of many literal pieces a text holds, found in one scan of it.

    At each position a trie of the pieces finds the longest piece starting there; every piece that
    is a prefix of it starts there too. Testing each piece with `in` costs a pass over the text per
    piece; a gate has hundreds of pieces and is asked about every unit.
    """

    def __init__(self, pieces: list[tuple[str, frozenset[int]]]) -> None:
        # Each piece with what it stands for (the patterns it lets through): a text's pieces are
        # wanted only for that, so a found piece gives it at once, its prefixes' merged in.
        self.pieces = pieces
        texts = sorted({text for text, _value in pieces})
        # An ASCII text (str.isascii() costs nothing) holds none of the other pieces.
        self._texts, self._ascii = texts, [text for text in texts if text.isascii()]
        values: dict[str, frozenset[int]] = {}
        for text, value in pieces:
            values[text] = values.get(text, frozenset()) | value
        self._values = values
        # Every piece that is a prefix of a text, found by its length: one dictionary lookup per prefix.
        self._held_with = {
            text: frozenset().union(
                *(values[text[:end]] for end in range(1, len(text) + 1) if text[:end] in values)
            )
            for text in texts
        }
        self._scan: re.Pattern[str] | None = None
        # Pieces that open with a lower-case letter are tested one by one when they are few: left
        # out of the scan, its class holds capitals, digits and marks only, and re skips in C the
        # two positions in three that hold a lower-case letter (a citation gate: 'hapter', 'art').
        self._tested: tuple[list[str], list[str]] = ([], [])
        # The characters beyond ASCII the pieces hold: a text with none of them (a lead-in in English, its marks
        # and signs aside) holds none of the pieces they are in, and is scanned for the others only (_ascii_found).
        self._beyond = frozenset(char for text in texts for char in text if not char.isascii())
        self._ascii_scanned: list[str] = []
        self._ascii_scan: re.Pattern[str] | None = None
        # A text with none of the characters beyond ASCII is scanned for the pieces in ASCII alone, and those
        # that open with a lower-case letter are tested one by one when they are few, as for the whole set.
        self._ascii_tested: list[str] = []
        if len(texts) >= MIN_SCANNED_PIECES:
            lower = [text for text in texts if text[0] in _LOWER]
            if len(lower) <= MAX_TESTED_PIECES and len(lower) < len(texts):
                self._tested = (lower, [text for text in lower if text.isascii()])
                texts = [text for text in texts if text[0] not in _LOWER]
            self._scan = _piece_scan(texts)
            self._ascii_scanned = [text for text in texts if text.isascii()]
            lower = [text for text in self._ascii_scanned if text[0] in _LOWER]
            if len(lower) <= MAX_TESTED_PIECES and len(lower) < len(self._ascii_scanned):
                self._ascii_tested = lower
                self._ascii_scanned = [text for text in self._ascii_scanned if text[0] not in _LOWER]

    def __bool__(self) -> bool:
        return bool(self.pieces)

    def found(self, text: str) -> Found:
        """What `text` holds of the pieces, as `stand_for` reads it: the same for two texts that
        hold the same pieces."""
        if self._scan is None or len(text) > MAX_SCANNED_CHARS:
            return (
                False,
                frozenset(
                    piece for piece in (self._ascii if text.isascii() else self._texts) if piece in text
                ),
            )
        if self._beyond and (text.isascii() or self._beyond.isdisjoint(text)):
            return self._ascii_found(text)
        found = self._scan.findall(text)
        tested = self._tested[1] if text.isascii() else self._tested[0]
        if tested:
            # A piece found so stands for its prefixes too: they are in the text as well.
            found.extend(piece for piece in tested if piece in text)
        return (True, frozenset(found))

    def _ascii_found(self, text: str) -> Found:
        """found() for a text that holds none of the pieces' characters beyond ASCII: only the pieces in ASCII can be
        in it, scanned for with a trie of theirs alone (the documents' lead-in "Its privacy policy says ": 3.1 -> 1.3
        µs; most of the trie's branches were CJK and Cyrillic), or each tested when they are few."""
        if len(self._ascii_scanned) + len(self._ascii_tested) < MIN_SCANNED_PIECES:
            return (False, frozenset(piece for piece in self._ascii if piece in text))
        scan = self._ascii_scan
        if scan is None:  # made when first needed: most gates never are
            scan = self._ascii_scan = _piece_scan(self._ascii_scanned)
        found = scan.findall(text)
        tested = self._tested[1] + self._ascii_tested
        if tested:
            found.extend(piece for piece in tested if piece in text)
        return (True, frozenset(found))

    def stand_for(self, found: Found) -> list[frozenset[int]]:
        """What the pieces `found` says a text holds stand for."""
        scanned, pieces = found
        table = self._held_with if scanned else self._values
        return [table[piece] for piece in pieces]


def _piece_scan(texts: list[str]) -> re.Pattern[str]:
    """A pattern whose `findall` gives, at each position where a piece starts, the longest one there.

    It opens with the class of the pieces' first characters, so re skips the other positions in C,
    and looks back from that character for the pieces. So even where most letters open a piece: a
    lookahead tried at every position (re enters its matcher at each) took twice as long on a
    folded lead-in of a quotation (the documents' 97 pieces: 26 against 15 µs on 185 characters).
    """
    trie = literal_trie(texts)
    firsts = {text[0] for text in texts}
    chars = "".join(re.escape(char) for char in sorted(firsts))
    return re.compile(f"[{chars}](?<=(?=({trie}))(?s:.))")


class Gate:
    """Which of many patterns can match in a text, by the pieces each needs (None: it needs none known)."""

    def __init__(self, needs: list[Pieces | None]) -> None:
        pieces = sorted({piece for need in needs if need is not None for piece in need}, key=lambda p: p.text)
        # For each piece, the patterns it lets through; the patterns no piece gates always pass.
        opens: dict[Piece, set[int]] = {piece: set() for piece in pieces}
        for pattern, need in enumerate(needs):
            for piece in need or ():
                opens[piece].add(pattern)
        self._exact = _Finder([(p.text, frozenset(opens[p])) for p in pieces if not p.folded])
        self._folded = _Finder([(p.text, frozenset(opens[p])) for p in pieces if p.folded])
        self._always = frozenset(pattern for pattern, need in enumerate(needs) if need is None)
        self._known: dict[tuple[Found, Found], frozenset[int]] = {}
        # The last text asked about (held, so that its identity stays its own) and its answer: a detector
        # searches one long unit at many positions (after each of its quotations), and each search asked
        # about the whole unit again.
        self._last: tuple[str, frozenset[int]] | None = None

    def viable(self, text: str) -> frozenset[int]:
        """The patterns (by index) that can match somewhere in `text`."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        found = self._viable(text)
        self._last = (text, found)
        return found

    def _viable(self, text: str) -> frozenset[int]:
        exact = self._exact.found(text) if self._exact.pieces else _NOTHING
        folded = self._folded.found(fold(text)) if self._folded.pieces else _NOTHING
        if not exact[1] and not folded[1]:
            return self._always
        # Texts that hold the same pieces let the same patterns through: worked out once.
        known = self._known.get((exact, folded))
        if known is None:
            known = self._always.union(*self._exact.stand_for(exact), *self._folded.stand_for(folded))
            if len(self._known) < MAX_KNOWN_HOLDINGS:
                self._known[exact, folded] = known
        return known


_WORD_RUN = re.compile(r"\w+")
_ASCII = frozenset(map(chr, range(128)))
# Each ASCII character that is no word character, as a space: split on spaces, an ASCII text gives
# the words `\w+` finds in it, a few times faster.
_ASCII_NON_WORD_AS_SPACE = str.maketrans({char: " " for char in _ASCII if not _WORD_RUN.match(char)})


def words_of(text: str) -> list[str]:
    """The runs of word characters in `text`, as `_WORD_RUN` finds them."""
    if text.isascii():
        return text.translate(_ASCII_NON_WORD_AS_SPACE).split()
    return _WORD_RUN.findall(text)


class OpeningWords:
    """Whether a text can hold one of many names matched as whole words ignoring case (a word trie
    with fold): it must hold a name's first two words one after the other (its only word, for a
    name of one), as words of its own, folded alike.

    Only a text whose letters outside ASCII are all uncased is judged: a cased one ("ς", "µ") may
    match a name's letter in ways fold() does not show, so such a text is always searched.
    """

    def __init__(self, names: Iterable[str]) -> None:
        singles: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        self._judged = True
        for name in names:
            words = _WORD_RUN.findall(fold(name))
            if not words or not _WORD_RUN.match(name):
                self._judged = False  # a name that opens with no word: every text may hold it
            elif len(words) == 1:
                singles.add(words[0])
            else:
                pairs.add((words[0], words[1]))
        self._singles, self._pairs = frozenset(singles), frozenset(pairs)
        self._firsts = self._singles | frozenset(first for first, _second in pairs)

    def may_hold(self, text: str) -> bool:
        """False only when `text` holds none of the names."""
        if not self._judged:
            return True
        words = _read_words(text)
        if words is None:
            return True
        if self._firsts.isdisjoint(words):
            return False
        if not self._singles.isdisjoint(words):
            return True
        return not self._pairs.isdisjoint(pairwise(words))

    def may_hold_recent(self, text: str) -> bool:
        """may_hold, with the words of the last few texts asked about kept: for a text that many roles' names are
        looked for in, one after the other (a long lead-in of a quotation)."""
        if not self._judged:
            return True
        words = _text_words(text)
        if words is None:
            return True
        if self._firsts.isdisjoint(words.set):
            return False
        if not self._singles.isdisjoint(words.set):
            return True
        return not self._pairs.isdisjoint(words.pairs())


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


class _TextWords:
    """A text's words as OpeningWords reads them (words_of(fold(text))): as a set, and as a set of the pairs that
    follow one another, worked out when first asked for."""

    __slots__ = ("_pairs", "set", "text", "words")

    def __init__(self, text: str, words: list[str]) -> None:
        self.text, self.words, self.set = text, words, frozenset(words)
        self._pairs: frozenset[tuple[str, str]] | None = None

    def pairs(self) -> frozenset[tuple[str, str]]:
        if self._pairs is None:
            self._pairs = frozenset(pairwise(self.words))
        return self._pairs


# The words of the texts asked about last, the latest first: the terms detector asks a few texts (a lead-in, the
# quotation, the sentence after it) in turn about the opening words of many roles' names. A text is found by its
# value as well as by its object: the readers of one quotation each cut its lead-in anew. Whoever reads a new unit
# forgets them first (forget_recent), so that no unit is ever answered from another that reads alike.
MAX_RECENT_TEXTS = 8
_recent: tuple[tuple[str, _TextWords | None], ...] = ()


def forget_recent() -> None:
    """Forget the words of the texts asked about last: called before a new unit or paragraph is read."""
    global _recent
    _recent = ()


def _read_words(text: str) -> list[str] | None:
    """The words of `text` as OpeningWords reads them (words_of(fold(text))), or None when a cased letter outside
    ASCII leaves them unsure."""
    if text.isascii():
        return _folded_ascii_words(text.encode("ascii"))
    beyond = set(_NOT_ASCII.findall(text))
    if any(char.lower() != char.upper() for char in beyond):
        return None
    if any(_WORD_RUN.match(char) for char in beyond):
        return words_of(fold(text))
    # Marks and signs only ("€", "“"): as "?" (no word character either) the words are the same, and the text is
    # read as ASCII, in C.
    return _folded_ascii_words(text.encode("ascii", "replace"))


def _text_words(text: str) -> _TextWords | None:
    """The words of `text` (OpeningWords), or None when a cased letter outside ASCII leaves them unsure."""
    global _recent
    recent = _recent
    for held, words in recent:
        if held is text or held == text:
            return words
    read = _read_words(text)
    found = None if read is None else _TextWords(text, read)
    _recent = ((text, found), *recent[: MAX_RECENT_TEXTS - 1])
    return found


# Each ASCII byte as fold() and words_of() read it: a letter in lower case, a byte that is no word
# character a space. One translate of the text's bytes does both (a table of 256 bytes is read in
# C, a few times faster than str.translate with a mapping, which then also needs fold()).
_FOLDED_ASCII = (
    bytes(ord(chr(byte).lower()) if _WORD_RUN.match(chr(byte)) else ord(" ") for byte in range(128))
    + b" " * 128
)


def _folded_ascii_words(text: bytes) -> list[str]:
    """words_of(fold(text)) for a text in ASCII, given as bytes."""
    return text.translate(_FOLDED_ASCII).decode("ascii").split()


# How many alternations for a part of a vocabulary are kept compiled (recent.py).
MAX_PARTIAL_PATTERNS = 512
# Fewer alternatives than this are searched as they are in a text shorter than MIN_SMALL_GATED_CHARS: looking for
# their pieces costs more. In a longer one (a lead-in of joined quotations) their pieces are looked for all the same:
# five alternatives that each open on a word boundary (role company_voice) took 117 µs on 705 characters.
MIN_GATED_ALTERNATIVES = 6
MIN_SMALL_GATED_CHARS = 100
# So is a text shorter than this (a word or two after a quotation).
MIN_GATED_CHARS = 8


class Alternatives:
    """`(?:a)|(?:b)|...` ignoring nothing but what a text cannot hold: each text is searched with
    only the alternatives whose pieces it holds, in their order, so it finds what the whole finds."""

    def __init__(self, patterns: list[str], flags: int = 0, shared: tuple[Gate, int] | None = None) -> None:
        self._whole: re.Pattern[str] | None = None
        self._patterns, self._flags = patterns, flags
        parsed = [_parsed(pattern, flags) for pattern in patterns]
        needs = [None if tree is None else parsed_pieces(tree) for tree in parsed]
        # A back reference counts groups: with alternatives left out it would point elsewhere. A
        # short alternation is searched faster than its pieces are looked for.
        backreference = any(re.search(r"\\\d|\(\?P=", pattern) for pattern in patterns)
        # Alternatives that each open with a character re does not fold are scanned in C from one
        # such character to the next, faster than their pieces are looked for.
        scanned = all(tree is not None and _led_by_literal(tree) for tree in parsed)
        gated = len(patterns) > 1 and not backreference and not scanned
        # `shared`: a gate built for this alternation's alternatives and others' (shared_alternatives), these from an index on.
        self._gate: Gate | _GateView | None = (
            None if not gated else Gate(needs) if shared is None else _GateView(*shared, len(patterns))
        )
        self._min_chars = (
            MIN_GATED_CHARS if len(patterns) >= MIN_GATED_ALTERNATIVES else MIN_SMALL_GATED_CHARS
        )
        self._partial: OrderedDict[frozenset[int], re.Pattern[str]] = OrderedDict()
        # The fewest characters each alternative reads (0: not known): one that reads more than a text holds
        # cannot match in it, wherever a search of it starts and ends.
        self._widths = [0 if tree is None else tree.getwidth()[0] for tree in parsed]
        # A text this long or longer may hold a match of every alternative; a shorter one, not gated, is searched
        # only with those that fit in it (none left: not searched), unless a back reference counts the groups.
        self._fits_all = 0 if backreference else max(self._widths, default=0)
        self._fitting: dict[int, re.Pattern[str] | None] = {}
        # Whether a match may be empty (an alternative read with no width, or not read): one finditer's matches are
        # then not surely apart, a later one may start where an empty one did.
        self.may_be_empty = any(width == 0 for width in self._widths)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The whole alternation, compiled when first asked for: a gated text is searched with the part of it
        that can match there, and on the first annotate compiling every whole alternation of the terms roles cost
        more than a tenth of its time (two threads that compile it at once make the same pattern)."""
        whole = self._whole
        if whole is None:
            whole = self._whole = re.compile(joined_alternation(self._patterns, self._flags), self._flags)
        return whole

    def for_text(self, text: str) -> re.Pattern[str] | None:
        """The alternation to search `text` with; None when no alternative can match in it."""
        gate = self._gate
        if gate is None or len(text) < self._min_chars:
            if len(text) < self._fits_all:
                fitting = self._fitting
                return fitting[len(text)] if len(text) in fitting else self._fitting_for(len(text))
            return self._whole or self.pattern
        last = gate._last  # Gate.viable's look at the last text, inlined: asked tens of times a quotation
        viable = last[1] if last is not None and last[0] is text else gate.viable(text)
        if len(viable) == len(self._patterns):
            return self.pattern
        if not viable:
            return None
        return remembered(self._partial, viable, self._compiled, MAX_PARTIAL_PATTERNS)

    def _fitting_for(self, length: int) -> re.Pattern[str] | None:
        """The alternation of the alternatives that can match in a text of `length` characters, None if none can.
        Asked of short texts, whose words most alternatives outrun: "Its " was searched with every alternative of
        a role at each of its positions (an alternation of words re tries one by one, 4 µs)."""
        fit = frozenset(index for index, width in enumerate(self._widths) if width <= length)
        found = (
            None
            if not fit
            else self.pattern
            if len(fit) == len(self._patterns)
            else remembered(self._partial, fit, self._compiled, MAX_PARTIAL_PATTERNS)
        )
        self._fitting[length] = found
        return found

    def _compiled(self, viable: frozenset[int]) -> re.Pattern[str]:
        return re.compile(
            joined_alternation([p for i, p in enumerate(self._patterns) if i in viable], self._flags),
            self._flags,
        )


class _GateView:
    """The part of a gate built for several alternations (shared_alternatives) that one of them reads: its own
    alternatives, counted from its first. What the gate finds in a text is found once for all of them."""

    def __init__(self, gate: Gate, start: int, count: int) -> None:
        self._gate, self._start, self._stop = gate, start, start + count
        # The gate's answers, each with this alternation's part of it (the gate keeps its answers' sets, so few).
        self._mine: dict[frozenset[int], frozenset[int]] = {}
        self._last: tuple[str, frozenset[int]] | None = None

    def viable(self, text: str) -> frozenset[int]:
        """This alternation's alternatives (by its own index) that can match somewhere in `text`."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        whole = self._gate.viable(text)
        mine = self._mine.get(whole)
        if mine is None:
            start, stop = self._start, self._stop
            mine = frozenset(index - start for index in whole if start <= index < stop)
            if len(self._mine) < MAX_KNOWN_HOLDINGS:
                self._mine[whole] = mine
        self._last = (text, mine)
        return mine


def shared_alternatives(groups: list[list[str]], flags: int = 0) -> list[Alternatives | None]:
    """An alternation for each group of patterns (None for an empty one), gated together: alternations searched in
    turn on one text (the documents a text names, then those it points at) look for their literal pieces in one
    scan of it, not one each (two scans of a quotation's lead-in cost a tenth of the terms detector)."""
    needs = [
        None if tree is None else parsed_pieces(tree)
        for group in groups
        for tree in (_parsed(pattern, flags) for pattern in group)
    ]
    gate = Gate(needs)
    starts = list(accumulate((len(group) for group in groups[:-1]), initial=0))
    return [
        Alternatives(group, flags, (gate, start)) if group else None
        for group, start in zip(groups, starts, strict=True)
    ]


def _literal_led(pattern: str, flags: int) -> bool:
    """Whether every match of `pattern` opens with one given character that re matches only as itself."""
    parsed = _parsed(pattern, flags)
    return parsed is not None and _led_by_literal(parsed)


def _led_by_literal(parsed: Any) -> bool:
    """_literal_led of a pattern parsed already."""
    items, flags = list(parsed), parsed.state.flags
    while items and items[0][0] is sre.SUBPATTERN:
        _group, added, removed, inner = items[0][1]
        items, flags = list(inner), (flags | added) & ~removed
    if not items or items[0][0] is not sre.LITERAL:
        return False
    char = chr(items[0][1])
    return not flags & re.IGNORECASE or _uncased(char)


def joined_alternation(patterns: list[str], flags: int) -> str:
    """The alternation of `patterns`, behind a lookahead on the characters a match can open with.

    re runs an alternation whose branches open with a boundary or a look-behind ("\\b(?:the|its)",
    "(?<=\\w)'s") through every branch at every position; the lookahead rejects most positions with
    one class test (a pointing word in a quotation: 5.3 -> 2.5 µs). Not where each branch opens
    with one literal character (re then skips to it in C), nor where a group switches case folding
    on, which the lookahead, read without it, would not allow for.
    """
    joined = "|".join(f"(?:{pattern})" for pattern in patterns)
    # Read once for both questions: on the first annotate each alternation read twice cost a few milliseconds.
    parsed = _parsed(joined, flags)
    if parsed is None or _led_by_literal(parsed):
        return joined
    if not flags & re.IGNORECASE and _FOLDING_ON.search(joined):
        return joined
    opening = parsed_lookahead(parsed, flags)
    return f"{opening}(?:{joined})" if opening else joined


# An inline group that switches case folding on: "(?i:", "(?si)".
_FOLDING_ON = re.compile(r"\(\?[aLmsux]*i")
