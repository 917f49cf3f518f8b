"""Amounts in a table whose currency is written once for a whole column: in the column's header ("Fixed fine
(NIS)", "Bußgeld (in Euro)") or with the column's first amount ("$8,289" above "82,893", "82,893").

A cell that holds nothing but a number is that column's money; an amount with a magnitude and no currency
("35,3 Mio.") takes the column's currency too. Rows are lines with "|" between cells; a table is a run of
such lines, its first line the header.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from annotations.currencies import MONEY, magnitudes, written_after, written_before
from annotations.detectors.money import Money, changed
from annotations.detectors.money_values import magnitude_factor
from annotations.detectors.money_weight import weighed
from annotations.detectors.penalty_cues import cues
from annotations.detectors.trie import trie_pattern
from annotations.knowledge import vocabulary

# A cell's whole text when it is one number: grouped thousands with an optional decimal part ("82,893",
# "1.966.862,00", "2 000"), two to seven plain digits ("200", "9054"), or one digit with a decimal part
# ("5.00" under "Penalty (Rs. in lakh)").
_NUMBER_CELL = re.compile(
    r"[ \t]*(?P<number>\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3}){1,5}(?:,\d{1,2})?"
    r"|\d{1,3}(?:[\u00a0 ’‘']\d{3}){1,5}(?:[.,]\d{1,2})?|\d{2,7}(?:[.,]\d{1,2})?|\d[.,]\d{1,2})[ \t]*"
)
_GROUPED = re.compile(r"\d{1,3}(?P<sep>[,.\u00a0 ’‘'])\d{3}")


@cache
def _currency_in_header() -> re.Pattern[str]:
    """Any currency's sign, code or name, as a header cell writes it: "(NIS)", "in Euro", "USD"."""
    forms = {
        form
        for form, code in (written_before() | written_after()).items()
        if code and (len(form) > 1 or not form.isalpha())
    }
    return re.compile(rf"(?<![\w]){trie_pattern(forms, fold=False)}(?![\w])")


def _code_of(form: str) -> str | None:
    """The ISO code a form of a header names."""
    return written_before().get(form) or written_after().get(form)


# How far around a currency's name in a header its brackets, naming word or fine word are looked for.
_REACH = 30
# How far into a header cell its fine word is looked for: a header names its column first.
_FINE_REACH = 60
# A currency's name set off after a comma or a spaced dash: "Fine, euros", "Fine – pounds".
_SET_OFF = re.compile(r"(?:,|\s[-–—])\s*$")


@cache
def _header_words() -> tuple[str, str]:
    """The magnitude words of money.toml without their full stop ("Mio", "crore"), and the words a header
    writes before a currency or a magnitude ("in", "en", "w": role header_in), each as one alternation."""
    words = sorted((word for word in magnitudes() if len(word) > 1), key=len, reverse=True)
    naming = (phrase for entry in vocabulary(MONEY).role("header_in") for phrase in entry.phrases)
    return "|".join(re.escape(word.rstrip(".")) for word in words), "|".join(map(re.escape, naming))


@cache
def _naming_word() -> re.Pattern[str]:
    """A word a currency is named after in a header ("Bußgeld in Euro", "Amende en euros", "Kara w
    złotych"), with a magnitude and "of", "de" or "d'" between them or not ("Bußgeld in Mio. Euro",
    "Amende en millions d'euros", "Fine in millions of euros"): the magnitude is the group."""
    magnitude, naming = _header_words()
    return re.compile(
        rf"(?<!\w)(?:{naming})\s+(?:(?P<magnitude>{magnitude})\.?\s+(?:(?:of|de|di)\s+|d['’])?)?$",
        re.IGNORECASE,
    )


def _header_code(text: str, start: int, end: int) -> tuple[str, float] | None:
    """The currency a header cell writes, and the magnitude its numbers are in: a sign ("$", "R$"), a code
    ("EUR", "NIS"), or a currency's name in brackets ("(euros)"), after "in" ("in Euro", "in Mio. Euro": a
    million) or set off after a fine word ("Fine, euros"). A bare word is no currency: "Cases won", "Rand
    Corp.", "Weight (lb)" aside, a name that is also a word of the header's language reads as that word."""
    fine_end = -1
    for form in _currency_in_header().finditer(text, start, end):
        if not (code := _code_of(form.group())):
            continue
        if fine_end < 0:  # where the first fine word of the cell's opening ends ("Fine, euros"), if any
            fine = _fine_word().search(text, start, min(end, start + _FINE_REACH))
            fine_end = fine.end() if fine else end + 1
        if factor := _names_money(text, start, form, end, fine_end):
            scale = _magnitude_after().match(text, form.end(), min(end, form.end() + _REACH))
            return code, factor * (magnitude_factor(scale.group("magnitude")) if scale else 1)
    return None


@cache
def _magnitude_after() -> re.Pattern[str]:
    """A magnitude written after a header's currency, a naming word between or not: "(₹ crore)", "(Rs. in
    lakh)", "(US$ million)"; the column's plain numbers are in it."""
    magnitude, naming = _header_words()
    return re.compile(rf"\s*(?:(?:{naming})\s+)?(?P<magnitude>{magnitude})\.?(?!\w)", re.IGNORECASE)


def _names_money(text: str, start: int, form: re.Match[str], end: int, fine_end: int) -> float | None:
    """Whether a currency form of a header cell is written as one, and the factor of the magnitude
    written before it (1 for none); None when it is no currency: a sign or code, or a name in brackets,
    after a naming word, or after a comma or a spaced dash when a fine word ends before it, at `fine_end`
    ("Fine – pounds")."""
    word = form.group()
    if not word.isalpha() or word == _code_of(word):
        return 1  # "€", "R$", "Rs.", "USD"
    if word.isupper() and len(word) <= 4 and word.lower() not in _folded_forms():
        return 1  # "NIS", "TL": an abbreviation, not a word written in capitals ("WON")
    before = text[max(start, form.start() - _REACH) : form.start()]
    if weighed(word, before):
        return None  # "Weight (pounds)": a unit of weight
    opened = before.rfind("(") > before.rfind(")") or before.rfind("[") > before.rfind("]")
    closed = text.find(")", form.end(), min(end, form.end() + _REACH)) >= 0
    if (named := _naming_word().search(before)) is not None:
        return magnitude_factor(named.group("magnitude"))  # "in Mio. Euro", "(in Mio. Euro)"
    if opened and closed:
        return 1
    return 1 if fine_end <= form.start() and _SET_OFF.search(before) else None


@cache
def _fine_word() -> re.Pattern[str]:
    """A word that names a penalty ("Fine", "Bußgeld", "Amende"): the penalty cues, in one pattern."""
    sources = "|".join(f"(?:{cue.source})" for cue in cues() if cue.penalty_type is not None)
    return re.compile(rf"\b(?:{sources})\b", re.IGNORECASE)


@cache
def _folded_forms() -> frozenset[str]:
    return frozenset(form.lower() for form in written_before() | written_after())


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the row text[start:end], as (start, end), split at "|"."""
    cells, at = [], start
    while True:
        bar = text.find("|", at, end)
        if bar < 0:
            cells.append((at, end))
            return cells
        cells.append((at, bar))
        at = bar + 1


def _amount(number: str) -> float:
    """The value of a number cell's digits: separators of grouped thousands dropped, the decimal part read."""
    grouped = _GROUPED.match(number)
    separator = grouped.group("sep") if grouped else None
    digits = number.replace(separator, "") if separator else number
    return float(digits.replace(",", "."))


def _rows(text: str) -> list[list[tuple[int, int]]]:
    """The tables of a unit: runs of consecutive lines with "|" in them, each a list of (line start, end)."""
    tables: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        if "|" in line:
            run.append((at, end))
        elif run:
            tables.append(run)
            run = []
        at = end + 1
    if run:
        tables.append(run)
    return [table for table in tables if len(table) > 1]


def table_money(text: str, moneys: list[Money]) -> list[Money]:
    """`moneys` with the amounts of `text`'s tables whose currency their column gives them, in order."""
    if "|" not in text or "\n" not in text:
        return moneys
    starts = [money.start for money in moneys]
    found = list(moneys)
    for table in _rows(text):
        columns: dict[int, tuple[str, float]] = {}
        header_start, header_end = table[0]
        for index, (start, end) in enumerate(_cells(text, header_start, header_end)):
            named = _header_code(text, start, end)
            if named:
                columns[index] = named
        for row_start, row_end in table:
            for index, (start, end) in enumerate(_cells(text, row_start, row_end)):
                _read_cell(text, (start, end), index, columns, moneys, starts, found)
    return sorted(found, key=lambda money: money.start)


def _read_cell(
    text: str,
    cell: tuple[int, int],
    index: int,
    columns: dict[int, tuple[str, float]],
    moneys: list[Money],
    starts: list[int],
    found: list[Money],
) -> None:
    """Give one cell's number its column's currency (and a plain number the magnitude its header names),
    or learn the column's currency from its amount."""
    start, end = cell
    i = bisect_left(starts, start)
    inside = i < len(moneys) and moneys[i].start < end
    while i < len(moneys) and moneys[i].start < end:
        money = moneys[i]
        if money.bare and index in columns:
            found[i] = changed(money, currency=columns[index][0])  # found[i] is moneys[i]: new ones go after
        elif money.currency and money.amount is not None and money.conversion_of is None:
            columns.setdefault(index, (money.currency, 1))
        i += 1
    if inside or index not in columns:
        return
    number = _NUMBER_CELL.fullmatch(text, start, end)
    if number is not None:
        code, factor = columns[index]
        amount = round(_amount(number.group("number")) * factor, 2)
        found.append(Money(number.start("number"), number.end("number"), amount, code))
