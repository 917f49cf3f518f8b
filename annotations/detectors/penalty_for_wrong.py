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
from annotations.detectors.penalty_cues import CueIndex, Decision, phrases

# At most this much text, words only, between an amount and the cue that speaks for it.
_OWN_REACH = 25
_WORDS_ONLY = re.compile(r"[\s\w'’-]*")


@cache
def _spending() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(phrase) for phrase in phrases("spending"))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def settle(index: CueIndex, money: Money, bounds: list[tuple[int, int]], at: int) -> Decision:
    """What an amount is, an amount-for-a-wrong cue read only where it speaks for this amount."""
    decision = penalty_offence.settle(index, money, bounds, at)
    if decision.cue is None or not decision.cue.own_amount:
        return decision
    sentence = bounds[at]
    kept = [
        hit for hit in index.hits if not hit.cue.own_amount or _speaks(index.text, money, hit.start, sentence)
    ]
    if len(kept) == len(index.hits):
        return decision
    plain = copy.copy(index)
    plain.hits = kept
    return penalty_offence.settle(plain, money, bounds, at)


def _speaks(text: str, money: Money, start: int, sentence: tuple[int, int]) -> bool:
    """Whether a cue at `start` follows the amount closely, words only between, in a sentence with no spending word."""
    if not 0 <= start - money.end <= _OWN_REACH or not _WORDS_ONLY.fullmatch(text, money.end, start):
        return False
    return _spending().search(text, sentence[0], sentence[1]) is None
