"""Penalties: amounts of money that a sentence says are a fine, settlement, refund or damages."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from annotations.detectors.base import Unit, sentence_at, sentence_bounds
from annotations.detectors.currency_context import settle_currencies
from annotations.detectors.first_chars import dispatch, split_alternatives
from annotations.detectors.money import Money, find_money
from annotations.detectors.trie import word_trie
from annotations.knowledge import vocabulary
from annotations.model import Finding, PenaltyType, penalty_key

# How far from an amount, within its sentence, a cue still speaks about it.
CUE_WINDOW = 120
# A noun this close after an amount, with only words between, is what the amount is ("$5m fine").
HEAD_NOUN_REACH = 25
# An amount this large that equals a penalty named elsewhere is that penalty again ("the $30M").
REPEAT_MIN_AMOUNT = 10_000
_WORDS_ONLY = re.compile(r"[\s\w'’-]*")
PENALTIES = "penalties.toml"


@dataclass(frozen=True, slots=True)
class Cue:
    """A word that says what money is: a penalty of some type, or not a penalty (type None)."""

    pattern: re.Pattern[str]
    penalty_type: PenaltyType | None
    source: str


def _type(name: str) -> PenaltyType | None:
    """A cue's penalty type; "none" marks words that only look like penalty words."""
    return None if name == "none" else name  # type: ignore[return-value]


def _words(role: str) -> str:
    """Every entry of a role of penalties.toml as one alternation, in file order."""
    return "|".join(entry.regex for entry in vocabulary(PENALTIES).role(role))


def _phrases(role: str) -> tuple[str, ...]:
    return tuple(phrase for entry in vocabulary(PENALTIES).role(role) for phrase in entry.phrases)


@cache
def cues() -> tuple[Cue, ...]:
    """Penalty and not-penalty cues from the vocabulary, in the order they are tried."""
    found = [
        Cue(re.compile(rf"\b(?:{entry.regex})\b", re.IGNORECASE), _type(entry.get("type")), entry.regex)
        for entry in vocabulary(PENALTIES).role("cue")
    ]
    not_penalty = _words("not_penalty")
    found.append(Cue(re.compile(rf"\b(?:{not_penalty})\b", re.IGNORECASE), None, not_penalty))
    return tuple(found)


@cache
def _all_cues() -> re.Pattern[str]:
    """Every cue in one pattern, dispatched on first characters, so a unit is scanned once, quickly."""
    groups = [
        (f"k{index}x{number}", rf"(?:{alternative})\b")
        for index, cue in enumerate(cues())
        for number, alternative in enumerate(split_alternatives(cue.source))
    ]
    # Every cue starts a word: one boundary test rejects the positions inside words at once.
    return re.compile(rf"\b(?=\w)(?:{dispatch(groups, re.IGNORECASE)})", re.IGNORECASE)


@cache
def _authorities() -> re.Pattern[str]:
    return word_trie(_phrases("authority"), fold=False, not_before=r"\w", not_after=r"\w")


@cache
def _links() -> frozenset[str]:
    """Words that start a new phrase: after them the noun is no longer what the amount is ("$5m in profits")."""
    return frozenset(_phrases("phrase_break"))


@cache
def _ceilings() -> tuple[str, ...]:
    return tuple(phrase.lower() for phrase in _phrases("ceiling"))


@cache
def _qualifier() -> re.Pattern[str]:
    """A qualifier just before an amount: "up to", "more than"."""
    return re.compile(rf"(?P<qualifier>{_words('ceiling')}|{_words('qualifier')})\s+$", re.IGNORECASE)


@cache
def _rate() -> re.Pattern[str]:
    """A rate just after an amount: "per violation", "for each day"."""
    return re.compile(
        rf"^\s*(?P<rate>(?:{_words('rate_lead')})\s+(?:{_words('rate_unit')}))\b", re.IGNORECASE
    )


@cache
def _payer_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Who pays: "the regulator fined X", "X agreed to pay ...", "... a fine on X"."""
    name = r"[A-Z][\w&.'’-]*"
    before = re.compile(
        rf"(?P<payer>{name}(?:\s+{name}){{0,3}})(?:'s?|’s?)?\s+(?:(?:{_words('payer_auxiliary')})\s+)?"
        rf"(?:{_words('payer_verb')})\b[^.]{{0,60}}$"
    )
    after = re.compile(
        rf"^[^.]{{0,40}}?\b(?:{_words('payer_after')})\s+(?P<payer>{name}(?:\s+{name}){{0,2}})"
    )
    fined = re.compile(rf"\b(?:{_words('fined')})\s+(?P<payer>{name}(?:\s+{name}){{0,2}})\s+$")
    return fined, before, after


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue found in a unit's text."""

    start: int
    end: int
    cue: Cue


def find_cues(text: str, moneys: list[Money]) -> list[CueHit]:
    """Every cue near the amounts of a unit's text, in order; cues inside an amount do not count.

    Only the text near amounts is scanned. A cue inside another money expression ("turnover" in
    "4% of global turnover") says nothing about its neighbours.
    """
    every = cues()
    hits: list[CueHit] = []
    for start, end in _scan_windows(text, moneys):
        for match in _all_cues().finditer(text, start, end):
            if match.lastgroup and not _inside_money(match.start(), moneys):
                hits.append(CueHit(match.start(), match.end(), every[int(match.lastgroup[1:].split("x")[0])]))
    return hits


def _scan_windows(text: str, moneys: list[Money]) -> list[tuple[int, int]]:
    """The stretches around amounts to scan for cues, merged, widened to whole words at both ends."""
    windows: list[tuple[int, int]] = []
    reach = CUE_WINDOW + 40
    for money in moneys:
        start, end = max(0, money.start - reach), min(len(text), money.end + reach)
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def _inside_money(position: int, moneys: list[Money]) -> bool:
    """Whether a position falls inside one of the amounts."""
    starts = [money.start for money in moneys]
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < moneys[index].end


def _in_window(hits: list[CueHit], window: tuple[int, int]) -> list[CueHit]:
    starts = [hit.start for hit in hits]
    return hits[bisect.bisect_left(starts, window[0]) : bisect.bisect_left(starts, window[1])]


def _nearest_cue(hits: list[CueHit], money: Money, window: tuple[int, int]) -> tuple[int, Cue] | None:
    """The cue nearest the amount in its window, with its distance."""
    best: tuple[int, Cue] | None = None
    for hit in _in_window(hits, window):
        if hit.end > window[1] or (hit.start < money.end and hit.end > money.start):
            continue
        distance = money.start - hit.end if hit.end <= money.start else hit.start - money.end
        if best is None or distance < best[0]:
            best = (distance, hit.cue)
    return best


def _types_in(hits: list[CueHit], window: tuple[int, int]) -> list[tuple[int, PenaltyType]]:
    """Every penalty type a cue in the window names, with where it stands."""
    return [(hit.start, hit.cue.penalty_type) for hit in _in_window(hits, window) if hit.cue.penalty_type]


def _head_cue(text: str, hits: list[CueHit], money: Money) -> Cue | None:
    """A cue the amount directly modifies ("a $25 million fine", "a $320 million termination fee")."""
    for hit in hits:
        if hit.start >= money.end:
            gap = text[money.end : hit.start]
            words = gap.lower().split()
            if (
                hit.start - money.end <= HEAD_NOUN_REACH
                and _WORDS_ONLY.fullmatch(gap)
                and not _links() & set(words)
            ):
                return hit.cue
            return None
    return None


def _deciding_cue(
    text: str, hits: list[CueHit], money: Money, window: tuple[int, int], previous: tuple[int, int] | None
) -> Cue | None:
    """The cue that says what an amount is: the noun it modifies, else the nearest in its sentence,
    else the nearest in the sentence before."""
    head = _head_cue(text, hits, money)
    if head is not None:
        return head
    nearest = _nearest_cue(hits, money, window)
    if nearest is not None:
        return nearest[1]
    if previous is not None:
        # Without a word of its own, an amount belongs to what the sentence before was about.
        before = _in_window(hits, previous)
        penalty = next((hit.cue for hit in reversed(before) if hit.cue.penalty_type), None)
        return penalty or (before[-1].cue if before else None)
    return None


def _may_repeat(text: str, hits: list[CueHit], money: Money) -> bool:
    """Whether an amount a nearby word calls something else may still repeat a penalty named elsewhere.

    Its own noun ("a $30M deal") settles it; otherwise a large amount equal to a penalty named
    elsewhere in the article is that penalty again, whatever else the sentence mentions.
    """
    head = _head_cue(text, hits, money)
    return head is None and money.amount is not None and money.amount >= REPEAT_MIN_AMOUNT


def _closest(findings: list[Finding], money: Money) -> Finding:
    """The finding nearest an amount."""
    return min(findings, key=lambda finding: abs(finding.start - money.start))


def _payer(text: str, money: Money, sentence: tuple[int, int]) -> str | None:
    """The party that pays, where the sentence names it."""
    found = _payer_in(text, money, sentence)
    return found.rstrip(".,;:'’") if found else None


def _payer_in(text: str, money: Money, sentence: tuple[int, int]) -> str | None:
    before = text[sentence[0] : money.start]
    fined, payer_before, payer_after = _payer_patterns()
    for pattern in (fined, payer_before):
        match = pattern.search(before)
        if match:
            return match.group("payer")
    after = payer_after.match(text[money.end : sentence[1]])
    return after.group("payer") if after else None


class PenaltyDetector:
    """Finds penalties and normalises them to amount and currency."""

    name = "penalties"

    def _classify(
        self,
        unit: Unit,
        money: Money,
        sentence: tuple[int, int],
        hits: list[CueHit],
        previous: tuple[int, int] | None = None,
    ) -> Finding | None:
        """A finding for one amount when its nearest cue says penalty; None otherwise."""
        text = unit.text
        window = (max(sentence[0], money.start - CUE_WINDOW), min(sentence[1], money.end + CUE_WINDOW))
        cue = _deciding_cue(text, hits, money, window, previous)
        if cue is None or cue.penalty_type is None:
            return None
        qualifier = _qualifier().search(text[max(0, money.start - 20) : money.start])
        rate = _rate().match(text[money.end : money.end + 40])
        penalty_type = _specific_type(hits, window, money, cue.penalty_type, qualifier, rate)
        authority = _authorities().search(text, sentence[0], sentence[1])
        return Finding(
            kind="penalty",
            unit_id=unit.id,
            start=money.start,
            end=money.end,
            text=text[money.start : money.end],
            detector=self.name,
            amount=money.amount,
            currency=money.currency,
            percent=money.percent,
            qualifier=qualifier.group("qualifier").lower() if qualifier else None,
            rate=rate.group("rate").lower() if rate else None,
            penalty_type=penalty_type,
            payer=_payer(text, money, sentence),
            authority=authority.group() if authority else None,
        )

    def _unit_findings(self, unit: Unit, moneys: list[Money]) -> tuple[list[Finding], list[Money]]:
        """Penalties in one unit, and the amounts that may still repeat a penalty named elsewhere."""
        bounds = sentence_bounds(unit.text)
        findings: list[Finding] = []
        undecided: list[Money] = []
        unexplained: list[Money] = []
        moneys = [money for money in moneys if not money.bare]
        hits = find_cues(unit.text, moneys) if moneys else []
        for money in moneys:
            at = sentence_at(bounds, money.start)
            sentence, previous = bounds[at], (bounds[at - 1] if at else None)
            if money.conversion_of is not None:
                origin = next((f for f in findings if f.start == moneys[money.conversion_of].start), None)
                if origin is not None:
                    findings.append(_echo(unit, money, origin, self.name, conversion=True))
                continue
            finding = self._classify(unit, money, sentence, hits, previous)
            if finding is not None:
                findings.append(finding)
            elif money.amount is not None and not money.from_context:
                if _deciding_cue(unit.text, hits, money, sentence, previous) is None:
                    unexplained.append(money)
                elif _may_repeat(unit.text, hits, money):
                    undecided.append(money)
        # In a paragraph about a penalty, an amount nothing else explains is part of it.
        if findings and unexplained:
            findings.extend(
                _echo(unit, money, _closest(findings, money), self.name, conversion=False)
                for money in unexplained
            )
            unexplained = []
        return findings, undecided + unexplained

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        """Every penalty in the units; an amount with no cue counts when it repeats a known penalty."""
        findings: list[Finding] = []
        undecided: list[tuple[Unit, Money]] = []
        settled = settle_currencies(units, [find_money(unit.text) for unit in units])
        for unit, moneys in zip(units, settled, strict=True):
            found, left = self._unit_findings(unit, moneys)
            findings.extend(found)
            undecided.extend((unit, money) for money in left)
        known: dict[tuple[float | None, str | None], Finding] = {
            (f.amount, f.currency): f for f in findings if f.amount is not None and f.conversion_of is None
        }
        for unit, money in undecided:
            same = known.get((money.amount, money.currency))
            if same is not None:
                findings.append(_echo(unit, money, same, self.name, conversion=False))
        return findings


def _specific_type(
    hits: list[CueHit],
    window: tuple[int, int],
    money: Money,
    nearest: PenaltyType,
    qualifier: re.Match[str] | None,
    rate: re.Match[str] | None,
) -> PenaltyType:
    """The most telling type in the window: a civil penalty over a plain fine, a maximum over both."""
    if (
        qualifier
        and qualifier.group("qualifier").lower() in _ceilings()
        and (rate or any(kind == "statutory_maximum" for _, kind in _types_in(hits, window)))
    ):
        return "statutory_maximum"
    specific: list[PenaltyType] = ["civil_penalty", "proposed_fine", "disgorgement", "damages"]
    near = sorted(_types_in(hits, window), key=lambda item: abs(item[0] - money.start))
    for _position, kind in near:
        if kind in specific:
            return kind
    return nearest


def _echo(unit: Unit, money: Money, origin: Finding, detector: str, *, conversion: bool) -> Finding:
    """A mention that repeats a known penalty: a bracketed conversion of it, or a later bare "the $30M".

    It keeps its own amount and currency and takes what the sentence said of the origin.
    """
    return Finding(
        kind="penalty",
        unit_id=unit.id,
        start=money.start,
        end=money.end,
        text=unit.text[money.start : money.end],
        detector=detector,
        amount=money.amount,
        currency=money.currency,
        penalty_type=origin.penalty_type,
        conversion_of=penalty_key(origin.unit_id, origin.start) if conversion else None,
        qualifier=origin.qualifier if conversion else None,
        rate=origin.rate if conversion else None,
        payer=origin.payer,
        authority=origin.authority,
    )
