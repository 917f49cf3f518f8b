"""Penalty cues: the words near an amount that say whether it is a penalty, and how they stand to it.

penalty_decision.decide reads them in this order: the cue an amount modifies ("a $25 million fine")
decides first; else the nearest cue around it in its sentence; else the nearest anywhere in its
sentence; else the sentence before; else an earlier sentence of its paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from annotations.detectors.base import last_started
from annotations.detectors.dispatched import WORD_START, Dispatched
from annotations.detectors.first_chars import split_alternatives
from annotations.detectors.last_word import cannot_end, last_words
from annotations.detectors.money import Money
from annotations.detectors.penalty_courts import court_missing
from annotations.detectors.word_runs import WordRuns
from annotations.knowledge import vocabulary
from annotations.model import PenaltyType
from annotations.quick_init import quick_init
from parsers.scripts import CJK, THAI

PENALTIES = "penalties.toml"
# How far from an amount, within its sentence, a cue speaks about it before any farther one.
CUE_WINDOW = 120
# How far around an amount the text is read for cues at first, and at most when nothing near decides.
NEAR_REACH = CUE_WINDOW + 40
SCAN_REACH = 600
# A noun this close after an amount, with only words between, is what the amount is ("$5m fine").
HEAD_NOUN_REACH = 25
_WORDS_ONLY = re.compile(r"[\s\w'’-]*")


@dataclass(frozen=True, slots=True)
class Cue:
    """A word that says what money is: a penalty of some type, or not a penalty (type None)."""

    pattern: re.Pattern[str]
    penalty_type: PenaltyType | None
    source: str
    sought: bool = False  # money only asked for: outweighs even a per-violation rate
    costs: bool = False  # costs awarded: no penalty even as the noun after "in"
    offence: bool = False  # what an act costs: a fine only when an act leads its clause (penalty_offence)
    own_amount: bool = (
        False  # an amount for a wrong: speaks only for the amount before it (penalty_for_wrong)
    )
    taker: bool = False  # who takes the amount as a fee, right before it: outweighs the noun after it


@quick_init
@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found in a unit's text."""

    start: int
    end: int
    cue: Cue


@quick_init
@dataclass(frozen=True, slots=True)
class Decision:
    """The cue that decides what an amount is, and how it was found ("head", "near", "sentence", ...)."""

    cue: Cue | None
    how: str


def words(role: str) -> str:
    """Every entry of a role of penalties.toml as one alternation, in file order."""
    return "|".join(entry.regex for entry in vocabulary(PENALTIES).role(role))


def phrases(role: str) -> tuple[str, ...]:
    """Every phrase of a role of penalties.toml, in file order."""
    return tuple(phrase for entry in vocabulary(PENALTIES).role(role) for phrase in entry.phrases)


def _type(name: str) -> PenaltyType | None:
    """A cue's penalty type; "none" marks words that only look like penalty words."""
    return None if name == "none" else name  # type: ignore[return-value]


@cache
def cues() -> tuple[Cue, ...]:
    """Penalty, not-penalty and sought cues from the vocabulary, in the order they are tried."""
    found = [
        Cue(
            re.compile(rf"\b(?:{entry.regex})\b", re.IGNORECASE),
            _type(entry.get("type")),
            entry.regex,
            own_amount=bool(entry.get("own_amount")),
        )
        for entry in vocabulary(PENALTIES).role("cue")
    ]
    costs = words("awarded_costs")
    found.append(Cue(re.compile(rf"\b(?:{costs})\b", re.IGNORECASE), None, costs, costs=True))
    # Before every not-penalty word, so that "costs" after an act is read as what the act costs.
    offence = words("offence_cost")
    found.append(Cue(re.compile(rf"\b(?:{offence})", re.IGNORECASE), None, offence, offence=True))
    takers = words("fee_taker")
    found.append(Cue(re.compile(rf"\b(?:{takers})\b", re.IGNORECASE), None, takers, taker=True))
    for role, sought in (("not_penalty", False), ("sought", True)):
        pattern = words(role)
        found.append(Cue(re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), None, pattern, sought=sought))
    return tuple(found)


@cache
def _all_cues() -> Dispatched:
    """Every cue in one pattern, dispatched on first characters, so a unit is scanned once, quickly."""
    groups = [
        (f"k{index}x{number}", rf"(?:{alternative})\b")
        for index, cue in enumerate(cues())
        for number, alternative in enumerate(split_alternatives(cue.source))
    ]
    # Every cue starts a word: positions inside words are never tried.
    return Dispatched(groups, re.IGNORECASE, prefix=WORD_START)


@cache
def _unspaced_cues() -> tuple[re.Pattern[str], dict[str, Cue]]:
    """One pattern for the Chinese, Japanese and Korean cue words, matched anywhere, and each word's cue."""
    owners: dict[str, Cue] = {}
    for entry in vocabulary(PENALTIES).role("unspaced_cue"):
        cue = Cue(re.compile(entry.regex), _type(entry.get("type")), entry.regex)
        owners.update((phrase, cue) for phrase in entry.phrases)
    return re.compile("|".join(re.escape(word) for word in sorted(owners, key=len, reverse=True))), owners


_UNSPACED_SCRIPT = re.compile(f"[{THAI}{CJK}]")


@cache
def _group_owners() -> dict[str, int]:
    """For each group name of the one cue pattern, the index of its cue."""
    return {
        f"k{index}x{number}": index
        for index, cue in enumerate(cues())
        for number, _alternative in enumerate(split_alternatives(cue.source))
    }


@cache
def _links() -> frozenset[str]:
    """Words that start a new phrase: after them the noun is no longer what the amount is ("$5m of profits")."""
    return frozenset(phrases("phrase_break")) - _head_links()


@cache
def _head_links() -> frozenset[str]:
    """Words that may stand between an amount and a penalty noun: "$5 million in penalties"."""
    return frozenset(phrases("head_link"))


@cache
def _named_after_link() -> frozenset[str]:
    """Not-penalty nouns that name what the amount is even after a head link: "$2 billion in taxes"."""
    return frozenset(phrase.casefold() for phrase in phrases("head_after_link"))


class CueIndex:
    """The cues of one text, read lazily: first just around its amounts, farther only when asked.

    Most amounts are decided by a word next to them, so most of a long text is never scanned.
    A cue inside a money expression ("turnover" in "4% of global turnover") says nothing about
    its neighbours and is left out.
    """

    def __init__(self, text: str, moneys: Sequence[Money], bounds: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.moneys = moneys
        self.hits: list[CueHit] = []
        self._starts = [money.start for money in moneys]
        self._scanned: list[tuple[int, int]] = []
        self.runs = WordRuns(text)
        near = []
        for money in moneys:
            sentence = _sentence_of(bounds, money.start) or (0, len(text))
            low, high = max(sentence[0], money.start - NEAR_REACH), min(sentence[1], money.end + NEAR_REACH)
            near.append(self.runs.widened(low, high))
        # The spans around all amounts are merged and scanned once.
        self._scanned = _merged(near)
        for low, high in self._scanned:
            self._scan(low, high)

    def cover(self, start: int, end: int) -> None:
        """Make sure text[start:end] (widened to whole words) has been scanned for cues."""
        start, end = self.runs.widened(max(0, start), min(len(self.text), end))
        gaps = _uncovered(self._scanned, start, end)
        if not gaps:
            return
        for low, high in gaps:
            self._scan(low, high)
        self.hits.sort(key=lambda hit: hit.start)
        self._scanned = _merged([*self._scanned, (start, end)])

    def _scan(self, low: int, high: int) -> None:
        every, owners = cues(), _group_owners()
        for match in _all_cues().finditer_within(self.text, low, high):
            if match.lastgroup and not self._inside_money(match.start()):
                self.hits.append(CueHit(match.start(), match.end(), every[owners[match.lastgroup]]))
        if _UNSPACED_SCRIPT.search(self.text, low, high):
            # Chinese, Japanese and Korean cue words sit inside runs of letters: matched anywhere.
            pattern, unspaced = _unspaced_cues()
            for match in pattern.finditer(self.text, low, high):
                if not self._inside_money(match.start()) and not court_missing(self.text, match):
                    self.hits.append(CueHit(match.start(), match.end(), unspaced[match.group()]))
            self.hits.sort(key=_hit_start)

    def moneys_within(self, low: int, high: int) -> Sequence[Money]:
        """The amounts starting after `low` and at or before `high`, found by bisection (they are in order)."""
        return self.moneys[bisect.bisect_right(self._starts, low) : bisect.bisect_right(self._starts, high)]

    def _inside_money(self, position: int) -> bool:
        """Whether a position falls inside one of the amounts."""
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self.moneys[index].end


def find_cues(text: str, moneys: Sequence[Money], start: int = 0, end: int | None = None) -> list[CueHit]:
    """Every cue near the amounts of a text (or in text[start:end] when no amounts are given), in order."""
    index = CueIndex(text, moneys)
    if not moneys:
        index.cover(start, len(text) if end is None else end)
    return index.hits


def _sentence_of(bounds: Sequence[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The sentence span holding a position, if the bounds are given."""
    index = last_started(bounds, position)
    return bounds[index] if index >= 0 else None


def _hit_start(hit: CueHit) -> int:
    return hit.start


def _uncovered(scanned: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of [start, end) that no scanned span covers."""
    gaps: list[tuple[int, int]] = []
    cursor = start
    for low, high in scanned:
        if high <= cursor or low >= end:
            continue
        if low > cursor:
            gaps.append((cursor, low))
        cursor = max(cursor, high)
    if cursor < end:
        gaps.append((cursor, end))
    return gaps


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted and merged where they touch or overlap."""
    merged: list[tuple[int, int]] = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def in_window(hits: list[CueHit], window: tuple[int, int]) -> list[CueHit]:
    """The hits that start inside a window (found by bisection: a unit may hold thousands)."""
    low = bisect.bisect_left(hits, window[0], key=_hit_start)
    return hits[low : bisect.bisect_left(hits, window[1], lo=low, key=_hit_start)]


def nearest_cue(hits: list[CueHit], money: Money, window: tuple[int, int]) -> Cue | None:
    """The cue nearest the amount in a window; at equal distance the one found first."""
    hit = nearest_hit(hits, money, window)
    return hit.cue if hit is not None else None


def nearest_hit(hits: list[CueHit], money: Money, window: tuple[int, int]) -> CueHit | None:
    """The hit of nearest_cue."""
    best: tuple[int, CueHit] | None = None
    for hit in in_window(hits, window):
        if hit.end > window[1] or (hit.start < money.end and hit.end > money.start):
            continue
        distance = money.start - hit.end if hit.end <= money.start else hit.start - money.end
        if best is None or distance < best[0]:
            best = (distance, hit)
    return best[1] if best else None


@cache
def _taker_gap() -> re.Pattern[str]:
    """What may stand between a fee taker's verb and its amount: "got $12 million", "will get about $2m" (a copula's
    qualifier of penalties.toml)."""
    words = sorted(phrases("copula_qualifier"), key=len, reverse=True)
    return re.compile(rf"\s+(?:(?:{'|'.join(re.escape(word) for word in words)})\s+)?")


def taker_cue(text: str, hits: list[CueHit], money: Money) -> Cue | None:
    """A fee taker's verb right before the amount ("the state's lawyers got $12 million in the settlement"):
    the amount is their fee, whatever noun after it names the case."""
    index = bisect.bisect_left(hits, money.start, key=_hit_start)
    if not index:
        return None
    hit = hits[index - 1]
    if hit.cue.taker and _taker_gap().fullmatch(text, hit.end, money.start):
        return hit.cue
    return None


def head_cue(text: str, hits: list[CueHit], money: Money) -> Cue | None:
    """A cue the amount directly modifies ("a $25 million fine", "$5 million in penalties")."""
    index = bisect.bisect_left(hits, money.end, key=_hit_start)
    if index == len(hits) or hits[index].start - money.end > HEAD_NOUN_REACH:
        return None
    hit = hits[index]
    gap = text[money.end : hit.start]
    said = set(gap.lower().split())
    if not _WORDS_ONLY.fullmatch(gap) or _links() & said:
        return None
    if _UNSPACED_SCRIPT.search(gap) and gap.strip() not in _unspaced_head_links():
        return None  # "매출 6000억원을 올린 A사에 과징금": a clause between, the fine is another amount's
    named = text[hit.start : hit.end].casefold() in _named_after_link()
    if named and index + 1 < len(hits) and _compound_next(text, hit, hits[index + 1]):
        # "$2 million in tax penalties", "a $5 million tax penalty": the last noun of the compound says it
        hit, named = hits[index + 1], False
    # "$5 million in penalties" names what the amount is; "₹250 crore in profits" after "disgorge" does not,
    # but "€13 billion in back taxes" does.
    if _head_links() & said and hit.cue.penalty_type is None and not hit.cue.costs and not named:
        return None
    return hit.cue


@cache
def _unspaced_head_links() -> frozenset[str]:
    """What may stand between a Chinese, Japanese or Korean amount and its head noun (penalties.toml)."""
    return frozenset(phrases("unspaced_head_link"))


def _compound_next(text: str, hit: CueHit, after: CueHit) -> bool:
    """Whether the hit `after` is the next noun of a compound that `hit` opens: one space between them."""
    return after.start - hit.end == 1 and text[hit.end].isspace()


def last_cue(hits: list[CueHit], window: tuple[int, int]) -> Cue | None:
    """The last penalty cue in a window, else its last cue of any kind."""
    inside = in_window(hits, window)
    return next((hit.cue for hit in reversed(inside) if hit.cue.penalty_type), None) or (
        inside[-1].cue if inside else None
    )


@cache
def _copula() -> re.Pattern[str]:
    """A copula, maybe a qualifier after it, ending just before an amount ("was roughly ")."""

    def spaced(role: str) -> str:
        # A space in a phrase is any one space character: "stood\nat" wraps a line.
        return "|".join(re.escape(phrase).replace("\\ ", r"\s") for phrase in phrases(role))

    return re.compile(rf"\s(?:{spaced('copula')})(?:\s(?:{spaced('copula_qualifier')}))?\s+\Z")


SUBJECT_REACH = 120


@cache
def _copula_ends() -> frozenset[str] | None:
    """The last words of the copulas and of the qualifiers after them (last_word.py)."""
    return last_words((*phrases("copula"), *phrases("copula_qualifier")), fold=False)


def space_before(text: str, end: int) -> bool:
    """Whether the character before `end` is a space: what a pattern ending in `\\s+\\Z` (or `\\s+$`),
    searched up to `end`, needs; "($1.3bn)" has none, and such searches are then skipped."""
    return end > 0 and text[end - 1].isspace()  # str.isspace() is re's \s


# What a name's word holds after its capital ([\w&.'’-]: a word character is alphanumeric or "_").
_NAME_MARKS = frozenset("_&.'’-")


def name_before(text: str, end: int, floor: int) -> bool:
    """Whether a name (a capital, then word characters and "&.'’-") can end on the spaces before `end`,
    starting at `floor` or after: what `NAME\\s+\\Z` searched in text[floor:end] needs. "the company
    €1.2bn" has "company" there, and the searches for who is fined are skipped."""
    stop = end
    while stop > floor and text[stop - 1].isspace():
        stop -= 1
    if stop == end:
        return False
    for index in range(stop - 1, floor - 1, -1):
        char = text[index]
        if "A" <= char <= "Z":
            return True
        if not (char.isalnum() or char in _NAME_MARKS):
            return False
    return False


def subject_cue(text: str, hits: list[CueHit], money: Money, sentence: tuple[int, int]) -> Cue | None:
    """What an amount is when it completes "X was": X's first word of money, when that says it is no
    penalty, outweighs a penalty word nearer to it ("revenue in the year of the fine was ...")."""
    if not space_before(text, money.start):
        return None
    start = max(sentence[0], money.start - SUBJECT_REACH)
    if cannot_end(text, start, money.start, _copula_ends(), fold=False):
        return None  # "the company €1.2bn": no copula, nor a qualifier after one, ends on "company"
    copula = _copula().search(text, start, money.start)
    if copula is None:
        return None
    clause = max(text.rfind(",", start, copula.start()), text.rfind(";", start, copula.start()), start)
    inside = in_window(hits, (clause, copula.start()))
    if inside and inside[0].cue.penalty_type is None and not inside[0].cue.sought:
        return inside[0].cue
    return None


# How far before an amount the verb whose object pays may stand: "fined Apple €500 million over ... and Meta €200 million".
OBJECT_REACH = 200


@cache
def _fined_objects() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The payer right before an amount, after the verb ("fined Apple ", "fined the Philippine Stock Exchange Inc. ")
    or after "and" or a comma in a list the verb governs ("..., and Meta ")."""
    name = r"[A-Z][\w&.'’-]*"
    verb = rf"\b(?:{words('fined')})\s+(?:the\s+)?{name}(?:\s+{name}){{0,3}}\s+\Z"
    listed = rf"(?:,|\sand)\s+{name}(?:\s+{name}){{0,2}}\s+\Z"
    return re.compile(verb), re.compile(listed)


def object_cue(text: str, hits: list[CueHit], money: Money, sentence: tuple[int, int]) -> Cue | None:
    """The penalty cue of the verb whose object pays the amount: "fined Apple €500 million", also the next
    object of the same verb, "... and Meta €200 million", which no word nearer it can make something else."""
    start = max(sentence[0], money.start - OBJECT_REACH)
    if not name_before(text, money.start, start):
        return _described_object(text, hits, money, start)
    verb, listed = _fined_objects()
    fined = [hit for hit in in_window(hits, (start, money.start)) if hit.cue.penalty_type is not None]
    for hit in reversed(fined):
        if verb.search(text, hit.start, money.start):
            return hit.cue
        if listed.search(text, hit.end, money.start) and verb.search(
            text, hit.start, _next_amount_start(text, hit.end)
        ):
            return hit.cue
    return None


# How far before an amount the verb of a payer named by a common noun may start: "fined the online lender ".
DESCRIBED_REACH = 60


@cache
def _fined_described() -> re.Pattern[str]:
    """The payer right before an amount, named by a common noun after the verb: "fined the broker ", "fined the
    online lender "."""
    noun = r"[a-z][\w'’-]*"
    return re.compile(
        rf"\b(?:{words('fined')})\s+(?:{words('object_determiner')})\s+{noun}(?:\s+{noun})?\s+\Z"
    )


def _described_object(text: str, hits: list[CueHit], money: Money, start: int) -> Cue | None:
    """The penalty cue of the verb whose object, a common noun, pays the amount right after it: "fined the broker
    $2 million as investors lost their savings" is a fine, whatever the next clause is about."""
    stop = money.start
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop == money.start or stop == start or not text[stop - 1].islower():
        return None
    low = max(start, money.start - DESCRIBED_REACH)
    fined = [hit for hit in in_window(hits, (low, money.start)) if hit.cue.penalty_type is not None]
    pattern = _fined_described()
    return next((hit.cue for hit in reversed(fined) if pattern.search(text, hit.start, money.start)), None)


def _next_amount_start(text: str, at: int) -> int:
    """Where the first digit or currency sign after `at` is, or `at`."""
    match = _AMOUNT_OPENING.search(text, at)
    return match.start() if match else at


_AMOUNT_OPENING = re.compile(r"[\d$€£¥₹₩]")
