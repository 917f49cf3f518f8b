"""Chinese, Japanese and Korean cue words that are damages only beside a court (penalties.toml, unspaced_cue with
`near`): "復旧工事費" is what a court makes a polluter pay in "裁判所は…復旧工事費として1億円の負担を命じた", and a
city's own repair budget in "市は復旧工事費として1億円を計上した"."""

from __future__ import annotations

import re
from functools import cache

from annotations.knowledge import vocabulary

# How far around such a cue its sentence is read for a court, and what ends the sentence.
COURT_REACH = 60
_SENTENCE_STOP = re.compile(r"[。．！？.!?\n]")


@cache
def _courts() -> dict[str, re.Pattern[str]]:
    """For each unspaced cue word that needs a court, the court's words."""
    return {
        phrase: re.compile(entry.get("near"))
        for entry in vocabulary("penalties.toml").role("unspaced_cue")
        if entry.get("near")
        for phrase in entry.phrases
    }


def court_missing(text: str, cue: re.Match[str]) -> bool:
    """Whether the unspaced cue word `cue` needs a court and none stands in its sentence (within COURT_REACH)."""
    court = _courts().get(cue.group())
    if court is None:
        return False
    low, high = max(0, cue.start() - COURT_REACH), min(len(text), cue.end() + COURT_REACH)
    low = max([low] + [stop.end() for stop in _SENTENCE_STOP.finditer(text, low, cue.start())])
    stop = _SENTENCE_STOP.search(text, cue.end(), high)
    return court.search(text, low, stop.start() if stop else high) is None
