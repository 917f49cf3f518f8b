"""What a sentence says about a penalty besides its amount: qualifier, rate, payer, authority, type."""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.first_chars import lookahead
from annotations.detectors.gate import Pieces, fold, present, required_pieces
from annotations.detectors.last_word import cannot_end, last_words
from annotations.detectors.money import Money
from annotations.detectors.penalty_cues import CueHit, in_window, name_before, phrases, space_before, words
from annotations.detectors.trie import word_trie
from annotations.knowledge import vocabulary
from annotations.model import PenaltyType

PENALTIES = "penalties.toml"
# How far before an amount a qualifier, and after it a rate, are read.
QUALIFIER_REACH = 24
RATE_REACH = 48
# How far before an amount a size threshold ("turnover above") is read.
THRESHOLD_REACH = 80
# How far before an amount its payer is read: up to four names, an auxiliary, the paying verb and the
# 60 characters the verb may stand before the amount. Bounded, so that a sentence of thousands of
# amounts is not read whole once per amount.
PAYER_REACH = 300
_SPECIFIC: tuple[PenaltyType, ...] = ("civil_penalty", "proposed_fine", "disgorgement", "damages")


def _led(pattern: str, flags: int) -> re.Pattern[str]:
    """`pattern` behind a lookahead on the characters its matches open with: searched over the few
    dozen characters before each amount, re tried every alternative at every position."""
    return re.compile(lookahead(pattern, flags) + f"(?:{pattern})", flags)


@cache
def authorities() -> re.Pattern[str]:
    """Every authority name, as whole words, case-sensitively (scanned from the first characters names start with)."""
    return word_trie(phrases("authority"), fold=False, not_before=r"\w", not_after=r"\w")


@cache
def _ceilings() -> tuple[str, ...]:
    return tuple(phrase.lower() for phrase in phrases("ceiling"))


@cache
def _qualifier() -> re.Pattern[str]:
    """A qualifier just before an amount: "up to", "more than"."""
    return _led(rf"(?<!\w)(?P<qualifier>{words('ceiling')}|{words('qualifier')})\s+$", re.IGNORECASE)


@cache
def _ratio() -> re.Pattern[str]:
    """Words just before a share that make it a ratio someone computes: "less than 1% of its revenue"; after "not"
    or "no" they set a law's floor ("a fine of not less than 2% and not more than 12% of the revenues")."""
    return _led(
        rf"(?<!\w)(?<!\bnot )(?<!\bno )(?:{words('ratio')})\s+(?:about\s+|around\s+)?$", re.IGNORECASE
    )


@cache
def threshold_pattern() -> re.Pattern[str]:
    """A size test of a business just before an amount: "turnover above", "firms with"."""
    return _led(rf"(?:{words('threshold')})", re.IGNORECASE)


@cache
def _threshold_pieces() -> Pieces | None:
    """Literal text one of which every size threshold holds ("turnover", " with"); None when unknown."""
    return required_pieces(words("threshold"), re.IGNORECASE)


@cache
def _rate() -> re.Pattern[str]:
    """A rate just after an amount: "per violation", "for each day"."""
    return re.compile(rf"^\s*(?P<rate>(?:{words('rate_lead')})\s+(?:{words('rate_unit')}))\b", re.IGNORECASE)


@cache
def _statutory_units() -> re.Pattern[str]:
    """Rate units that count breaches of a law."""
    found = "|".join(
        entry.regex for entry in vocabulary(PENALTIES).role("rate_unit") if entry.get("statutory")
    )
    return re.compile(rf"(?:{found})$", re.IGNORECASE)


@cache
def _join() -> re.Pattern[str]:
    return re.compile(rf"(?:{words('join')})", re.IGNORECASE)


@cache
def _qualifier_ends() -> frozenset[str] | None:
    """The last words of the qualifiers (last_word.py)."""
    return (
        last_words((*phrases("ceiling"), *phrases("qualifier")), fold=True)
        if _all_phrases("ceiling", "qualifier")
        else None
    )


def _all_phrases(*roles: str) -> bool:
    """Whether every entry of the roles is phrases only, no pattern: their last words are then known."""
    return all(entry.pattern is None for role in roles for entry in vocabulary(PENALTIES).role(role))


def qualifier(text: str, money: Money) -> str | None:
    """The qualifier written just before an amount, lower-cased."""
    if not space_before(text, money.start):
        return None  # the pattern ends on spaces before the amount
    floor = max(0, money.start - QUALIFIER_REACH)
    if cannot_end(text, floor, money.start, _qualifier_ends(), fold=True):
        return None  # "the company €1.2bn": no qualifier ends on "company"
    match = _qualifier().search(text, floor, money.start)
    return match.group("qualifier").lower() if match else None


def is_ceiling(found: str | None) -> bool:
    """Whether a qualifier makes its amount a ceiling ("up to")."""
    return found is not None and found in _ceilings()


def is_ratio(text: str, money: Money) -> bool:
    """Whether a share is a ratio someone computes to judge a fine ("less than 1% of its revenue")."""
    if not space_before(text, money.start):
        return False  # the pattern ends on spaces before the share
    return bool(_ratio().search(text, max(0, money.start - QUALIFIER_REACH), money.start))


def after_threshold(text: str, money: Money, sentence: tuple[int, int]) -> bool:
    """Whether the amount is a business's size the law tests ("turnover above S$10 million")."""
    start = max(sentence[0], money.start - THRESHOLD_REACH)
    pieces, window = _threshold_pieces(), text[start : money.start]
    if pieces is not None and not present(pieces, window, fold(window)):
        return False  # the cheap test: most amounts have no threshold word before them
    return any(match.end() == money.start for match in threshold_pattern().finditer(text, start, money.start))


def size_scope(text: str, moneys: list[Money], index: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The part of an amount's sentence a size threshold is read in: after the last share of turnover before
    it that a comma closes, whose basis is then no business's size ("1% to 3% of total annual revenue, but not
    less than RUB 25 million"; "1% of turnover above €1 million" keeps it). Only amounts within the
    threshold's reach are looked at."""
    money, start = moneys[index], sentence[0]
    for back in range(index - 1, -1, -1):
        other = moneys[back]
        if other.end < money.start - THRESHOLD_REACH:
            break
        if other.percent is not None and other.end < money.start and text[other.end] == ",":
            return max(start, other.end), sentence[1]
    return start, sentence[1]


def rate(text: str, money: Money) -> str | None:
    """The rate written just after an amount, lower-cased."""
    match = _rate().match(text[money.end : money.end + RATE_REACH])
    return match.group("rate").lower() if match else None


def is_statutory_rate(found: str | None) -> bool:
    """Whether a rate counts breaches of a law ("per violation"): the amount is a penalty the law sets."""
    return found is not None and bool(_statutory_units().search(found))


def joined(text: str, left: Money, right: Money) -> bool:
    """Whether nothing but a joining word or mark stands between two amounts of one statement."""
    return _join().fullmatch(text, left.end, right.start) is not None


@cache
def _payer_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Who pays: "the regulator fined X", "X agreed to pay ...", "... a fine on X"."""
    name = r"[A-Z][\w&.'’-]*"
    # Searched from a word's first character to its first capital ("eBay" pays as "Bay", as before the
    # guard): tried from every character, a long word of capitals was read to its end from each.
    word_start = r"(?<![\w&.'’-])(?:[^\WA-Z]|[&.'’-])*"
    before = re.compile(
        rf"{word_start}(?P<payer>{name}(?:\s+{name}){{0,3}})(?:'s?|’s?)?\s+(?:(?:{words('payer_auxiliary')})\s+)?"
        rf"(?:{words('payer_verb')})\b[^.]{{0,60}}$"
    )
    after = re.compile(rf"^[^.]{{0,40}}?\b(?:{words('payer_after')})\s+(?P<payer>{name}(?:\s+{name}){{0,2}})")
    fined = re.compile(rf"\b(?:{words('fined')})\s+(?P<payer>{name}(?:\s+{name}){{0,2}})\s+$")
    return fined, before, after


def payer(text: str, money: Money, sentence: tuple[int, int]) -> str | None:
    """The party that pays, where the sentence names it."""
    floor = max(sentence[0], money.start - PAYER_REACH)
    before = text[floor : money.start]
    fined, payer_before, payer_after = _payer_patterns()
    # "fined X " ends on a name and spaces before the amount: without one only the others can match.
    for pattern in (fined, payer_before) if name_before(text, money.start, floor) else (payer_before,):
        match = pattern.search(before)
        if match:
            return match.group("payer").rstrip(".,;:'’")
    after = payer_after.match(text[money.end : sentence[1]])
    return after.group("payer").rstrip(".,;:'’") if after else None


def authority(text: str, sentence: tuple[int, int]) -> str | None:
    """The authority the sentence names."""
    match = authorities().search(text, sentence[0], sentence[1])
    return match.group() if match else None


def specific_type(
    hits: list[CueHit],
    window: tuple[int, int],
    money: Money,
    nearest: PenaltyType,
    ceiling: bool,
    per: str | None,
) -> PenaltyType:
    """The most telling type in the window: a civil penalty over a plain fine, a maximum over both."""
    near = sorted(
        ((hit.start, hit.cue.penalty_type) for hit in in_window(hits, window) if hit.cue.penalty_type),
        key=lambda item: abs(item[0] - money.start),
    )
    if ceiling and (per or any(kind == "statutory_maximum" for _, kind in near)):
        return "statutory_maximum"
    for _position, kind in near:
        if kind in _SPECIFIC:
            return kind
    return nearest
