"""A shared bare name that is also a cue word of another jurisdiction: the acronym of a body there.

"CPPA" is California's privacy agency (a cue word of US-CA) and Canada's proposed Consumer Privacy Protection
Act (a context name of that law). A Canadian word somewhere in a Californian article ("the retailer also has
stores in Canada") does not make the agency a law: the acronym means the law only where the article points to
the law's country more than to the body's, the acronym's own occurrences not counted for either (a Canadian
page that never spells it out still writes it three times), or where a jurisdiction word right before it names the
law's place ("Canada's CPPA").
"""

from __future__ import annotations

from collections import Counter

from annotations.detectors.jurisdiction import cue_before, jurisdiction_cue_owners
from annotations.model import LawEntry


def _country(code: str) -> str:
    return code.split("-")[0]


def body_rather_than_law(
    name: str, law: LawEntry, text: str, start: int, signals: Counter[str], written: int
) -> bool:
    """Whether `name` at `start`, settled as `law`, is rather the body of another country that the article
    points to at least as much (`signals`: jurisdiction_signals of the whole article, which count each of the
    `written` times the article writes `name` for the body unless it spells the acronym out otherwise)."""
    country = _country(law.jurisdiction)
    bodies = {_country(code) for code in jurisdiction_cue_owners(name)} - {country}
    if not bodies:
        return False
    cue = cue_before(text, start)
    if cue is not None and law.jurisdiction in cue[1]:
        return False
    mine = sum(count for code, count in signals.items() if _country(code) == country)
    theirs = sum(count for code, count in signals.items() if _country(code) in bodies) - written
    return mine <= theirs
