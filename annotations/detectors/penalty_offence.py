"""What an act costs: "Overtaking on the hard shoulder now costs Dh 1000" is a fine written as a price.

The verb ("costs", "will set drivers back") is a cue of its own in penalties.toml. It makes the amount
after it a fine only when an act leads the clause before it (a word in -ing, maybe after an adverb)
and fine words stand just before it, or what comes with a fine (black points, an impound) in its sentence;
otherwise the amount is a price, as before.
"""

from __future__ import annotations

import copy
import re
from functools import cache

from annotations.detectors.money import Money
from annotations.detectors.penalty_cues import (
    Cue,
    CueHit,
    CueIndex,
    Decision,
    cues,
    in_window,
    phrases,
    words,
)
from annotations.detectors.penalty_decision import decide

# How far before the verb fine words may stand and still speak about it.
CONTEXT_REACH = 400
# Words that open a clause joined to the one before: "..., and driving without plates now costs".
_JOINERS = frozenset({"and", "or", "but", "while", "whereas"})
_CLAUSE_BREAK = re.compile(r"[,;:—–(]")


@cache
def _fine() -> Cue:
    """The cue an amount gets when what an act costs is a fine."""
    source = words("offence_cost")
    return Cue(re.compile(rf"\b(?:{source})", re.IGNORECASE), "fine", source)


@cache
def _words_of(role: str) -> re.Pattern[str]:
    """The phrases of a role of penalties.toml as one whole-word pattern."""
    alternatives = "|".join(re.escape(phrase) for phrase in phrases(role))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


@cache
def _not_acts() -> frozenset[str]:
    return frozenset(phrases("not_act"))


def _led_by_an_act(clause: str) -> bool:
    """Whether a clause opens with an act: 'Overtaking ...', 'and driving ...', 'Intentionally harassing ...'."""
    found = clause.split()
    if found and found[0].lower() in _JOINERS:
        found = found[1:]
    if len(found) > 1 and found[0].lower().endswith("ly"):
        found = found[1:]
    if not found:
        return False
    word = found[0].strip("\"'“‘").lower()
    return word.endswith("ing") and len(word) > 4 and word not in _not_acts()


def settle(index: CueIndex, money: Money, bounds: list[tuple[int, int]], at: int) -> Decision:
    """What an amount is; where what something costs decides it, a fine when an act costs it, else
    whatever the other words around it say (the verb read as they read it: "will cost Google" is no
    cue of its own, and "the fine" before it still speaks)."""
    decision = decide(index, money, bounds, at)
    if decision.cue is None or not decision.cue.offence:
        return decision
    sentence, text = bounds[at], index.text
    verbs = [hit for hit in in_window(index.hits, (sentence[0], money.start)) if hit.cue.offence]
    if verbs and _act_costs(text, verbs[-1], sentence):
        return Decision(_fine(), decision.how)
    return decide(_without_offence(index), money, bounds, at)


def _act_costs(text: str, verb: CueHit, sentence: tuple[int, int]) -> bool:
    """Whether a wrong stands in the clause of the verb ("Non-compliance can cost"), or an act leads that clause
    and fine words stand near it."""
    breaks = [match.end() for match in _CLAUSE_BREAK.finditer(text, sentence[0], verb.start)]
    clause = text[breaks[-1] if breaks else sentence[0] : verb.start]
    if _words_of("wrong_lead").search(clause):
        return True
    if not _led_by_an_act(clause):
        return False
    before = _words_of("offence_context").search(text, max(0, verb.start - CONTEXT_REACH), verb.start)
    return before is not None or _words_of("offence_extra").search(text, sentence[0], sentence[1]) is not None


def _without_offence(index: CueIndex) -> CueIndex:
    """The index with each offence verb read by the next cue that matches there, as if it were no cue of its own."""
    others = [cue for cue in cues() if not cue.offence]
    hits: list[CueHit] = []
    for hit in index.hits:
        if not hit.cue.offence:
            hits.append(hit)
            continue
        for cue in others:
            match = cue.pattern.match(index.text, hit.start)
            if match:
                hits.append(CueHit(hit.start, match.end(), cue))
                break
    plain = copy.copy(index)
    plain.hits = hits
    return plain
