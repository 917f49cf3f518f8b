"""Penalties: amounts of money, and shares of turnover, that the text says are a fine, settlement,
refund, damages or a law's maximum."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from annotations.detectors import penalty_fields as fields
from annotations.detectors import penalty_for_wrong
from annotations.detectors.base import Unit, sentence_at, sentence_bounds
from annotations.detectors.currency_context import settle_currencies
from annotations.detectors.money import Money, find_money
from annotations.detectors.money_cut_off import cut_off_completion
from annotations.detectors.money_table import table_money
from annotations.detectors.ordered_scan import ordered_scan
from annotations.detectors.penalty_cues import (
    CUE_WINDOW,
    Cue,
    CueHit,
    CueIndex,
    Decision,
    find_cues,
    in_window,
    last_cue,
    phrases,
)
from annotations.model import Finding, PenaltyType, penalty_key

# An amount at least this large that equals a penalty named elsewhere is that penalty again ("the $30M").
REPEAT_MIN_AMOUNT = 100
# How many units back a list item or table row with no word of its own looks for what it is about.
LOOKBACK_UNITS = 6
PROSE_LOOKBACK_UNITS = 2
# A list item ("1.", "•", "(a)") or a table row ("|" between cells).
# A marker may touch its item's first word, as pages pasted from slides write them: "-Fiduciary Up to ₹150 Crores".
# A table pasted as text numbers its rows with a bare number before the row's label: "3 Willful Neglect $11,410".
_LIST_OR_ROW = re.compile(
    r"^\s*(?:(?:\d{1,2}[.)]|[•\-–*·‣▪]|\(?[a-z]\))\s|[•\-–·‣▪](?=[A-Z][a-z])|\d{1,2}\s(?=[A-Z][a-z]))|\|"
)
# Decisions made by the words of an amount's own sentence.
_OWN_SENTENCE = ("head", "near", "sentence")


@dataclass
class _UnitState:
    """One unit while it is being read: its text, amounts, cues and what was decided."""

    unit: Unit
    moneys: list[Money]
    cues: CueIndex
    bounds: list[tuple[int, int]]
    findings: dict[int, Finding] = field(default_factory=dict)  # by index into moneys
    unexplained: list[int] = field(default_factory=list)  # amounts no word near them explains
    undecided: list[int] = field(default_factory=list)  # may still repeat a known penalty
    # The decisions of undecided amounts not yet read for a spending word before them (_spent): read only
    # for an amount that equals a known penalty, the one place where it matters.
    unchecked: dict[int, Decision] = field(default_factory=dict)
    own_noun: set[int] = field(default_factory=set)  # amounts whose own noun says they are no penalty
    authorities: dict[tuple[int, int], str | None] = field(default_factory=dict)  # by sentence

    def authority(self, sentence: tuple[int, int]) -> str | None:
        """The authority a sentence names, read once however many amounts the sentence holds."""
        if sentence not in self.authorities:
            self.authorities[sentence] = fields.authority(self.unit.text, sentence)
        return self.authorities[sentence]


def _business_size(state: _UnitState, index: int, sentence: tuple[int, int]) -> bool:
    """Whether the amount is a business's size ("a firm with $1 billion"), not what a penalty verb
    ending just before it governs ("hit the larger firm with KRW 740 million")."""
    text, money = state.unit.text, state.moneys[index]
    if not fields.after_threshold(text, money, fields.size_scope(text, state.moneys, index, sentence)):
        return False
    return not any(
        hit.cue.penalty_type is not None and not text[hit.end : money.start].strip()
        for hit in in_window(state.cues.hits, (sentence[0], money.start))
    )


class PenaltyDetector:
    """Finds penalties and normalises them to amount and currency."""

    name = "penalties"

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        """Every penalty in the units, in reading order of the units; and one the end of the text cut off."""
        found = self._detect(units)
        return found + self._cut_off(units, found) if units else found

    def _cut_off(self, units: tuple[Unit, ...], found: list[Finding]) -> list[Finding]:
        """A penalty whose last word the end of the text cut off ("на 4 млн рубле"): read with the word finished,
        with the units a list item may look back to, its span stopping where the text does."""
        last = units[-1]
        completed = cut_off_completion(last.text)
        if completed is None:
            return []
        end = len(last.text)
        if any(f.unit_id == last.id and f.end >= end for f in found):
            return []
        tail = (*units[-1 - LOOKBACK_UNITS : -1], replace(last, text=completed))
        return [
            replace(finding, end=end, text=last.text[finding.start : end])
            for finding in self._detect(tail)
            if finding.unit_id == last.id and finding.start < end - 1 < finding.end - 1
        ]

    def _detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        """Every penalty in the units, in reading order of the units."""
        settled = settle_currencies(units, [table_money(unit.text, find_money(unit.text)) for unit in units])
        states = [
            self._read_unit(unit, [m for m in moneys if not m.bare])
            for unit, moneys in zip(units, settled, strict=True)
        ]
        for index, state in enumerate(states):
            if state.unexplained and not state.findings:
                self._look_back(states, index)
        self._repeats(states)
        for state in states:
            self._conversions(state)
        return [finding for state in states for _, finding in sorted(state.findings.items())]

    def _read_unit(self, unit: Unit, moneys: list[Money]) -> _UnitState:
        """Decide every amount of one unit, then join its parts and explain the rest by their neighbours."""
        # Sentences and cues are read only around amounts: a unit without any needs neither.
        bounds = sentence_bounds(unit.text) if moneys else []
        state = _UnitState(unit, moneys, CueIndex(unit.text, moneys, bounds), bounds)
        for index, money in enumerate(moneys):
            if money.conversion_of is not None:
                origin = state.findings.get(money.conversion_of)
                if origin is not None:
                    state.findings[index] = _echo(unit, money, origin, self.name, conversion=True)
                continue
            self._decide(state, index)
        self._join_parts(state)
        if state.findings and state.unexplained:
            # In a paragraph about a penalty, an amount nothing else explains is part of it.
            for index in state.unexplained:
                state.findings[index] = _echo(
                    unit, moneys[index], _closest(state, index), self.name, conversion=False
                )
            state.unexplained = []
        return state

    def _decide(self, state: _UnitState, index: int) -> None:
        """Record what one amount is: a penalty, something else, or not yet known."""
        money = state.moneys[index]
        at = sentence_at(state.bounds, money.start)
        sentence = state.bounds[at]
        decision = penalty_for_wrong.settle(state.cues, money, state.bounds, at)
        if money.from_context and decision.how not in _OWN_SENTENCE:
            # An amount written without a currency is money only where its own sentence says so, or where it adds
            # to what the text before it was about ("fined €5 million. It must pay a further 2 million").
            if (_adds(state.unit.text, money) or _leads_item(state.unit, money)) and (
                decision.cue is None or decision.cue.penalty_type is not None
            ):
                state.unexplained.append(index)
            else:
                state.own_noun.add(index)
            return
        found = self._finding(state, money, sentence, decision)
        if found is not None and not _business_size(state, index, sentence):
            state.findings[index] = found
        elif found is not None or decision.how == "head" or _sought(decision):
            state.own_noun.add(index)
        elif decision.cue is None:
            state.unexplained.append(index)
        elif money.amount is not None and not money.from_context:
            state.undecided.append(index)
            state.unchecked[index] = decision

    def _finding(
        self, state: _UnitState, money: Money, sentence: tuple[int, int], decision: Decision
    ) -> Finding | None:
        """A finding for one amount when the text says it is a penalty; None otherwise."""
        text = state.unit.text
        qualifier = fields.qualifier(text, money)
        rate = fields.rate(text, money)
        penalty_type = _penalty_type(decision, money, qualifier, rate, text)
        if penalty_type is None:
            return None
        return self._build(state, money, sentence, state.cues.hits, penalty_type, qualifier, rate)

    def _build(
        self,
        state: _UnitState,
        money: Money,
        sentence: tuple[int, int],
        hits: list[CueHit],
        penalty_type: PenaltyType,
        qualifier: str | None,
        rate: str | None,
    ) -> Finding:
        """The finding for an amount known to be a penalty, with what its sentence says of it."""
        unit, text = state.unit, state.unit.text
        window = (max(sentence[0], money.start - CUE_WINDOW), min(sentence[1], money.end + CUE_WINDOW))
        ceiling = fields.is_ceiling(qualifier)
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
            qualifier=qualifier,
            rate=rate,
            penalty_type=fields.specific_type(hits, window, money, penalty_type, ceiling, rate),
            payer=fields.payer(text, money, sentence),
            authority=state.authority(sentence),
        )

    def _look_back(self, states: list[_UnitState], index: int) -> None:
        """A list item or table row with no word of its own is about what the text before it was about."""
        state = states[index]
        # A list item or table row may sit far below its lead-in; any other paragraph or comment
        # takes only what the text right before it ended on (past a comment's header line).
        # The text parser strips a list item's marker ("- ", "1."), so its block kind says it is one too.
        listed = (
            state.unit.block_kind == "list_item"
            or _LIST_OR_ROW.search(state.unit.text) is not None
            or _amounts_only(state)
            or _semicolon_item(states, index)
        )
        reach = LOOKBACK_UNITS if listed else PROSE_LOOKBACK_UNITS
        cue = _cue_before(states, index, reach)
        penalty_type = cue.penalty_type if cue is not None else None
        if penalty_type is None and listed:
            penalty_type = _sibling_penalty(states, index) or _row_above(states, index, reach)
        if penalty_type is None:
            return
        for position in state.unexplained:
            money = state.moneys[position]
            sentence = state.bounds[sentence_at(state.bounds, money.start)]
            qualifier, rate = fields.qualifier(state.unit.text, money), fields.rate(state.unit.text, money)
            state.findings[position] = self._build(state, money, sentence, [], penalty_type, qualifier, rate)
        self._join_parts(state)
        state.unexplained = []

    def _join_parts(self, state: _UnitState) -> None:
        """Amounts joined to a penalty by "or", "and", a comma or a table bar are part of the same statement."""
        order = [i for i, money in enumerate(state.moneys) if money.conversion_of is None]
        for sweep in (order, order[::-1]):
            for position, (previous, current) in enumerate(pairwise(sweep)):
                origin = state.findings.get(previous)
                if origin is None and position and sweep is order and self._is_threshold(state, previous):
                    # "10% of turnover for firms with turnover above S$10 million, or S$1 million": the
                    # amount after the size joins the penalty the size qualifies.
                    origin = state.findings.get(sweep[position - 1])
                if (
                    origin is None
                    or origin.penalty_type is None
                    or current in state.findings
                    or current in state.own_noun
                ):
                    continue
                money = state.moneys[current]
                left, right = sorted((state.moneys[previous], money), key=lambda m: m.start)
                if fields.joined(state.unit.text, left, right) and not self._is_threshold(state, current):
                    sentence = state.bounds[sentence_at(state.bounds, money.start)]
                    qualifier, rate = (
                        fields.qualifier(state.unit.text, money),
                        fields.rate(state.unit.text, money),
                    )
                    state.findings[current] = self._build(
                        state, money, sentence, state.cues.hits, origin.penalty_type, qualifier, rate
                    )
                    _drop(state, current)

    @staticmethod
    def _is_threshold(state: _UnitState, index: int) -> bool:
        """Whether an amount of the unit is a business's size a law tests, not a penalty."""
        money = state.moneys[index]
        sentence = state.bounds[sentence_at(state.bounds, money.start)]
        return fields.after_threshold(
            state.unit.text, money, fields.size_scope(state.unit.text, state.moneys, index, sentence)
        )

    def _conversions(self, state: _UnitState) -> None:
        """A bracketed conversion of an amount found a penalty only after its unit was read is one too."""
        for index, money in enumerate(state.moneys):
            origin = state.findings.get(money.conversion_of) if money.conversion_of is not None else None
            if origin is not None and index not in state.findings:
                state.findings[index] = _echo(state.unit, money, origin, self.name, conversion=True)

    def _repeats(self, states: list[_UnitState]) -> None:
        """An amount nothing decided, equal to a penalty named elsewhere, is that penalty again."""
        known: dict[tuple[float | None, str | None], Finding] = {
            (f.amount, f.currency): f
            for state in states
            for f in state.findings.values()
            if f.amount is not None and f.conversion_of is None
        }
        for state in states:
            for position in state.undecided + state.unexplained:
                money = state.moneys[position]
                same = known.get((money.amount, money.currency))
                if (
                    same is not None
                    and (money.amount or 0) >= REPEAT_MIN_AMOUNT
                    and not _spent_on(state, position)
                ):
                    state.findings[position] = _echo(state.unit, money, same, self.name, conversion=False)


# Nothing but a list marker before an item's first amount: "- 5 millones a Enérgya-VM por ...".
_ITEM_LEAD = re.compile(r"\s*(?:[•\-–*·‣▪]|\d{1,2}[.)]|\(?[a-z]\))?\s*")


def _leads_item(unit: Unit, money: Money) -> bool:
    """Whether the amount opens a list item: an item that names no currency lists more of what its lead-in
    was about ("sanciones como:" then "- 5 millones a Enérgya-VM ..."), as a list item with no word of its own."""
    if unit.block_kind != "list_item" and not _LIST_OR_ROW.match(unit.text):
        return False
    return _ITEM_LEAD.fullmatch(unit.text, 0, money.start) is not None


# How far before an amount an adding word (penalties.toml) may end: "a further 2 million", "another roughly 2m".
ADDING_REACH = 30


@cache
def _adding_before() -> re.Pattern[str]:
    """An adding word ending just before an amount, maybe a qualifier between: "a further 2 million"."""
    words = sorted(phrases("adding"), key=len, reverse=True)
    qualifiers = sorted(phrases("copula_qualifier"), key=len, reverse=True)
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})\s+"
        rf"(?:(?:{'|'.join(re.escape(w) for w in qualifiers)})\s+)?$",
        re.IGNORECASE,
    )


def _adds(text: str, money: Money) -> bool:
    """Whether an adding word stands right before the amount ("a further 2 million")."""
    return _adding_before().search(text[max(0, money.start - ADDING_REACH) : money.start]) is not None


@cache
def _right_before() -> re.Pattern[str]:
    """What may stand between a not-penalty verb and its amount: "spent £550,000", "had spent about
    £550,000" (a copula's qualifier of penalties.toml), "spent another £2m"."""
    words = sorted((*phrases("copula_qualifier"), *phrases("adding")), key=len, reverse=True)
    alternation = "|".join(re.escape(word).replace("\\ ", r"\s+") for word in words)
    return re.compile(rf"\s+(?:(?:{alternation})\s+)?")


SPENT_REACH = 40


def _spent(text: str, money: Money, decision: Decision) -> bool:
    """Whether a not-penalty word stands right before the amount ("had already spent £550,000 on a new
    platform"): spending equal to an earlier fine is not that fine again."""
    cue = decision.cue
    if cue is None or cue.penalty_type is not None or cue.sought or cue.costs or cue.offence:
        return False
    scan = ordered_scan(cue.pattern, cue.source)
    for match in scan.finditer(text, max(0, money.start - SPENT_REACH), money.start):
        if _right_before().fullmatch(text, match.end(), money.start):
            return True
    return False


def _spent_on(state: _UnitState, index: int) -> bool:
    """Whether an undecided amount of the unit is spending (_spent), read from the decision kept for it."""
    decision = state.unchecked.get(index)
    return decision is not None and _spent(state.unit.text, state.moneys[index], decision)


def _sought(decision: Decision) -> bool:
    return decision.cue is not None and decision.cue.sought


def _penalty_type(
    decision: Decision, money: Money, qualifier: str | None, rate: str | None, text: str
) -> PenaltyType | None:
    """The penalty type the deciding cue, the amount's qualifier and its rate give; None for no penalty."""
    cue: Cue | None = decision.cue
    if money.percent is not None:
        if fields.is_ratio(text, money):
            return None
        if fields.is_ceiling(qualifier) and not (decision.how == "head" and cue and cue.penalty_type is None):
            return cue.penalty_type if cue and cue.penalty_type else "statutory_maximum"
    if cue is not None and cue.penalty_type is not None:
        return cue.penalty_type
    if fields.is_statutory_rate(rate) and decision.how != "head" and not (cue and cue.sought):
        # "R$50 million per infraction": what a law sets per breach is a penalty, whatever else is near.
        return "statutory_maximum"
    return None


def _drop(state: _UnitState, index: int) -> None:
    """Forget that an amount was unexplained or undecided: it is now a finding."""
    state.unexplained = [i for i in state.unexplained if i != index]
    state.undecided = [i for i in state.undecided if i != index]


def _cue_before(states: list[_UnitState], index: int, reach: int) -> Cue | None:
    """The last cue of the nearest unit before this one that has a cue, `reach` units back at most."""
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        text = states[back].unit.text
        hits = find_cues(text, [], 0, len(text))
        found = last_cue(hits, (0, len(text)))
        if found is not None:
            return found
    return None


def _semicolon_item(states: list[_UnitState], index: int) -> bool:
    """An item of a list pasted without its markers, ending with a semicolon as such items do: "Суд назначил
    компаниям штрафы:" then "Spotify AB (500 тыс. рублей);" a line each. The last item, ended by a full stop, is
    not told from a paragraph after a list and stays with its two units of reach."""
    return states[index].unit.text.rstrip().endswith(";")


# A word: what a row holding nothing but amounts has none of outside them.
_WORD = re.compile(r"[^\W\d_]")


def _amounts_only(state: _UnitState) -> bool:
    """Whether the unit holds nothing but its amounts, as a table row pasted as text does ("$7,500 $80,000" under a
    row label on the line before): a row, which may sit far below its lead-in."""
    text, cursor = state.unit.text, 0
    for money in state.moneys:
        if _WORD.search(text, cursor, money.start):
            return False
        cursor = money.end
    return bool(state.moneys) and not _WORD.search(text, cursor)


def _sibling_penalty(states: list[_UnitState], index: int) -> PenaltyType | None:
    """The kind of penalty the list item or row right before this one states, if it states one.

    Items of one list share their lead-in: when the item before was read as a penalty ("the greater
    of £8.7m or 2% of turnover"), the next item of the same shape is one too, even though its own
    words ("turnover") end the look back before it reaches the lead-in.
    """
    if index == 0:
        return None
    previous = states[index - 1]
    if previous.unit.block_kind != "list_item" and not _LIST_OR_ROW.search(previous.unit.text):
        return None
    types = [finding.penalty_type for _, finding in sorted(previous.findings.items())]
    return next((kind for kind in reversed(types) if kind is not None), None)


def _row_above(states: list[_UnitState], index: int, reach: int) -> PenaltyType | None:
    """The kind of penalty of the nearest row of amounts only above a row of amounts only, `reach` units back at
    most: the rows of one table pasted as text, each under its own label line ("Tier 2—", "A Violation Involving
    Fraud"), share the header's lead-in that only the first row reaches."""
    if not _amounts_only(states[index]):
        return None
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        above = states[back]
        if _amounts_only(above):
            types = [finding.penalty_type for _, finding in sorted(above.findings.items())]
            return next((kind for kind in types if kind is not None), None)
    return None


def _closest(state: _UnitState, index: int) -> Finding:
    """The finding nearest an amount in its unit."""
    start = state.moneys[index].start
    return min(state.findings.values(), key=lambda finding: abs(finding.start - start))


def _echo(unit: Unit, money: Money, origin: Finding, detector: str, *, conversion: bool) -> Finding:
    """A mention that repeats or belongs to a known penalty: a bracketed conversion, a later "the $30M",
    a part of the same statement. It keeps its own amount and currency and takes what was said of the origin.
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
        percent=money.percent,
        penalty_type=origin.penalty_type,
        conversion_of=penalty_key(origin.unit_id, origin.start) if conversion else None,
        qualifier=origin.qualifier if conversion else None,
        rate=origin.rate if conversion else None,
        payer=origin.payer,
        authority=origin.authority,
    )
