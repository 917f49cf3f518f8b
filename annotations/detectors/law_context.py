"""What a whole article settles about its laws: acronyms it defines, headlines, and the law a bare provision means."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from annotations.detectors.base import Unit
from annotations.detectors.jurisdiction import (
    cue_before,
    cue_words,
    jurisdiction_cue_owners,
    jurisdiction_signals,
)
from annotations.detectors.law_name_words import (
    LINE_WORD,
    ambiguous_acronyms,
    head_words,
    initial_joiners,
    news_verb_line,
)
from annotations.knowledge import vocabulary

# The penalty vocabulary names the bodies that impose penalties; an acronym that is one of them
# is an authority even when a law's name spells it out.
AUTHORITIES = "penalties.toml"

# (start, end, law id or None)
Span = tuple[int, int, "str | None"]

# A short form defined in brackets right after a law's name: (the "KVKK"), ("Amendment Act"), (OSA), with its year
# (the DPL 2020); the quotation mark that closes a quoted name may stand before the bracket: the "Antimonopoly Act"
# (the "AMA").
DEFINITION = re.compile(
    r"[\"”’]?[ \t]?\([ \t]?(?:the[ \t]|hereinafter[ \t](?:referred[ \t]to[ \t]as[ \t]|called[ \t])?(?:the[ \t])?"
    r"|referred[ \t]to[ \t]as[ \t](?:the[ \t])?|or[ \t](?:the[ \t])?)?[\"“'‘]?"
    r"(?P<name>[A-Z0-9][A-Za-z0-9&-]{1,14}(?:[ \t][A-Z][A-Za-z0-9&-]{0,14}){0,3}(?:[ \t](?:19|20)\d\d)?)"
    r"[\"”'’]?[ \t]?\)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
CITATIONS = "law_citations.toml"


@cache
def _date_between() -> re.Pattern[str]:
    """The day a law took effect, written between its name and the short form it is given: " on 1 July 2020"
    (law_citations.toml's title_date, with its effect_links)."""
    dates = vocabulary(CITATIONS).role("title_date")
    return re.compile(
        "|".join(
            rf"[ \t](?:{'|'.join(map(re.escape, entry.get('effect_links')))})[ \t](?:{entry.regex})"
            for entry in dates
        )
    )


_YEAR_AFTER = re.compile(r"[ \t](?:19|20)\d\d(?![\w/.,-]?\d)(?![\w-])")
# A headline writes every long word capitalised: names in it are trusted only when known.
HEADLINE_SHARE = 0.8
HEADLINE_MIN_WORDS = 3
HEADLINE_WORD_LENGTH = 4
# A Chinese or Japanese full stop, question or exclamation mark: the line holds sentences of prose, whatever share
# of its Latin words (GDPR, CCPA) is capitalised.
CJK_SENTENCE_ENDS = ("。", "！", "？")


def headline_unit(unit: Unit, names: list[tuple[int, int]]) -> bool:
    """Whether a unit is a title-case line: one sentence, most words of four letters or more outside the
    law names in `names` (start, end) capitalised."""
    text = unit.text.rstrip()
    if text.endswith(".") or ". " in text or any(stop in text for stop in CJK_SENTENCE_ENDS):
        return False
    outside = []
    position = 0
    for start, end in sorted(names):
        outside.append(text[position:start])
        position = max(position, end)
    outside.append(text[position:])
    long_words = [
        word for part in outside for word in LINE_WORD.findall(part) if len(word) >= HEADLINE_WORD_LENGTH
    ]
    if len(long_words) < HEADLINE_MIN_WORDS and news_verb_line(text):
        # Names cover most of a line built on a verb of news: all its words decide ("FTC Finalizes
        # Changes to ... Rule"); a line that is mostly a name without such a verb is no headline here.
        long_words = [word for word in LINE_WORD.findall(text) if len(word) >= HEADLINE_WORD_LENGTH]
    if len(long_words) < HEADLINE_MIN_WORDS:
        return False
    return sum(word[0].isupper() for word in long_words) >= HEADLINE_SHARE * len(long_words)


def _is_short_form(name: str) -> bool:
    """An acronym (two capitals or more) or a name-like phrase with a head word ("Amendment Act", "2018 Act"),
    also with a year after it ("DPL 2020")."""
    words = name.split()
    if len(words) > 1 and _YEAR.fullmatch(words[-1]):
        words = words[:-1]
        name = " ".join(words)
    if name in cue_words() or (len(words) == 1 and name in head_words()):
        return False
    if len(words) > 1:
        return words[-1] in head_words()
    return sum(char.isupper() for char in name) >= 2 and not name.isdigit()


@dataclass(frozen=True, slots=True)
class DefinedNames:
    """The short forms an article defines, each with the law of the mention that defined it."""

    refs: Mapping[str, str | None]
    pattern: re.Pattern[str]

    def find(self, text: str, places: Mapping[str, str]) -> list[Span]:
        """Every occurrence of a defined short form in `text`, with the capitalised jurisdiction word
        written before it ("UK OSA"); one after the word of another jurisdiction than its law's (`places`:
        law id to jurisdiction) is another thing ("the Irish DPA" beside the Philippine Act). A year written right
        after the short form is part of it, as of a name ("the DPL 2020")."""
        spans = []
        for match in self.pattern.finditer(text):
            start, ref = match.start(), self.refs[match.group()]
            year = _YEAR_AFTER.match(text, match.end())
            end = year.end() if year else match.end()
            cue = cue_before(text, start)
            if cue is None or cue[2] or not text[cue[0]].isupper():
                spans.append((start, end, ref))
            elif ref is None or any(places.get(ref, "").startswith(code) for code in cue[1]):
                spans.append((cue[0], end, ref))
        return spans


def _initials(name: str) -> list[str]:
    """Acronyms a law's name is shortened to: "Artificial Intelligence and Data Act" → AIDA, AID Act;
    "Protection of Personal Information Act" → PPIA, POPIA."""
    words = _NAME_WORD.findall(name)
    while words and not words[-1][0].isupper():
        words.pop()  # "Data Privacy Act of 2012": the year is gone, its "of" too
    capitals = [word for word in words if word[0].isupper()]
    joiners = initial_joiners()
    if len(capitals) < MIN_ACRONYM_WORDS:
        return []
    plain = "".join(word[0] for word in capitals)
    with_joiners = "".join(word[0].upper() for word in words if word[0].isupper() or word in joiners)
    forms = {plain, with_joiners}
    if words[-1] in head_words():
        forms.add(plain[:-1] + " " + words[-1])  # "NDP Act"
    return [form for form in forms if len(form.replace(" ", "")) >= MIN_ACRONYM_LETTERS]


# A name gives its acronym when it has this many capitalised words (head included); an acronym is
# this many letters at least ("DPA", never "PA").
MIN_ACRONYM_WORDS = 3
MIN_ACRONYM_LETTERS = 3
_NAME_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")


def _derived(units: tuple[Unit, ...], mentions: Mapping[str, list[Span]]) -> dict[str, str | None]:
    """Acronyms of the laws the article names in full, when only one of its laws gives each."""
    owners: dict[str, set[str | None]] = {}
    for unit in units:
        for start, end, law_id in mentions.get(unit.id, ()):
            for form in _initials(unit.text[start:end]):
                owners.setdefault(form, set()).add(law_id)
    return {form: next(iter(laws)) for form, laws in owners.items() if len(laws) == 1}


def defined_names(units: tuple[Unit, ...], mentions: Mapping[str, list[Span]]) -> DefinedNames | None:
    """Short forms defined right after a law mention anywhere in the article, and the acronyms of the
    laws it names in full; None when there are none."""
    refs: dict[str, str | None] = {}
    for unit in units:
        for _start, end, law_id in mentions.get(unit.id, ()):
            match = DEFINITION.match(unit.text, end)
            if match is None and (dated := _date_between().match(unit.text, end)):
                match = DEFINITION.match(
                    unit.text, dated.end()
                )  # "Law No. 5 of 2020 on 1 July 2020 (the DPL 2020)"
            if match and _is_short_form(match.group("name")):
                refs.setdefault(match.group("name"), law_id)
    for form, law_id in _derived(units, mentions).items():
        if form in ambiguous_acronyms():
            continue
        if form not in body_names() or _elsewhere_body(form, units):
            refs.setdefault(form, law_id)
    if not refs:
        return None
    names = "|".join(re.escape(name) for name in sorted(refs, key=len, reverse=True))
    return DefinedNames(refs, re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"))


def _elsewhere_body(form: str, units: tuple[Unit, ...]) -> bool:
    """Whether an acronym that names a body (the CPPA, California's agency) belongs to a jurisdiction the
    article never otherwise names, so that here it is the law it spells (Canada's CPPA). An acronym
    of a body of no known jurisdiction (the CMA beside the Computer Misuse Act) stays the body's."""
    owners = jurisdiction_cue_owners(form)
    if not owners:
        return False
    # The acronym itself is no cue here: the article spells it out (jurisdiction_signals leaves it).
    signals = jurisdiction_signals(units, ())
    return not any(signals[code] for code in owners)


@cache
def body_names() -> frozenset[str]:
    """Names of authorities and other bodies: an acronym a law's name spells out is no law when it is one."""
    return frozenset(
        phrase for entry in vocabulary(AUTHORITIES).role("authority") for phrase in entry.phrases
    )


def mention_refs(
    units: tuple[Unit, ...], named: Mapping[str, list[Span]], bare: Mapping[str, list[Span]]
) -> dict[tuple[str, int], str | None]:
    """For each bare provision (by unit and start), the law of the nearest mention before it, else after it."""
    order: list[tuple[bool, str, int, str | None]] = []
    for unit in units:
        spans = [(False, start, ref) for start, _end, ref in named.get(unit.id, ())]
        spans += [(True, start, None) for start, _end, _ref in bare.get(unit.id, ())]
        order += [(is_bare, unit.id, start, ref) for is_bare, start, ref in sorted(spans, key=lambda s: s[1])]
    refs: dict[tuple[str, int], str | None] = {}
    waiting: list[tuple[str, int]] = []
    last: tuple[str | None] | None = None
    for is_bare, unit_id, start, ref in order:
        if not is_bare:
            last = (ref,)
            for key in waiting:
                refs[key] = ref
            waiting = []
        elif last is None:
            waiting.append((unit_id, start))
        else:
            refs[(unit_id, start)] = last[0]
    return refs
