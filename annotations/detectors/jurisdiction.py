"""Which jurisdiction an article is about, to decide between laws that share a bare name."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from annotations.currencies import jurisdiction_amount_signs, jurisdiction_signs, sign_chars
from annotations.detectors.base import Unit
from annotations.detectors.law_name_words import NAMES
from annotations.detectors.trie import trie_pattern, word_trie
from annotations.knowledge import vocabulary
from annotations.model import LawEntry

# A law the article names outright says more about its jurisdiction than a passing word.
LAW_WEIGHT = 2


@cache
def _cue_pattern() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One trie pattern for every cue word, and which jurisdictions each word points to."""
    owners: dict[str, list[str]] = {}
    cues: dict[str, tuple[str, ...]] = {}
    for entry in vocabulary("jurisdictions.toml").role("cue"):
        cues[entry.get("jurisdiction")] = cues.get(entry.get("jurisdiction"), ()) + entry.phrases
    for code, currency_signs in jurisdiction_signs().items():
        cues[code] = cues.get(code, ()) + currency_signs
    for code, words in cues.items():
        for word in words:
            owners.setdefault(word, []).append(code)
    # Cue words are whole words: no letter or digit may touch either end.
    return word_trie(owners, fold=False, not_before=rf"\w{re.escape(sign_chars())}", not_after=r"\w"), owners


@cache
def _unspaced_cues() -> tuple[re.Pattern[str], dict[str, str]]:
    """Cue words of scripts written without spaces (臺灣, 澳門), matched wherever they stand, and the
    jurisdiction of each: a whole-word match never finds them inside a run of characters."""
    places = {
        word: entry.get("jurisdiction")
        for entry in vocabulary("jurisdictions.toml").role("unspaced_cue")
        for word in entry.phrases
    }
    return re.compile(trie_pattern(sorted(places), fold=False)), places


@cache
def _amount_cue_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Currency words that are cues only right after an amount, a magnitude word allowed between
    ("250 000 Franken", "1,5 Mio. Franken"), by jurisdiction."""
    return tuple(
        (
            code,
            re.compile(
                rf"(?<![\w.,'’])\d(?:[.,'’]?\d)*(?:\s?[^\W\d_]{{1,12}}\.?)?\s(?:{'|'.join(map(re.escape, words))})(?!\w)"
            ),
        )
        for code, words in jurisdiction_amount_signs().items()
    )


def jurisdiction_signals(
    units: Iterable[Unit], named_jurisdictions: Iterable[str], *, money: bool = False
) -> Counter[str]:
    """How strongly the article points to each jurisdiction: its cue words and the laws it names. An
    acronym cue the article spells out as something else is no cue there: Canada's CPPA, the Consumer
    Privacy Protection Act, is not California's agency. With `money`, for the currency of its amounts:
    cues marked not_for_money ("federal") are left out."""
    pattern, owners = _cue_pattern()
    units = tuple(units)
    found: Counter[str] = Counter()
    for unit in units:
        found.update(match.group() for match in pattern.finditer(unit.text))
    signals: Counter[str] = Counter()
    blind = _not_for_money() if money else frozenset()
    for word, count in found.items():
        if word in blind or (_ACRONYM.fullmatch(word) and _spelled_out(word, units)):
            continue
        for code in owners.get(word, ()):
            signals[code] += count
    unspaced, places = _unspaced_cues()
    for unit in units:
        for match in unspaced.finditer(unit.text):
            signals[places[match.group()]] += 1
    for code, amount_cue in _amount_cue_patterns():
        signals[code] += sum(len(amount_cue.findall(unit.text)) for unit in units)
    for code in named_jurisdictions:
        signals[code] += LAW_WEIGHT
    return signals


_ACRONYM = re.compile(r"[A-Z]{3,6}")
_CAPITALS = re.compile(r"[A-Z]{2,8}")


@cache
def _not_for_money() -> frozenset[str]:
    """Cue words that say nothing of an amount's currency (jurisdictions.toml, not_for_money)."""
    return frozenset(
        word
        for entry in vocabulary("jurisdictions.toml").role("cue")
        if entry.get("not_for_money")
        for word in entry.phrases
    )


@cache
def _spelling(acronym: str) -> re.Pattern[str]:
    """Words whose initials are the acronym, joiners of the spelling_joiner role allowed between them."""
    joiners = "|".join(
        re.escape(word)
        for entry in vocabulary("jurisdictions.toml").role("spelling_joiner")
        for word in entry.phrases
    )
    words = (rf"{letter}[\w'’-]*" for letter in acronym)
    return re.compile(r"(?<![\w-])" + rf"(?:\s+(?:{joiners}))*\s+".join(words) + r"(?![\w-])")


def _spelled_out(acronym: str, units: tuple[Unit, ...]) -> bool:
    """Whether the article writes words whose initials are the acronym as something other than a body's name
    (Consumer Privacy Protection Act). Spelled as a body's name (Privacy Commissioner for Personal Data, Federal
    Trade Commission: a body_head word of law_names.toml among its words) the acronym is that body's, and still
    a cue."""
    pattern, bodies = _spelling(acronym), _body_heads()
    return any(
        bodies.isdisjoint(match.group().split()) for unit in units for match in pattern.finditer(unit.text)
    )


@cache
def _body_heads() -> frozenset[str]:
    """The words that end a body's name (law_names.toml body_head)."""
    return frozenset(p for entry in vocabulary(NAMES).role("body_head") for p in entry.phrases)


def resolve(candidates: Iterable[LawEntry], signals: Counter[str]) -> LawEntry | None:
    """The candidate whose jurisdiction the article points to most; None when none or a tie."""
    scored = sorted(((signals[law.jurisdiction], law) for law in candidates), key=lambda item: -item[0])
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


@cache
def _cue_before_pattern(joiner: str = " ") -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """A cue word ending just before a position, possessive or not: "Saudi ", "Malaysia's "; with
    `joiner` "-", hyphened to the name and never possessive: "EU-"."""
    _pattern, cues = _cue_pattern()
    owners = {word: list(codes) for word, codes in cues.items()}
    for entry in vocabulary("jurisdictions.toml").role("name_prefix"):  # "Schweizer DSG": only before a name
        for word in entry.phrases:
            owners.setdefault(word, []).append(entry.get("jurisdiction"))
    words = trie_pattern(owners, fold=False)
    if joiner == "-":
        return re.compile(rf"(?<![\w'’-])(?P<cue>{words})(?P<possessive>(?!))?-\Z"), owners
    return re.compile(rf"(?<![\w'’])(?P<cue>{words})(?P<possessive>['’]s)?[ \t]\Z"), owners


def jurisdiction_cue_owners(word: str) -> tuple[str, ...]:
    """The jurisdictions a cue word points to ("CPPA" → California); none when it is no cue."""
    return tuple(_cue_pattern()[1].get(word, ()))


@cache
def cue_words() -> frozenset[str]:
    """Every jurisdiction word: "EU", "Saudi", "Illinois"."""
    return frozenset(_cue_pattern()[1])


@cache
def place_words() -> frozenset[str]:
    """Countries and regions with no law in the knowledge base (jurisdictions.toml, role place)."""
    return frozenset(
        phrase for entry in vocabulary("jurisdictions.toml").role("place") for phrase in entry.phrases
    )


# How far before a mention a jurisdiction word is looked for.
CUE_WINDOW = 40


def cue_before(text: str, start: int, joiner: str = " ") -> tuple[int, tuple[str, ...], bool] | None:
    """The jurisdiction word right before `start`, spaced (or with `joiner` "-", hyphened) to it:
    where it starts, the jurisdictions it names, and whether it is a possessive ("Malaysia's")."""
    pattern, owners = _cue_before_pattern(joiner)
    match = pattern.search(text, max(0, start - CUE_WINDOW), start)
    if not match:
        return None
    return match.start(), tuple(owners.get(match.group("cue"), ())), match.group("possessive") is not None


# How far back in its paragraph a shared name looks for the jurisdiction it belongs to.
NEAR_WINDOW = 160


def nearest_jurisdiction(text: str, start: int, wanted: Iterable[str]) -> str | None:
    """The jurisdiction among `wanted` named closest before `start` in the same paragraph, if any:
    "Singapore's PDPC fined the firm under the PDPA" settles which PDPA."""
    pattern, owners = _cue_pattern()
    wanted = set(wanted)
    found = None
    for match in pattern.finditer(text, max(0, start - NEAR_WINDOW), start):
        hits = [code for code in owners.get(match.group(), ()) if code in wanted]
        if len(hits) == 1:
            found = hits[0]
    return found


@cache
def _country_words() -> re.Pattern[str]:
    """The cue words of jurisdictions.toml alone (no currency signs, none of the EU's): the places a sentence names."""
    words = {
        word: entry.get("jurisdiction")
        for entry in vocabulary("jurisdictions.toml").role("cue")
        if entry.get("jurisdiction") != "EU"
        for word in entry.phrases
    }
    return word_trie(words, fold=False, not_before=r"\w", not_after=r"\w")


# What ends a sentence before a shared name: its own places are read no farther back.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZА-ЯЁ])|[;\n。؛]")


def cue_near(text: str, start: int) -> tuple[int, tuple[str, ...], bool] | None:
    """The jurisdiction word right before `start` (cue_before), else the place named last before it in its
    sentence, with its country: "В Беларуси КоАП …" is Belarus's code whatever else the article names."""
    cue = cue_before(text, start)
    if cue is not None:
        return cue
    low = max(0, start - NEAR_WINDOW)
    low = max([low] + [end.end() for end in _SENTENCE_END.finditer(text, low, start)])
    last = None
    for match in _country_words().finditer(text, low, start):
        last = match
    if last is None:
        return None
    codes = tuple(_cue_pattern()[1].get(last.group(), ()))
    return last.start(), codes + tuple(code.split("-")[0] for code in codes), False


@cache
def _product_after() -> re.Pattern[str]:
    words = (
        word for entry in vocabulary("jurisdictions.toml").role("product_after") for word in entry.phrases
    )
    return re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


@cache
def _publication_after() -> re.Pattern[str]:
    words = (
        word for entry in vocabulary("jurisdictions.toml").role("publication_after") for word in entry.phrases
    )
    return re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")


def product_after(text: str, end: int) -> bool:
    """Whether a capitalised product or company word follows a shared bare name ending at `end`:
    "AVG AntiVirus", "AVG Technologies" name the antivirus, not the Dutch GDPR; or a journal's word follows a
    name ending in Law ("Cybersecurity Law Review"), not one ending in Act ("the Privacy Act Review")."""
    if _product_after().match(text, end) is not None:
        return True
    return text.endswith("Law", 0, end) and _publication_after().match(text, end) is not None


@cache
def _money_places() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The cue words that may place an amount, and each one's countries (Datatilsynet: Norway's and Denmark's):
    no EU word, none marked not_for_money, no people's adjective (the payer's nationality), and no acronym, which may stand for another country's law or body
    than the cue's (CPPA: California's agency, or Canada's proposed Consumer Privacy Protection Act)."""
    people = {
        word for entry in vocabulary("jurisdictions.toml").role("people_adjective") for word in entry.phrases
    }
    words: dict[str, set[str]] = {}
    for entry in vocabulary("jurisdictions.toml").role("cue"):
        if entry.get("jurisdiction") != "EU" and not entry.get("not_for_money"):
            for word in (
                phrase for phrase in entry.phrases if not _CAPITALS.fullmatch(phrase) and phrase not in people
            ):
                words.setdefault(word, set()).add(entry.get("jurisdiction").split("-")[0])
    places: dict[str, set[str]] = {}
    for word, codes in words.items():
        places.setdefault(_trie_key(word), set()).update(codes)
    pattern = word_trie(words, fold=False, not_before=r"\w", not_after=r"\w")
    return pattern, {word: frozenset(codes) for word, codes in places.items()}


_SPACES = re.compile(r"\s+")


def _trie_key(text: str) -> str:
    """A cue as the trie matches it, whatever its apostrophe and spaces: "Information Commissioner’s Office"."""
    return _SPACES.sub(" ", text.replace("’", "'"))


# A place made part of a compound adjective says where a firm is, not where money is paid: "Toronto-based".
_COMPOUND = re.compile(r"[-‐–][^\W\d_]")
# What ends a sentence on either side of an amount: its own places are read no farther.
_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[\"“‘'(]?[A-Z])|[;\n。؛]")


def sentence_countries(text: str, position: int, stops: re.Pattern[str] | None = None) -> set[str]:
    """The countries the sentence around `position` names by a place, people or regulator word ("the United
    States government", "Australia's OAIC"): a US state counts as the US. With `stops`, only within the part of
    the sentence those marks bound (clause_countries)."""
    low = max(0, position - NEAR_WINDOW)
    high = min(len(text), position + NEAR_WINDOW)
    for marks in (_SENTENCE_STOP, stops) if stops is not None else (_SENTENCE_STOP,):
        low = max([low] + [stop.end() for stop in marks.finditer(text, low, position)])
        stop = marks.search(text, position, high)
        high = stop.start() if stop else high
    pattern, places = _money_places()
    return {
        code
        for match in pattern.finditer(text, low, high)
        if not _COMPOUND.match(text, match.end())
        for code in places[_trie_key(match.group())]
    }


# What joins two clauses of one sentence, each of which may be about another country.
_CLAUSE_JOIN = re.compile(r",\s(?:and|but|while|whereas)\s|\s(?:while|whereas)\s")


def clause_countries(text: str, position: int) -> set[str]:
    """The countries the clause around `position` names: "a $5-million fine in the United States, and in Canada,
    a $9.5-million fine" names one country in each."""
    return sentence_countries(text, position, _CLAUSE_JOIN)
