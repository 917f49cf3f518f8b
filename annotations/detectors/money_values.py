"""The values of amounts as written: digits with their separators and magnitude words, numbers in words,
Chinese, Japanese and Korean amounts, and groups of digits and magnitudes."""

from __future__ import annotations

import re
from functools import cache

from annotations.currencies import (
    bound_magnitudes,
    comma_decimal_magnitudes,
    comma_grouping_magnitudes,
    compound_parts,
    english_mil_currencies,
    english_mil_words,
    fraction_words,
    lone_number_words,
    magnitudes,
    number_halves,
    number_words,
    point_words,
    unspaced_group,
    unspaced_magnitudes,
    written_magnitudes,
)

# The spaces that group thousands: no-break, narrow no-break, thin and figure spaces (French, Swiss typography).
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u202f\u2009\u2007", " "))
_INDIAN = re.compile(r"^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:(?:[,.\u00a0\u202f\u2009\u2007 '’‘]|, )\d{3})+$")
# A dash for the cents of a round sum, as German, Austrian, Swiss and Dutch prices and orders write them ("250.000,-
# Euro", "CHF 500.–", "€ 7.500,--"): part of the number (money_forms), worth nothing. Not a dash that opens a range
# ("10,-12").
NO_CENTS = r"[.,](?:--|[-–—])(?![-–—\d])"
_NO_CENTS_AT_END = re.compile(NO_CENTS + "$")
# "134.791 billion": before a magnitude word, one full stop with three digits after it is a decimal point.
_DECIMAL_BEFORE_MAGNITUDE = re.compile(r"^\d{1,3}\.\d{3}$")
# Years are no range heads: "from 2019 to $5 million" is no range.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# "5,125": before a decimal-comma magnitude word, one comma and three digits is a decimal comma.
_ONE_COMMA = re.compile(r"^\d{1,3},\d{3}$")


# The further groups of a Chinese, Japanese or Korean amount after its first magnitude: "347억", " 9100만".
_REST = re.compile(r"(\d,\d{3}|\d{1,4})\s?(\D+?)(?=\s?\d|\s*$)")


def unspaced_value(groups: dict[str, str | None]) -> float:
    """The value of a Chinese, Japanese or Korean amount: 6억4000만 is 640,000,000. A thousand (천, 千) is a
    place inside a group of four digits that the next larger magnitude multiplies whole: 1천168억 is
    116,800,000,000 and 2천500만 is 25,000,000, not 1,000 and 168 hundred millions."""
    magnitude = groups.get("magnitude") or ""
    first = parse_number(groups["number"] or "0", before_magnitude=bool(magnitude))
    total, group = _add_group(0.0, 0.0, first, magnitude)
    for number, more in _REST.findall(groups.get("rest") or ""):
        total, group = _add_group(total, group, float(number.replace(",", "")), more)
    return round(total + group + float(groups.get("ones") or 0), 2)


def _add_group(total: float, group: float, number: float, magnitude: str) -> tuple[float, float]:
    """One number and its magnitude characters added to an amount read so far as (total, open group)."""
    inner, outer = _split_factor(magnitude)
    group += number * inner
    return (total + group * outer, 0.0) if outer > 1 else (total, group)


def _split_factor(magnitude: str) -> tuple[float, float]:
    """The factors of magnitude characters inside a group (천, 千) and of those that close it (만, 억, 천만's 만)."""
    factors, size = unspaced_magnitudes(), unspaced_group()
    chars = _magnitude_parts(magnitude, factors)
    inner = outer = 1.0
    for char in chars:
        if factors[char] < size and outer == 1:
            inner *= factors[char]
        else:
            outer *= factors[char]
    return inner, outer


def _magnitude_parts(magnitude: str, factors: dict[str, float]) -> tuple[str, ...]:
    """One or two magnitude characters (or words: Thai ล้าน) as written together, split into the table's words."""
    if not magnitude:
        return ()
    if magnitude in factors:
        return (magnitude,)
    first = next(
        (word for word in factors if magnitude.startswith(word) and magnitude[len(word) :] in factors), None
    )
    return (first, magnitude[len(first) :]) if first else ()


# Digits written out to a million or more, in two groups of thousands at least: a million word after them restates
# their scale (deltio11.blogspot.com on a Greek cartel fine: 30.066.585 εκατ. ευρώ; derechoinformatico.co on a
# Colombian one: $241.309.250 millones de pesos), it does not multiply them.
_WRITTEN_OUT = re.compile(r"\d{1,3}([.,])\d{3}\1\d{3}(?:[.,]\d{1,2})?")
MILLION = 1e6


# A last group that holds its thousands too, grouped by a comma or a full stop: "33,000", "500.000".
_GROUPED_LAST = re.compile(r"^(\d{1,3})[,.](\d{3}(?:\.\d{1,2})?)$")


def compound_value(text: str) -> float:
    """The value of an amount in groups: "46 millones 849 mil 777" is 46,849,777; its first number may be a
    word ("seis millones 765 mil 633", "un millón 372 mil") and its last group may hold cents ("949.06")."""
    total, pending = 0.0, 0.0
    words = {word.lower(): value for word, value in number_words().items()}
    lone = {word.lower() for word in lone_number_words()}
    for token in text.split():
        folded = token.lower()
        if token[0].isdigit():
            # "33,000" after millones: thirty-three thousand; "54,78" after bin: its kuruş, after a decimal comma.
            pending = float(_GROUPED_LAST.sub(r"\1\2", token).replace(",", "."))
        elif folded in words or folded in lone:
            pending = float(words.get(folded, 1))
        else:
            total += pending * magnitude_factor(token)
            pending = 0.0
    return round(total + pending, 2)


def compound_descends(text: str) -> bool:
    """Whether each magnitude word of an amount in groups is smaller than the one before, as in one amount ("1
    miliardo e 200 milioni"); "10 milioni e 20 milioni" is a range or a list of two amounts, not their sum."""
    last = float("inf")
    for token in text.split():
        factor = 1.0 if token[0].isdigit() else magnitude_factor(token)
        if factor <= 1:
            continue  # a group's digits, a number word or a joiner
        if factor >= last:
            return False
        last = factor
    return True


def parse_number(text: str, *, before_magnitude: bool = False) -> float:
    """A written number: "1,234,567", "1.234.567", "250'000", "5.8", "1,2" (a decimal comma)."""
    if text.isdigit():
        return float(text)
    if "-" in text or "–" in text or "—" in text:  # what _NO_CENTS_AT_END ends on: most numbers have none
        text = _NO_CENTS_AT_END.sub("", text)  # "250.000,-": a round sum
    whole, point, decimals = text.partition(".")
    if point and whole.isdecimal() and decimals.isdecimal():
        # One full stop between digits: a decimal point, unless it groups thousands ("1.234").
        grouping = len(decimals) == 3 and len(whole) <= 3 and not before_magnitude
        return float(whole + decimals) if grouping else float(text)
    text = text.translate(_SPACES)
    if before_magnitude and _DECIMAL_BEFORE_MAGNITUDE.match(text):
        return float(text)
    if _INDIAN.match(text):
        return float(text.replace(",", ""))
    if _THOUSANDS.match(text):
        return float(re.sub(r"[,. '’‘]", "", text))
    text = re.sub(r"['’‘ ]", "", text)
    # Whatever separator comes last is the decimal point: "1,234.56", "4.979,9", "1,2".
    last = max(text.rfind("."), text.rfind(","))
    if last < 0:
        return float(text)
    return float(re.sub(r"[,.]", "", text[:last]) + "." + text[last + 1 :])


def magnitude_factor(word: str | None) -> float:
    """The factor of a magnitude word as written, 1 for none."""
    if not word:
        return 1
    factors = magnitudes()
    found = factors.get(word) or factors.get(word.lower()) or _folded_magnitudes().get(word.lower())
    return found or bound_magnitudes().get(word.lower(), 1)


@cache
def _folded_magnitudes() -> dict[str, float]:
    return {word.lower(): factor for word, factor in magnitudes().items() if len(word) > 1}


def digits_value(
    number: str, magnitude: str | None, factor: float | None = None, comma_decimal: bool = False
) -> float:
    """The value of digits and an optional magnitude word (of `factor`, when given: a bound word's); with
    `comma_decimal`, the currency after them is written with a decimal comma ("1,145 mln zł")."""
    word = (magnitude or "").lower()
    english = bool(magnitude) and word not in comma_decimal_magnitudes() and not comma_decimal
    factor = factor or magnitude_factor(magnitude)
    if factor == MILLION and _WRITTEN_OUT.fullmatch(number):
        factor = (
            1  # "30.066.585 εκατ. ευρώ", "$241.309.250 millones": the million restates the digits' own scale
        )
    if magnitude and not english and word not in comma_grouping_magnitudes() and _ONE_COMMA.match(number):
        return round(float(number.replace(",", ".")) * factor, 2)  # 5,125 Millionen
    return round(parse_number(number, before_magnitude=english) * factor, 2)


def words_value(text: str, currency: str | None = None) -> float:
    """The value of written numbers with magnitudes: "twelve lakh fifty thousand" is 1,250,000; before an
    English currency word (`currency` as written), "a mil" is a million too ("a mil dollars")."""
    numbers, scales = (
        compound_parts(),  # the written numbers, lower-cased, and the parts of one written as one word
        {word.lower().replace(" ", "_"): f for word, f in written_magnitudes().items()},
    )
    total, current, share, previous = 0.0, 0.0, 1.0, ""
    place = 0.0  # after a point word ("six-point-seven"): the place of the next decimal digit
    english = (currency or "").lower() in english_mil_currencies()
    for word in _with_compounds_split(re.split(r"[\s,-]+", _halves_marked(_scales_joined(text.lower())))):
        if word.isdecimal():
            current += float(word)  # the whole part of a number read aloud: "550-point-two billion"
        elif word in point_words():
            place = 0.1
        elif place and word in numbers:
            current += numbers[word] * place
            place /= 10
        elif word == _HALF:
            # A half of the magnitude just read ("milioni e mezzo"), else of the number before it ("two and a half")
            if previous in scales:
                total += scales[previous] / 2
            else:
                current += 0.5
        elif word == "mil" and (previous in english_mil_words() or (english and previous == "a")):
            total += (current or 1) * 1e6  # "two mil dollars": English writes 'mil' for a million
            current = 0.0
        elif word in scales:
            total += (current or 1) * scales[word]
            current, place = 0.0, 0.0
        elif numbers.get(word) == 100:
            current = (current or 1) * 100
        elif word in fraction_words():
            share = fraction_words()[word]  # "half a million": the share of the lone one that follows
        else:
            current += numbers.get(word, share if word in lone_number_words() else 0)
        previous = word
    return round(total + current, 2)


def _with_compounds_split(words: list[str]) -> list[str]:
    """The words of a written number, each written as one word of several parts ("trentaseimila") split into them
    (trenta, sei, mila), which words_value then reads as it reads separate words."""
    return [part for word in words for part in (compound_split(word) or (word,))]


# The longest part of a number written as one word ("quattordici"), and the most parts read in one ("due", "cento",
# "mila", "cinque", "cento", "venti", "sette").
_PART_WIDTH = 12
_MOST_PARTS = 10


@cache
def compound_split(word: str) -> tuple[str, ...] | None:
    """The parts of a number written as one word, from the largest ("zweihundertfünfzigtausend": zwei, hundert,
    fünfzig, tausend), or None when the lower-cased word is no such number. Longer parts are tried first ("ottanta"
    before "otto"), and a shorter one when the rest cannot be read so."""
    parts = compound_parts()
    if len(word) > _PART_WIDTH * _MOST_PARTS or not word.isalpha():
        return None

    def split(at: int, depth: int) -> tuple[str, ...] | None:
        if at == len(word):
            return ()
        if depth == _MOST_PARTS:
            return None
        for end in range(min(len(word), at + _PART_WIDTH), at, -1):
            if word[at:end] in parts:
                rest = split(end, depth + 1)
                if rest is not None:
                    return (word[at:end], *rest)
        return None

    found = split(0, 0)
    return found if found is not None and len(found) > 1 else None


def _scales_joined(text: str) -> str:
    """The lower-cased written number with each magnitude of several words ("mil millones") as one token."""
    for phrase in _long_scales():
        if phrase in text:
            text = text.replace(phrase, phrase.replace(" ", "_"))
    return text


@cache
def _long_scales() -> tuple[str, ...]:
    """The magnitude words written as several words, lower-cased."""
    return tuple(word.lower() for word in written_magnitudes() if " " in word)


# What a half phrase ("and a half", "e mezzo") is read as: one token, no number word's.
_HALF = "½"


def _halves_marked(text: str) -> str:
    """The lower-cased written number with each half phrase as the one token _HALF."""
    for phrase in (*number_halves()[0], *number_halves()[1]):
        if phrase in text:
            text = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", f" {_HALF} ", text)
    return text


def commas_descend(text: str) -> bool:
    """Whether each comma of written numbers joins a smaller group to a larger one, as one sum restated in words
    does ("sixty-six million, two hundred thousand, five hundred"), not a list ("two million, three million")."""
    scales = {word.lower(): f for word, f in written_magnitudes().items()}
    last = float("inf")
    for piece in text.lower().split(","):
        found = [scales[word] for word in re.split(r"[\s-]+", piece) if word in scales]
        if found and found[0] >= last:
            return False
        last = found[-1] if found else 1.0
    return True


def is_year(number: str) -> bool:
    """Whether a bare number reads as a year."""
    return bool(_YEAR.match(number))
