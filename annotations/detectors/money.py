"""Money in text: every amount with its value and currency, the ends of ranges, and bracketed conversions.

This module only reads amounts; whether an amount is a penalty is the penalty detector's call,
and which currency an amount written without one (or with a shared sign such as "$") has is
the article's (currency_context.py). The forms themselves are in money_forms.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from itertools import islice
from typing import Any

from annotations.currencies import (
    bound_magnitudes,
    comma_decimal_forms,
    compound_forms,
    compound_thousands,
    letter_signs,
    local_currencies,
    scaled_after,
    unspaced_currencies,
    unspaced_magnitudes,
    written_after,
    written_before,
)
from annotations.detectors import money_basis_first as basis_first
from annotations.detectors import money_cjk_numerals as numerals
from annotations.detectors import money_forms as forms
from annotations.detectors.money_weight import weighed
from annotations.detectors.trie import word_trie
from annotations.quick_init import quick_init

# A unit with more amounts than this is a table dump, not prose: only the first ones are read.
MAX_AMOUNTS_PER_UNIT = 5_000
# How far before a magnitude word a written number ("twelve lakh fifty thousand") may start.
WORDS_REACH = 60
# How far after it the rest may run: hundreds, tens and a currency word ("thousand seven hundred twenty-five dollars").
WORDS_AFTER = 60
# How far before "per cent" a written share ("two per cent of ...") may start.
PERCENT_WORDS_REACH = 20
_DIGIT = re.compile(r"\d")


@quick_init
@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money, or a share of turnover, as written in a text."""

    start: int
    end: int
    amount: float | None
    currency: str | None
    percent: float | None = None
    conversion_of: int | None = None  # index of the amount this one repeats in another currency
    form: str | None = None  # the currency as written ("$", "pesos"), for the article to settle
    scale: float = 1  # the magnitude written with the number ("million": 1e6)
    from_context: bool = False  # written without a currency: the article's context gave it one

    @property
    def bare(self) -> bool:
        """An amount written without a currency: the article's context gives it one. One written in a unit
        of account ("300 UTM") has its form and no currency, and takes none."""
        return self.amount is not None and self.currency is None and self.form is None


_MONEY_FIELDS = tuple(field.name for field in fields(Money))


def changed(money: Money, **changes: Any) -> Money:
    """`money` with some fields changed, as dataclasses.replace makes it, without reading the class's
    fields again on every call (a bracketed conversion or a settled currency in each of 5,000 comments)."""
    unknown = changes.keys() - _MONEY_FIELDS
    if unknown:
        raise TypeError(f"Money has no field {sorted(unknown)[0]!r}")
    return Money(*[changes[name] if name in changes else getattr(money, name) for name in _MONEY_FIELDS])


def _from_match(match: re.Match[str], groups: dict[str, Any]) -> Money:
    """A Money for a match of one of the amount forms, with its named groups."""
    magnitude = groups.get("magnitude") or groups.get("bare") or groups.get("bound")
    # a bound word's factor is its entry's: "2 mil dollars" a million, "2 mil pesos" a thousand
    factor = forms.bound_factor(match.re) if groups.get("bound") else None
    if groups.get("words"):
        amount = forms.words_value(groups["words"], groups.get("suffix"))
    else:
        after = (groups.get("suffix") or groups.get("tail") or "").lower()
        amount = forms.digits_value(groups["number"], magnitude, factor, after in comma_decimal_forms())
        if groups.get("half"):
            amount += forms.magnitude_factor(magnitude) / 2  # "3 milioni e mezzo": three and a half million
    end = match.end()
    if groups.get("tail") and not _same_money(groups):
        # "the $1.4 billion won in court": a word after the amount that names other money is no part of it.
        groups = {**groups, "tail": None}
        end = match.end("magnitude") if magnitude else match.end("number")
    form, code = _currency(groups)
    scale = factor or (
        forms.magnitude_factor(magnitude) if magnitude else (2.0 if groups.get("words") else 1)
    )
    carried = scaled_after().get((form or "").lower())
    if carried and not magnitude:
        # "500 mdp": the abbreviation is a magnitude and a currency at once.
        amount, scale = round(amount * carried[1], 2), carried[1]
    return Money(match.start(), end, amount, code, form=form, scale=scale)


def _same_money(groups: dict[str, Any]) -> bool:
    """Whether the word after a signed amount names the sign's own money or one the sign stands for
    somewhere ("$ ... pesos", "R$ ... reais"), not other money ("$1.4 billion won")."""
    sign = groups.get("prefix") or groups.get("letter") or ""
    tail = groups.get("tail") or ""
    sign_code = written_before().get(sign) or letter_signs().get(sign)
    tail_code = written_after().get(tail) or _after_folded().get(tail.lower())
    return tail_code == sign_code or tail_code in local_currencies().get(sign.lower(), {}).values()


def _currency(groups: dict[str, str | None]) -> tuple[str | None, str | None]:
    """The currency form as written and its default ISO code; a word after a sign says more than the
    sign ("$21.000 millones de pesos" is pesos)."""
    if groups.get("tail"):
        tail = groups["tail"] or ""
        return tail, written_after().get(tail) or _after_folded().get(tail.lower())
    if groups.get("prefix"):
        prefix = groups["prefix"] or ""
        return prefix, written_before().get(prefix) or _before_folded().get(prefix.lower())
    if groups.get("letter"):
        letter = groups["letter"] or ""
        return letter, letter_signs().get(letter)
    suffix = groups.get("suffix") or ""
    if not suffix:
        return None, None
    return suffix, written_after().get(suffix) or _after_folded().get(suffix.lower())


@cache
def _after_folded() -> dict[str, str | None]:
    return {form.lower(): code for form, code in written_after().items()}


@cache
def _before_folded() -> dict[str, str]:
    return {form.lower(): code for form, code in written_before().items()}


@cache
def _unspaced_currency() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Any currency character of a Chinese, Japanese or Korean amount; any magnitude character; a magnitude
    character right after a digit (a sign may stand before it: "¥500万"). Searched apart: the first two open
    with a literal each, which re skips to in C, where their union with `\\d(?:…)` tried every alternative at
    every position (9 µs on the dense bench comment, 1.3 µs apart)."""
    before, after = unspaced_currencies()
    magnitudes = forms.alternation(unspaced_magnitudes())
    return (
        re.compile(forms.alternation([*before, *after])),
        re.compile(magnitudes),
        re.compile(rf"\d(?:{magnitudes})"),
    )


def _unspaced_amount_possible(text: str) -> bool:
    """Whether `text` holds a currency character of a Chinese, Japanese or Korean amount, or a magnitude
    character right after a digit."""
    currency, magnitude, after_digit = _unspaced_currency()
    return bool(currency.search(text) or (magnitude.search(text) is not None and after_digit.search(text)))


@cache
def _bound_word() -> re.Pattern[str]:
    """Any bound magnitude word standing as a word after a space, in any case: headlines write "500 MIL PESOS". The
    forms it lets run read the word so ("R$ 50 mi", "500 mil pesos"): "mi" inside "mining" lets none of them run.
    As a trie opening with the class of the words' first letters, which re skips to in C: only whether it is
    found is asked, and it is found where `(?<!\\S)(?:mil|mi|…)(?!\\w)` is."""
    return word_trie(bound_magnitudes(), fold=True, not_before=r"\S", not_after=r"\w")


@cache
def _compound_word() -> re.Pattern[str]:
    """Any magnitude word of an amount in groups ("milyon", "bin", "millones"), standing as a word after a space as
    compound_form reads it (a trie, as _bound_word)."""
    return word_trie(compound_forms()[0], fold=True, not_before=r"\S", not_after=r"\w")


def _matches(text: str) -> list[re.Match[str]]:
    """Every match of every amount form in `text`, unordered, overlapping."""
    found: list[re.Match[str]] = []
    if _DIGIT.search(text):  # both forms hold digits
        found += (
            match
            for match in islice(forms.sign_form().finditer(text), MAX_AMOUNTS_PER_UNIT)
            if forms.money_like(match)
        )
        found += (
            match
            for match in islice(forms.number_form().finditer(text), MAX_AMOUNTS_PER_UNIT)
            if not _glued_code(match) and not _weighed(text, match)
        )
        if _unspaced_amount_possible(text):  # Chinese, Japanese and Korean amounts: 300万円, 151억 원
            found += (
                match
                for match in islice(forms.unspaced_form().finditer(text), MAX_AMOUNTS_PER_UNIT)
                if match.group("bare_cjk") is None or forms.bare_unspaced_closed(match)
            )
        if _bound_word().search(text):  # "mil" is rare outside Romance-language money
            for pattern in forms.bound_forms():
                found += islice(pattern.finditer(text), MAX_AMOUNTS_PER_UNIT)
        if _compound_word().search(text):  # "2 milyon 500 bin lira", "46 millones 849 mil 777 pesos"
            # Groups that do not descend are two amounts ("tra 10 milioni e 20 milioni di euro"), read by the other forms.
            found += (
                match
                for match in islice(forms.compound_form().finditer(text), MAX_AMOUNTS_PER_UNIT)
                if forms.compound_descends(match.group("compound"))
            )
            found += islice(forms.worded_compound_form().finditer(text), MAX_AMOUNTS_PER_UNIT)
    # 전체 매출액의 100분의 3, 上一年度营业额百分之五: a share after its basis
    found += islice(basis_first.basis_first_matches(text), MAX_AMOUNTS_PER_UNIT)
    found += islice(numerals.numeral_matches(text), MAX_AMOUNTS_PER_UNIT)  # 五千万元, 三億円
    return found + _written(text)


def _glued_code(match: re.Match[str]) -> bool:
    """Whether a one-letter magnitude touches a currency code that money.toml writes in capitals, the
    code written otherwise: "le 5 mars" (March) and "2002 bars" are no 5 million or 2,002 billion pesos;
    "5mEUR" and "5meuros" are money."""
    magnitude, suffix = match.group("magnitude"), match.group("suffix")
    if not magnitude or not suffix or len(magnitude) != 1 or match.end("magnitude") != match.start("suffix"):
        return False
    return suffix not in written_after()


# How far before an amount in pounds a word of weight is looked for, within its sentence.
_WEIGHT_REACH = 60


def _weighed(text: str, match: re.Match[str]) -> bool:
    """Whether an amount in a currency word that is also a weight ("pounds") is a weight (money_weight)."""
    suffix = match.group("suffix")
    return bool(suffix) and weighed(suffix, text[max(0, match.start() - _WEIGHT_REACH) : match.start()])


def _written(text: str) -> list[re.Match[str]]:
    """Amounts and shares in words, looked for only just before a magnitude word or "per cent"."""
    found: list[re.Match[str]] = []
    lowered = text.lower()
    key = forms.written_key_pattern().search(lowered)
    if key is None:
        return found
    if len(lowered) == len(text):
        found += _compound_words(text, lowered)
    # Every trigger holds a key, so none starts further before the first key than a trigger is long.
    start = max(0, key.start() - forms.trigger_width()) if len(lowered) == len(text) else 0
    scales: list[tuple[int, int]] = []
    shares: list[tuple[int, int]] = []
    for trigger in islice(forms.written_trigger().finditer(text, start), MAX_AMOUNTS_PER_UNIT):
        if trigger.group("scale"):
            if not forms.written_number_before(text, trigger.start()):
                alone = forms.self_counting_form().match(text, trigger.start())
                if alone is not None:  # مليون درهم: the magnitude alone is one of it
                    found.append(alone)
                continue
            scales.append(
                (max(0, trigger.start() - WORDS_REACH), min(len(text), trigger.end() + WORDS_AFTER))
            )
        else:
            shares.append(
                (max(0, trigger.start() - PERCENT_WORDS_REACH), min(len(text), trigger.end() + 200))
            )
    for window in _merged(scales):
        for match in forms.words_form().finditer(text, *window):
            if "," in match.group("words") and not forms.commas_descend(match.group("words")):
                # "two million, three million and four million naira" is a list: each read apart.
                found += filter(_written_ends, forms.words_form(commas=False).finditer(text, *match.span()))
            elif _written_ends(match):
                found.append(match)
    for window in _merged(shares):
        found += forms.percent_words_form().finditer(text, *window)
    return found


def _compound_words(text: str, lowered: str) -> list[re.Match[str]]:
    """Numbers written as one word ("trentaseimila Euro", "Euro diecimila"), looked for only where a thousand
    word stands inside a word, read from that word's first letter (with a currency word before it, from that)."""
    found: list[re.Match[str]] = []
    pattern = forms.compound_word_form()
    for key in compound_thousands():
        at = lowered.find(key)
        while at >= 0 and len(found) < MAX_AMOUNTS_PER_UNIT:
            start = at
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            match = pattern.match(text, _prefix_start(text, start)) if start < at else None
            if start < at and (match is None or match.start("words") != start):
                match = pattern.match(text, start)
            if match is not None and (_written_ends(match) or _range_link_after(text, match.end())):
                found.append(match)
            at = lowered.find(key, at + len(key))
    return found


# The longest currency word read before a number written as one word ("Euro", "pesos").
_PREFIX_REACH = 12


def _prefix_start(text: str, start: int) -> int:
    """Where the word before `start` begins, when one space sets it apart; else `start`."""
    if start < 2 or text[start - 1] != " ":
        return start
    word = start - 1
    while word > max(0, start - 1 - _PREFIX_REACH) and not text[word - 1].isspace():
        word -= 1
    return word


def _range_link_after(text: str, end: int) -> bool:
    """Whether a range link follows a number with no currency: the near end of "da seimila a trentaseimila Euro"."""
    return forms.range_link_after().match(text, end) is not None


def _written_ends(match: re.Match[str]) -> bool:
    """Whether written numbers end in a currency word or name one before them, or end as an amount may, or
    before the same sum in figures in brackets, its sign there ("Forty Thousand (P40,000) Pesos")."""
    return bool(
        match.group("prefix")
        or match.group("suffix")
        or forms.bare_end().match(match.string, match.end())
        or (match.string.startswith(" (", match.end()) and _SIGNED_AFTER.match(match.string, match.end()))
    )


# A figure with its sign in brackets: " (P40,000)", " (€5 000)".
_SIGNED_AFTER = re.compile(
    rf" \((?:{forms.alternation(letter_signs())}|{forms.alternation(written_before())})\s?\d"
)


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows in order of their starts, those that overlap joined: each character is read once, where
    a window per trigger read "two mil two mil ..." fifteen times over."""
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _unspaced_scale(groups: dict[str, str | None]) -> float:
    """The magnitude of a Chinese, Japanese or Korean amount of one group ("1,500만원": ten thousands), which the
    near end of its range takes ("1,000~1,500만원"); 1 for an amount of several groups or none."""
    magnitude = groups.get("magnitude") or ""
    if not magnitude or groups.get("rest") or groups.get("ones"):
        return 1
    factors = unspaced_magnitudes()
    scale = 1.0
    for char in magnitude:
        scale *= factors.get(char, 1)
    return scale


def _to_money(match: re.Match[str]) -> Money:
    groups = match.groupdict()
    if match.re is forms.unspaced_form():
        before, after = unspaced_currencies()
        # A prefix names the money before its character does: 新臺幣2萬元 is Taiwan's dollar, whatever 元 says alone;
        # so does a sign of one currency ("HK$100万元"), where a shared one ("¥500万元") yields to the character.
        sign = groups.get("sign") or ""
        if sign and (not groups.get("suffix") or sign.lower() not in local_currencies()):
            return Money(
                match.start(), match.end(), forms.unspaced_value(groups), written_before()[sign], form=sign
            )
        form = (
            groups.get("prefix") or groups.get("suffix") or None
        )  # none: "과징금 151억", the article's currency
        code = before.get(groups.get("prefix") or "") or after.get(groups.get("suffix") or "")
        return Money(
            match.start(),
            match.end(),
            forms.unspaced_value(groups),
            code,
            form=form,
            scale=_unspaced_scale(groups),
        )
    if groups.get("compound"):
        form, code = _currency(groups)
        return Money(match.start(), match.end(), forms.compound_value(groups["compound"]), code, form=form)
    if match.re is numerals.numeral_form():
        amount, code = numerals.numeral_amount(match)
        return Money(
            match.start(), match.end(), amount, code, form=groups.get("prefix") or groups.get("suffix")
        )
    if groups.get("cjk_basis"):
        return Money(match.start(), match.end(), None, None, percent=basis_first.basis_first_percent(groups))
    if groups.get("share") and groups.get("number"):
        return Money(match.start(), match.end(), None, None, percent=forms.parse_number(groups["number"]))
    if groups.get("words") and match.re is forms.percent_words_form():
        return Money(match.start(), match.end(), None, None, percent=forms.words_value(groups["words"]))
    return _from_match(match, groups)


def find_money(text: str) -> list[Money]:
    """Every amount and share of turnover in `text`, in order, range ends and conversions linked."""
    matches = sorted(_matches(text), key=lambda match: (match.start(), -match.end()))
    found: list[Money] = []
    last_end = -1
    for match in matches[:MAX_AMOUNTS_PER_UNIT]:
        if match.start() < last_end:
            continue
        last_end = match.end()
        found.append(_to_money(match))
    if (") " in text or ")\u00a0" in text) and forms.bracketed_form().search(text) is not None:
        found = _with_bracketed(text, found)
    return _without_rates(
        text,
        _with_elided_shares(
            text,
            _with_conversions(
                text,
                _with_figures_after(
                    text, _with_figures(text, _with_range_ends(text, _with_signed_figures(text, found)))
                ),
            ),
        ),
    )


@cache
def _rate_link() -> re.Pattern[str]:
    """A rate link after one unit of a currency, before the price: "$1 = 6.3727 yuan", "USD 1 = RM 3.80"."""
    return re.compile(rf"\s*(?:{forms.role('rate_link')})\s*(?=[^\W_]|[^\w\s])", re.IGNORECASE)


# What every rate link of money.toml holds: a text without any has no exchange rate.
_RATE_WORDS = ("=", "equals", "equal to", "equivalent to")
# How far after a rate link the price it gives may start: "($1 = [RM 3.80])".
RATE_PRICE_REACH = 4


def _without_rates(text: str, found: list[Money]) -> list[Money]:
    """Neither side of an exchange rate is an amount: "($1 = 6.3727 Chinese yuan renminbi)", "(USD 1 = RM 3.80)"
    (one unit of a currency, a rate link, its price in another), as news agencies close a story on a fine."""
    if not any(link in text for link in _RATE_WORDS):
        return found
    kept: list[Money] = []
    # No price before the text: a rate may open it ("$1 = 100.55 Kenyan shillings").
    price_from = -RATE_PRICE_REACH - 1
    for money in found:
        if price_from <= money.start <= price_from + RATE_PRICE_REACH:
            continue  # the price of one unit
        link = _rate_link().match(text, money.end) if money.amount == 1 else None
        if link is not None:
            price_from = link.end()
            continue
        kept.append(money)
    return kept


# How far after a bare share the share that names its basis may end.
ELIDED_BASIS_REACH = 120


def _with_elided_shares(text: str, found: list[Money]) -> list[Money]:
    """A bare share joined to an amount by "or" ("€10 million or [2%], or €20 million or 4% of global turnover")
    is a share of the basis a later share of its sentence names, when that share is at least as large and is
    written as a tier too (an amount and a share_link before it): the two tiers of one law's cap."""
    shares = [money for money in found if money.percent is not None and money.amount is None]
    if not shares:
        return found
    added: list[Money] = []
    pattern = forms.elided_share()
    for money in found:
        if money.amount is None or money.currency is None:
            continue
        match = pattern.match(text, money.end)
        if match is None:
            continue
        percent = forms.parse_number(match.group("number"))
        start, end = match.start("number"), match.end()
        later = next((s for s in shares if end <= s.start <= end + ELIDED_BASIS_REACH), None)
        if later is None or later.percent is None or later.percent < percent or not _tier(text, found, later):
            continue
        if not any(other.start < end and start < other.end for other in found):
            added.append(Money(start, end, None, None, percent=percent))
    return sorted([*found, *added], key=lambda money: money.start) if added else found


def _tier(text: str, found: list[Money], share: Money) -> bool:
    """Whether a share is written as a cap's tier, an amount and a share_link before it ("€20 million or 4% of
    global turnover"): a writer's yardstick is none ("€50 million or 1%, far below the 4% of global turnover")."""
    links = forms.share_links()
    return any(
        other.amount is not None and other.end < share.start and text[other.end : share.start] in links
        for other in found
    )


def _with_bracketed(text: str, found: list[Money]) -> list[Money]:
    """Amounts written in brackets before their currency's word ("a fine not exceeding (three million) Riyals"):
    the bracket's inside and the word read together must be one whole amount, which then spans both brackets and
    the word and replaces what was read inside them ("5 million" with no currency)."""
    bracketed: list[Money] = []
    for match in islice(forms.bracketed_form().finditer(text), MAX_AMOUNTS_PER_UNIT):
        inner, suffix = match.group("inner").strip(), match.group("suffix")
        if forms.is_year(inner):
            continue  # "in constant (2019) dollars"
        if any(money.start < match.end() < money.end for money in found):
            continue  # "(1) EUR 20 million": the word opens an amount of its own after a list's number
        read = find_money(f"{inner} {suffix}")
        if len(read) == 1 and read[0].start == 0 and read[0].end == len(inner) + 1 + len(suffix):
            bracketed.append(changed(read[0], start=match.start(), end=match.end()))
    if not bracketed:
        return found
    kept = [
        money for money in found if not any(b.start < money.end and money.start < b.end for b in bracketed)
    ]
    return sorted(kept + bracketed, key=lambda money: money.start)


# How far before an amount its figure in brackets may start: "(1,000,000,000) ".
FIGURE_REACH = 24
_FIGURE = re.compile(rf"\((?P<number>{forms.NUMBER})\) $")


def _with_signed_figures(text: str, found: list[Money]) -> list[Money]:
    """An amount in words with no currency right before the same sum in figures in brackets with its sign takes
    that sign's currency, as Philippine laws and orders write a fine twice: "Forty Thousand (P40,000) Pesos"."""
    if " (" not in text:
        return found
    result = list(found)
    for at, money in enumerate(found[:-1]):
        after = found[at + 1]
        if (
            money.currency is None
            and money.amount is not None
            and after.start == money.end + 2
            and text.startswith(" (", money.end)
            and after.amount == money.amount
            and after.currency is not None
        ):
            result[at] = changed(money, currency=after.currency, form=after.form)
    return result


def _with_figures(text: str, found: list[Money]) -> list[Money]:
    """A figure in brackets right before an amount written in words of the same value, as UAE laws write each
    fine twice ("a fine not exceeding (10,000) ten thousand dirhams"), is that amount in digits: its own span,
    with the amount's currency."""
    if ") " not in text:
        return found  # most units: no bracket closes before a word
    result: list[Money] = []
    for money in found:
        written = (
            text[money.start - 2 : money.start] == ") " and text[money.start : money.start + 1].isalpha()
        )
        if written and money.amount is not None and money.currency is not None:
            match = _FIGURE.search(text, max(0, money.start - FIGURE_REACH), money.start)
            floor = result[-1].end if result else 0
            if (
                match is not None
                and match.start() >= floor
                and forms.parse_number(match.group("number")) == money.amount
            ):
                result.append(changed(money, start=match.start("number"), end=match.end("number")))
        result.append(money)
    return result


_FIGURE_AFTER = re.compile(rf" \((?P<number>{forms.NUMBER})\)")


def _with_figures_after(text: str, found: list[Money]) -> list[Money]:
    """A figure in brackets right after an amount of the same value restates it in digits, as Gulf regulators and
    courts write a fine ("a penalty of AED ten million (10,000,000)", "fifty thousand dirhams (50,000)"): its own
    span, with the amount's currency. One look at the text right after each amount."""
    if " (" not in text:
        return found
    result: list[Money] = []
    for at, money in enumerate(found):
        result.append(money)
        if money.amount is None or money.currency is None or not text.startswith(" (", money.end):
            continue
        match = _FIGURE_AFTER.match(text, money.end)
        following = found[at + 1].start if at + 1 < len(found) else len(text)
        if (
            match is not None
            and match.end() <= following
            and forms.parse_number(match.group("number")) == money.amount
        ):
            result.append(changed(money, start=match.start("number"), end=match.end("number")))
    return result


@cache
def _range_gap() -> re.Pattern[str]:
    return re.compile(rf"^(?:{forms.role('range_link')})$", re.IGNORECASE)


def _with_range_ends(text: str, found: list[Money]) -> list[Money]:
    """Ranges read as two amounts: "$40-60 million" and "10,000 to 100,000 yuan" share currency and scale."""
    result: list[Money] = []
    for money in found:
        previous = result[-1] if result else None
        if money.amount is None:
            share = _share_head(text, money, previous.end if previous else 0)
            if share is not None:
                result.append(share)
            result.append(money)
            continue
        if (
            previous is not None
            and previous.amount is not None
            and _range_gap().match(text[previous.end : money.start])
        ):
            if money.bare and not previous.bare:
                money = changed(money, currency=previous.currency, form=previous.form)
            result[-1] = _scaled(previous, money)
        elif not money.bare:
            head = _head_before(text, money, previous.end if previous else 0)
            if head is not None:
                result.append(_scaled(head, money, _is_pair(text, head, money.start)))
        result.append(money)
    return _with_bare_tails(text, result)


def _with_bare_tails(text: str, found: list[Money]) -> list[Money]:
    """The far end of a range written with neither currency nor magnitude after an amount with a currency and
    no magnitude: "between RMB 10,000 and 100,000", "de R$ 1.000 a 50.000" (each end is its own amount, the far
    end the larger, in the near end's currency); "$10,000 and 100,000 users" are a count."""
    result: list[Money] = []
    for index, money in enumerate(found):
        result.append(money)
        if (
            money.amount is None
            or money.currency is None
            or money.scale > 1
            or money.conversion_of is not None
        ):
            continue
        tail = forms.range_tail().match(text, money.end)
        if tail is None or tail.group("magnitude"):
            continue
        following = found[index + 1].start if index + 1 < len(found) else len(text)
        number = tail.group("number")
        if tail.end() > following or forms.is_year(number) or not forms.bare_end().match(text, tail.end()):
            continue
        amount = forms.digits_value(number, None)
        if amount > money.amount:
            result.append(Money(tail.start("number"), tail.end(), amount, money.currency, form=money.form))
    return result


def _head_before(text: str, money: Money, floor: int) -> Money | None:
    """The near end of a range before an amount, written with no currency of its own ("[10,000] to 100,000 yuan")."""
    if not forms.range_link_before(text, money.start, floor):
        return None
    match = forms.range_head().search(text, max(floor, money.start - 40), money.start)
    if match is None or forms.after_provision_word(text, match.start("number")):
        return None  # "ст. 13.11 до 18 млн рублей": the article's number
    if not match.group("magnitude") and forms.is_year(match.group("number")):
        return None
    magnitude = match.group("magnitude")
    end = match.end("magnitude") if magnitude else match.end("number")
    amount = forms.digits_value(match.group("number"), magnitude)
    return Money(
        match.start(), end, amount, money.currency, form=money.form, scale=forms.magnitude_factor(magnitude)
    )


# How far before a share of turnover the near end of its range may start: "от 0,1 до 3 %", "2 percent to a maximum of
# 15 percent".
SHARE_HEAD_REACH = 32


def _share_head(text: str, share: Money, floor: int) -> Money | None:
    """The near end of a range of shares before a share of turnover ("[1%] to 3% of turnover"), a share of the
    same basis: only a smaller number that is no year nor a provision's ("ст. 13.11 до 3 %")."""
    if share.percent is None or not forms.range_link_before(text, share.start, floor):
        return None
    match = forms.share_head().search(text, max(floor, share.start - SHARE_HEAD_REACH), share.start)
    if (
        match is None
        or forms.is_year(match.group("number"))
        or forms.after_provision_word(text, match.start())
    ):
        return None
    value = forms.parse_number(match.group("number"))
    if not 0 < value < share.percent:
        return None
    end = match.end("share") if match.group("share") else match.end("number")
    return Money(match.start(), end, None, None, percent=value)


# A pair's first amount, written without a magnitude, takes the second's only when it is smaller than this:
# "210 und 180 Millionen EUR" is 210 million, "1,500 and 2 million" stays 1,500.
PAIR_HEAD_BELOW = 1000
# How far before a pair's first number a word opening a range ("between ") may end.
RANGE_OPENER_REACH = 16


def _is_pair(text: str, head: Money, start: int) -> bool:
    """Whether what joins a bare number to an amount lists them as a pair ("210 and 180 million euros", "10 bzw.
    20 Millionen"), not as the ends of a range, whose near end is the smaller ("between 300 and 2 million")."""
    if text[head.end : start].strip().casefold() not in forms.pair_links():
        return False
    return (
        forms.range_opener_before().search(text, max(0, head.start - RANGE_OPENER_REACH), head.start) is None
    )


def _scaled(head: Money, tail: Money, pair: bool = False) -> Money:
    """A near end written without a magnitude takes the far end's ("$40" of "$40-60 million" is 40 million); so
    does the first of a pair, also when it is the larger ("210 and 180 million euros")."""
    if head.scale > 1 or tail.scale == 1 or head.amount is None or tail.amount is None:
        return head
    if head.amount >= tail.amount / tail.scale and not (pair and head.amount < PAIR_HEAD_BELOW):
        return head
    return changed(head, amount=round(head.amount * tail.scale, 2), scale=tail.scale)


@cache
def _conversion_gaps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand between an amount and its bracketed conversion, and between two conversions."""
    return (
        re.compile(rf"^\s*[(\[]\s*(?:(?:{forms.role('conversion_lead')})\s+)?$", re.IGNORECASE),
        re.compile(rf"^\s*[,;/]\s*(?:(?:{forms.role('conversion_next')})\s+)?$", re.IGNORECASE),
    )


def _with_conversions(text: str, found: list[Money]) -> list[Money]:
    """Each amount in brackets after another marked as its conversion; a list of them all point to the first."""
    first_gap, next_gap = _conversion_gaps()
    linked: list[Money] = []
    for index, money in enumerate(found):
        previous = linked[-1] if linked else None
        if previous is not None and money.amount is not None and previous.amount is not None:
            gap = text[previous.end : money.start]
            if first_gap.match(gap):
                money = changed(money, conversion_of=index - 1)
            elif previous.conversion_of is not None and next_gap.match(gap):
                money = changed(money, conversion_of=previous.conversion_of)
        linked.append(money)
    return linked
