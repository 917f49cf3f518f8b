"""decide(): which cue says what an amount is, read from the amount outwards (its head noun, the verb
that governs it, the sentence's subject, the nearest cue, then farther), and where that cue was found."""

from __future__ import annotations

import re

from annotations.detectors.money import Money
from annotations.detectors.penalty_cues import (
    CUE_WINDOW,
    SCAN_REACH,
    Cue,
    CueHit,
    CueIndex,
    Decision,
    head_cue,
    in_window,
    last_cue,
    nearest_cue,
    nearest_hit,
    object_cue,
    space_before,
    subject_cue,
    taker_cue,
)
from annotations.detectors.penalty_fields import threshold_pattern

# How far before a later amount the size test it completes may start: "a turnover of more than".
SIZE_REACH = 80
# What ends a clause between a verb of asking and the amount.
_CLAUSE_BREAK = re.compile(r"[,;:]")


# What may stand between a cue after an amount and the later amount it speaks of: "lost [about] $40 million".
_OWN_AMOUNT_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}")


def _speaks_of_later(index: CueIndex, hit: CueHit, money: Money) -> bool:
    """Whether a cue after the amount is followed by an amount of its own ("fined the firm $2 million as investors
    lost $40 million"): it says what that later amount is, not this one."""
    if hit.start < money.end:
        return False
    later = index.moneys_within(hit.end - 1, hit.end + 24)
    return bool(later) and _OWN_AMOUNT_GAP.fullmatch(index.text, hit.end, later[0].start) is not None


def _nearest_not_a_size(index: CueIndex, money: Money, window: tuple[int, int]) -> Cue | None:
    """The nearest cue in the window that is no word of a size test a later amount completes
    (_without_later_sizes). Those tests are read only when the nearest hit of all stands where one could
    be: leaving out hits other than the nearest leaves it the nearest, and the first found at its distance.
    A nearest word of no penalty after the amount that speaks of a later amount of its own ("as investors lost $40
    million") gives way to a penalty's cue before the amount; a penalty's cue is never set aside so."""
    hit = nearest_hit(index.hits, money, window)
    if hit is None:
        return None
    if hit.cue.penalty_type is None and _speaks_of_later(index, hit, money):
        before = nearest_hit(index.hits, money, (window[0], money.start))
        if before is not None and before.cue.penalty_type is not None:
            hit = before
    if not any(
        max(money.end, other.start - SIZE_REACH) <= hit.start < other.start
        for other in index.moneys_within(money.end, window[1])
    ):
        return hit.cue
    return nearest_cue(_without_later_sizes(index, index.hits, money, window), money, window)


def _without_later_sizes(
    index: CueIndex, hits: list[CueHit], money: Money, window: tuple[int, int]
) -> list[CueHit]:
    """The hits less the words of a size test a later amount completes: in "the maximum penalty is 10% of
    annual turnover for firms with a turnover above S$10 million", that "turnover" is the firm's size,
    said of S$10 million, not what 10% is."""
    if not in_window(hits, (money.end, window[1])):
        return hits  # no word after the amount that a size test could take away
    sizes = []
    # Only the amounts after this one inside the window: a 10,000-character run of "$1 $1 …" compared each of
    # its 3,000 amounts with every other (9 million comparisons, 1.1 s per unit).
    for other in index.moneys_within(money.end, window[1]):
        if space_before(index.text, other.start):
            floor = max(money.end, other.start - SIZE_REACH)
            test = next(
                (
                    m
                    for m in threshold_pattern().finditer(index.text, floor, other.start)
                    if m.end() == other.start
                ),
                None,
            )
            if test is not None:
                sizes.append((test.start(), other.start))
    if not sizes:
        return hits
    return [hit for hit in hits if not any(low <= hit.start < high for low, high in sizes)]


# What a claimant may only ask for: damages, and compensation or a refund ("is seeking £10,000 in compensation").
_ASKED_FOR = ("damages", "refund")
# A refund word before the amount asks for it only right before it: "claimed compensation of €5,000".
_ASKED_GAP = 8


def decide(index: CueIndex, money: Money, bounds: list[tuple[int, int]], at: int) -> Decision:
    """The cue that says what an amount is, and where it was found; damages only asked for are sought."""
    decision = _decide(index, money, bounds, at)
    cue = decision.cue
    if cue is None or cue.penalty_type not in _ASKED_FOR:
        return decision
    # "had sought Shs200 million in general damages", "reclaman una indemnización de 5 millones": a verb
    # of asking before the amount, with no cue between them but the damages word itself, says the
    # damages are only claimed. "Plaintiffs sought damages; the court awarded $5,000" keeps its award.
    before = in_window(index.hits, (bounds[at][0], money.start))
    # The damages or refund word before the amount may be another entry than the one that decided: "pediu
    # indenização de R$ 50 mil por danos morais", "sought compensation of $50,000 in damages".
    if before and before[-1].cue.penalty_type in _ASKED_FOR:
        if before[-1].cue.penalty_type == "refund" and money.start - before[-1].end > _ASKED_GAP:
            # "Users claiming refunds can get up to $50 each": what they get is the settlement's.
            return decision
        before = before[:-1]  # the damages word that decided, before the amount
    # The verb asks for these damages only in the same clause: "sought an injunction, and the court ordered
    # damages of $5,000" asked for something else.
    if before and before[-1].cue.sought and not _CLAUSE_BREAK.search(index.text, before[-1].end, money.start):
        return Decision(before[-1].cue, decision.how)
    return decision


def _decide(index: CueIndex, money: Money, bounds: list[tuple[int, int]], at: int) -> Decision:
    """The cue that says what an amount is, and where it was found."""
    text, hits = index.text, index.hits
    taker = taker_cue(text, hits, money)
    if taker is not None:
        return Decision(taker, "head")
    head = head_cue(text, hits, money)
    if head is not None:
        return Decision(head, "head")
    sentence = bounds[at]
    governed = object_cue(text, hits, money, sentence)
    if governed is not None:
        return Decision(governed, "object")
    subject = subject_cue(text, hits, money, sentence)
    if subject is not None:
        return Decision(subject, "subject")
    window = (max(sentence[0], money.start - CUE_WINDOW), min(sentence[1], money.end + CUE_WINDOW))
    found = _nearest_not_a_size(index, money, window)
    if found is not None:
        return Decision(found, "near")
    # Nothing near: read farther, the whole sentence and the text before it.
    index.cover(max(sentence[0], money.start - SCAN_REACH), min(sentence[1], money.end + SCAN_REACH))
    index.cover(money.start - SCAN_REACH, money.start)
    hits = index.hits
    found = nearest_cue(hits, money, sentence)
    if found is not None:
        return Decision(found, "sentence")
    if at:
        # Without a word of its own, an amount belongs to what the sentence before was about.
        found = last_cue(hits, bounds[at - 1])
        if found is not None:
            return Decision(found, "previous")
        found = last_cue(hits, (max(0, money.start - SCAN_REACH), bounds[at - 1][0]))
        if found is not None:
            return Decision(found, "paragraph")
    return Decision(None, "none")
