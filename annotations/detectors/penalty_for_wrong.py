"""An amount for a wrong with no fine word: "£20m for data breach", "R5 million for failing to comply".

The cue (penalties.toml fine-for-offence, flagged `own_amount`) speaks only for the amount written
right before it, and not in a sentence of spending, budgets or awards: "The city approved $10 million
for leaking water mains and another $2 million for parks" gives no penalty.
"""

from __future__ import annotations

import copy
import re
from functools import cache

from annotations.detectors import penalty_offence
from annotations.detectors.money import Money
from annotations.detectors.penalty_cues import Cue, CueIndex, Decision, phrases

# At most this much text, words only, between an amount and the cue that speaks for it.
_OWN_REACH = 25
_WORDS_ONLY = re.compile(r"[\s\w'’-]*")
# At most this much text between a claim's verb and the amount it asks for (searched for a clause break: bounded).
_ASKED_REACH = 80


@cache
def _spending() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(phrase) for phrase in phrases("spending"))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


@cache
def _spending_cue() -> Cue:
    """The no-penalty cue of an amount whose wrong a spending word's sentence gives it to no fine."""
    pattern = _spending()
    return Cue(pattern, None, pattern.pattern)


def settle(index: CueIndex, money: Money, bounds: list[tuple[int, int]], at: int) -> Decision:
    """What an amount is, an amount-for-a-wrong cue read only where it speaks for this amount."""
    decision = penalty_offence.settle(index, money, bounds, at)
    if decision.cue is None or not decision.cue.own_amount:
        return decision
    sentence = bounds[at]
    # Damages only asked for before the amount in its sentence give it to no wrong either ("reclaman 500 euros
    # por la filtración": the customers' claim, not a fine).
    spending = _spending().search(index.text, sentence[0], sentence[1]) is not None or any(
        hit.cue.sought
        and sentence[0] <= hit.start < money.start
        and _same_clause(index.text, hit.end, money.start)
        for hit in index.hits
    )
    own = [hit for hit in index.hits if hit.cue.own_amount and _right_after(index.text, money, hit.start)]
    kept = [hit for hit in index.hits if not hit.cue.own_amount or (hit in own and not spending)]
    if len(kept) == len(index.hits):
        return decision
    plain = copy.copy(index)
    plain.hits = kept
    settled = penalty_offence.settle(plain, money, bounds, at)
    if settled.cue is None and own and spending:
        # Its own cue gave the amount to a wrong, but its sentence spends or levies it: the amount is
        # explained, and a fine in the paragraph before does not make it one ("Regulators fined Plumo
        # $5 million." over "Het kabinet heeft een bezuiniging van € 50 miljoen opgelegd aan de gemeente.").
        return Decision(_spending_cue(), "spending")
    return settled


@cache
def _clause_break() -> re.Pattern[str]:
    """A comma, semicolon or colon, or a word that joins a new clause (penalties.toml clause_link)."""
    alternatives = "|".join(re.escape(phrase) for phrase in phrases("clause_link"))
    return re.compile(rf"[,;:]|\b(?:{alternatives})\b", re.IGNORECASE)


def _same_clause(text: str, end: int, start: int) -> bool:
    """Whether a claim's verb ending at `end` is in the clause of an amount at `start`: near it, nothing between
    that opens a new clause ("reclaman 500 euros", not "pidieron una indemnización y la autoridad cobró 2 millones")."""
    return start - end <= _ASKED_REACH and _clause_break().search(text, end, start) is None


def _right_after(text: str, money: Money, start: int) -> bool:
    """Whether a cue at `start` follows the amount closely, words only between."""
    return 0 <= start - money.end <= _OWN_REACH and _WORDS_ONLY.fullmatch(text, money.end, start) is not None
