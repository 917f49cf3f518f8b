"""Which currency an amount has when its own writing does not settle it: the article decides.

"$" is the US dollar unless the article is about a place with a dollar of its own; "¥" is the
yen unless the article is about China or writes yuan; an amount written without a currency
("a further 3.4 billion") takes the one the article set for the amount before it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from annotations.currencies import (
    currencies,
    home_jurisdiction,
    language_places,
    language_words,
    local_currencies,
    locals_when_written,
    magnitude_homes,
    own_dollar_forms,
    own_dollar_names,
    place_bound_units,
    place_letter_signs,
    unit_languages,
    unit_places,
)
from annotations.detectors.base import Unit
from annotations.detectors.jurisdiction import clause_countries, jurisdiction_signals, sentence_countries
from annotations.detectors.money import Money, changed
from annotations.detectors.trie import literal_trie

# Where an article is set shows in its opening: the place is read from this many characters at most.
PLACE_READING = 50_000
# An article is written in a language when at least this share of its opening's words are that language's
# short words (language_words): about a third in Spanish prose, almost none in English.
LANGUAGE_MIN_SHARE = 0.1
# A language written in one place only places the article when its opening holds at least this many of the
# language's words and more than of any other such language's (Danish "af", "bøde" against Norwegian "av", "bot").
LANGUAGE_PLACE_MIN = 2
WORD = re.compile(r"\w+")


def article_jurisdiction(signals: Counter[str]) -> str | None:
    """The country the article points to most, when it leads outright (a US state counts as the US)."""
    countries: Counter[str] = Counter()
    for code, count in signals.items():
        if count > 0:  # the amount cues count every currency's code, also with none found
            countries[code.split("-")[0]] += count
    ranked = countries.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


class _Reading:
    """What the article settles for each shared form, worked out once per form: an article's thousands of "$"
    amounts each built the same sets of the form's places and currencies again."""

    def __init__(self, country: str | None, written: set[str]) -> None:
        self.country, self.written = country, written
        self._named: dict[str, set[str]] = {}
        self._owners: dict[tuple[str, str | None], dict[str, str]] = {}

    def local(self, money: Money) -> str | None:
        """The currency a shared form ("$", "¥", "pesos") means in this article."""
        form = (money.form or "").lower()
        locals_ = local_currencies().get(form)
        if not locals_:
            return money.currency
        country = self.country
        if country in locals_:
            return locals_[country]
        if country is not None and home_jurisdiction().get(money.currency or "") == country:
            return money.currency
        # An article about no one place: a currency it writes outright, and not the default one, settles it.
        named = self._named.get(form)
        if named is None:
            named = self._named[form] = {code for code in locals_.values() if code in self.written}
        if len(named) == 1 and money.currency not in self.written:
            return next(iter(named))
        return money.currency

    def owners(self, money: Money) -> dict[str, str] | None:
        """The places that have the amount's shared form, each with its currency there (_sentence_local)."""
        key = ((money.form or "").lower(), money.currency)
        found = self._owners.get(key)
        if found is None:
            locals_ = local_currencies().get(key[0])
            if not locals_:
                return None
            found = dict(locals_)
            default = home_jurisdiction().get(money.currency or "")
            if default is not None:
                found.setdefault(default, money.currency or "")
            self._owners[key] = found
        return found


def _sentence_local(money: Money, text: str, cued: set[str], reading: _Reading) -> str | None:
    """The currency a shared form means where its own sentence names one place that has it, and no other such
    place: "$5 billion by the United States government" in an Australian article is USD, "fined $50,000 by
    Canada's privacy commissioner" in an American one CAD. None when the sentence names none or several (a word
    two places share, Datatilsynet, names both), or a place the article's cues leave out (an acronym it spells
    out as something else: Canada's CPPA)."""
    owners = reading.owners(money)
    if owners is None:
        return None
    if cued.isdisjoint(owners):  # the one place must be cued: the sentence need not be read
        return None
    places = sentence_countries(text, money.start) & owners.keys()
    if len(places) > 1:
        places = clause_countries(text, money.start) & owners.keys()  # each clause its own country
    return owners[places.pop()] if len(places) == 1 and places <= cued else None


def _established(money: Money, currency: str | None, written: set[str], unit: Sequence[Money]) -> bool:
    """Whether the article establishes the local reading of a shared form: a dollar of Canada, Australia, New
    Zealand, Singapore or Hong Kong needs the article to write it outright ("C$", "Canadian dollars"), a
    place named alone does not; a bracketed "$" conversion of such an amount stays the default dollar."""
    if currency == money.currency or ((money.form or "").lower(), currency) not in locals_when_written():
        return True
    if currency not in written:
        return False
    index = money.conversion_of
    origin = unit[index] if index is not None and 0 <= index < len(unit) else None
    return origin is None or origin.currency != currency


def _named_dollars(units: Sequence[Unit], moneys: Sequence[Sequence[Money]]) -> set[str]:
    """The local dollars the article names by their own sign, code or words, with a number or not ("all amounts
    are in Canadian dollars"); read only when a bare "$" or "dollars" is there to settle."""
    needed = {form for form, _code in locals_when_written()}
    if not any((m.form or "").lower() in needed for unit in moneys for m in unit):
        return set()
    # One text for the article (a line break between units keeps each name within its unit), and a plain substring
    # test before the pattern: read unit by unit, the five patterns cost a sparse 5,000-comment thread a quarter second.
    text = "\n".join(unit.text for unit in units)
    scan, held = _own_dollar_scan()
    written = frozenset().union(*(held[form] for form in set(scan.findall(text.lower()))))
    return {code for code, pattern in own_dollar_names().items() if code in written and pattern.search(text)}


@cache
def _own_dollar_scan() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One pass over the folded article for the local dollars' own forms (own_dollar_forms, lower-cased): `findall`
    gives at each position the longest form there, held with the currencies of every form it starts with (those
    are there too). A test with `in` per form took 37 passes: 22 ms on the 5,000-comment thread, the one pass 8."""
    owners: dict[str, set[str]] = {}
    for code, forms in own_dollar_forms().items():
        for form in forms:
            owners.setdefault(form.lower(), set()).add(code)
    if not owners:
        return re.compile(r"(?!x)x"), {}
    held = {
        form: frozenset().union(*(codes for prefix, codes in owners.items() if form.startswith(prefix)))
        for form in owners
    }
    firsts = "".join(re.escape(char) for char in sorted({form[0] for form in owners}))
    return re.compile(f"[{firsts}](?<=(?=({literal_trie(sorted(owners))}))(?s:.))"), held


def _opening(units: Sequence[Unit]) -> list[Unit]:
    """The units of the article's opening, up to PLACE_READING characters."""
    opening: list[Unit] = []
    total = 0
    for unit in units:
        if total >= PLACE_READING:
            break
        opening.append(unit)
        total += len(unit.text)
    return opening


def _written_outright(moneys: Sequence[Sequence[Money]]) -> set[str]:
    """Currencies the article writes with a form of their own ("S$", "yuan"), not a shared one."""
    shared = local_currencies()
    return {
        money.currency
        for unit in moneys
        for money in unit
        if money.currency and not money.bare and (money.form or "").lower() not in shared
    }


def settle_currencies(units: Sequence[Unit], moneys: Sequence[list[Money]]) -> list[list[Money]]:
    """Every unit's amounts with the currency the article gives them; bare amounts with none stay None.
    An amount with a place-bound letter sign ("KD 3,5") in an article not naming its place is no money."""
    opening = _opening(units)
    placed = place_letter_signs() | place_bound_units() | _foreign_units(opening, moneys)
    shared = local_currencies()
    needs_place = any((m.form or "").lower() in shared or m.form in placed for unit in moneys for m in unit)
    signals = jurisdiction_signals(opening, (), money=True) if needs_place else Counter()
    country = (
        article_jurisdiction(signals) or _unit_country(moneys, placed) or _language_place(opening, moneys)
    )
    cued = {code.split("-")[0] for code, count in signals.items() if count}
    named = cued | _places_written(moneys, placed)
    allowed = {"", *named}
    moneys = [[m for m in unit if placed.get(m.form or "", "") in allowed] for unit in moneys]
    written = _written_outright(moneys)
    established = written | _named_dollars(units, moneys)
    reading = _Reading(country, written)
    settled: list[list[Money]] = []
    last: str | None = None
    for unit, text in zip(moneys, (unit.text for unit in units), strict=True):
        found: list[Money] = []
        for money in unit:
            if money.amount is not None and not money.bare:
                currency = _sentence_local(money, text, cued, reading) or reading.local(money)
                if not _established(money, currency, established, unit):
                    currency = money.currency
                money = money if currency == money.currency else changed(money, currency=currency)
            found.append(money)
        settled.append(_bare_filled(found, last))
        last = _last_of(settled[-1]) or last
    if last is None:
        return _home_filled(settled, units)
    return _leading_bare_filled(settled)


def _home_filled(settled: list[list[Money]], units: Sequence[Unit]) -> list[list[Money]]:
    """In an article that gives no amount a currency, a bare amount whose magnitude names one ("1 crore") has it."""
    homes = magnitude_homes()
    filled: list[list[Money]] = []
    for moneys, unit in zip(settled, units, strict=True):
        row = []
        for money in moneys:
            if money.bare and money.currency is None and money.amount is not None:
                word = (
                    unit.text[money.start : money.end].rsplit(None, 1)[-1].lstrip("0123456789.,").casefold()
                )
                if word in homes:
                    money = changed(money, currency=homes[word], from_context=True)
            row.append(money)
        filled.append(row)
    return filled


def _unit_country(moneys: Sequence[Sequence[Money]], placed: dict[str, str]) -> str | None:
    """The one country whose units of account the article counts fines in ("100 UTM": Chile), when it names
    no place: Chilean pages write "multa de 100 UTM (unos 7 millones de pesos)" without saying Chile. A
    place-bound unit points nowhere by itself."""
    units = unit_places()
    places = {
        units[money.form]
        for unit in moneys
        for money in unit
        if money.form and money.form in units and money.form not in placed
    }
    return places.pop() if len(places) == 1 else None


def _language_place(opening: Sequence[Unit], moneys: Sequence[Sequence[Money]]) -> str | None:
    """The place of the language the opening is written in, when an amount's shared form has a local reading
    there and nowhere else names it: "50.000 kr." in an article in Danish is Danish kroner, though "kr." alone is
    Norwegian and the Datatilsynet it names is both countries' regulator."""
    places = language_places()
    shared = local_currencies()
    wanted = set(places.values())
    if not any(wanted & shared.get((m.form or "").lower(), {}).keys() for unit in moneys for m in unit):
        return None
    known = language_words()
    counts: Counter[str] = Counter()
    for unit in opening:
        for word in WORD.findall(unit.text.casefold()):
            for language in places:
                if word in known.get(language, ()):
                    counts[language] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < LANGUAGE_PLACE_MIN or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return places[ranked[0][0]]


def _foreign_units(opening: Sequence[Unit], moneys: Sequence[Sequence[Money]]) -> dict[str, str]:
    """Abbreviated units of account ("UTM") in an article not written in their place's language: these count,
    as place-bound units do, only where the article points to their place ("30 UTM parameters" in an English
    article are tracking tags, not Chile's tax unit)."""
    languages = unit_languages()
    wanted = {languages[m.form] for unit in moneys for m in unit if m.form in languages}
    if not wanted:
        return {}
    words = [word.casefold() for unit in opening for word in unit.text.split()]
    known = language_words()
    written = {
        language
        for language in wanted
        if words and sum(word in known.get(language, ()) for word in words) >= LANGUAGE_MIN_SHARE * len(words)
    }
    places = unit_places()
    return {form: places[form] for form, language in languages.items() if language not in written}


def _places_written(moneys: Sequence[Sequence[Money]], placed: dict[str, str]) -> set[str]:
    """The places the article's other amounts belong to, by a unit or currency of their own ("300 UTM", "500
    unidades de fomento": Chile), so that a place-bound form beside them ("100 UTA") is money."""
    units = unit_places()
    homes = {
        entry.get("code"): entry.get("jurisdiction") for entry in currencies() if entry.get("jurisdiction")
    }
    return {
        units.get(money.form or "") or homes.get(money.currency or "", "")
        for unit in moneys
        for money in unit
        if (money.form or "") not in placed
    } - {""}


def _leading_bare_filled(settled: list[list[Money]]) -> list[list[Money]]:
    """Bare amounts before the article's first currency take that currency: a thread may write
    "they paid 2 crore" before anyone writes "Rs"."""
    first = next((unit for unit in settled if _last_of(unit)), None)
    if first is None or not any(money.bare and money.currency is None for unit in settled for money in unit):
        return settled
    currency = next(
        m.currency for m in first if m.currency and m.conversion_of is None and m.amount is not None
    )
    filled: list[list[Money]] = []
    for unit in settled:
        if unit is first:
            filled.extend(settled[len(filled) :])
            break
        filled.append(
            [
                changed(m, currency=currency, from_context=True) if m.bare and m.currency is None else m
                for m in unit
            ]
        )
    return filled


def _last_of(unit: list[Money]) -> str | None:
    """The currency of the last amount in a unit that is not a conversion."""
    for money in reversed(unit):
        if money.currency and money.conversion_of is None and money.amount is not None:
            return money.currency
    return None


def _bare_filled(unit: list[Money], last_before: str | None) -> list[Money]:
    """Bare amounts take the currency of the amount before them, else of the next one in their unit."""
    filled: list[Money] = []
    current = last_before
    for index, money in enumerate(unit):
        if money.bare:
            currency = current or next((m.currency for m in unit[index + 1 :] if m.currency), None)
            money = changed(money, currency=currency, from_context=True) if currency else money
        elif money.currency and money.conversion_of is None and money.amount is not None:
            current = money.currency
        filled.append(money)
    return filled
