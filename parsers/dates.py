"""The one date reader: machine values (ISO 8601, RFC 2822) and dates as pages write them, with times and zones.

A value keeps what the source says: timezone-aware when it names a possible zone, naive when it has a time
and no zone (or a zone no place has: never an invented one), a plain `date` when it has no time. Days before
EARLIEST_YEAR or after LATEST_YEAR are no date of a web page and are not read.

A numeric date such as 08/09/2023 is August 9 in one country and 8 September in another. It is read only
when something settles the order: a part above 12, the page's language (`day_order`), or another date of
the same form in the same text (`settle_order`); otherwise it is left unread rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Literal

from parsers.date_words import (
    ARABIC_DAY_HALVES,
    DAY_FIRST_ENGLISH_REGIONS,
    DAY_FIRST_LANGUAGES,
    MONTH_FIRST_LOCALES,
    MONTHS,
    NAMED_ZONES,
    WEEKDAYS,
    YEAR_ERA_MARKS,
)
from parsers.model import DateValue

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "DayOrder",
    "FoundDate",
    "date_only",
    "day_order",
    "days_in",
    "find_date",
    "find_dates",
    "is_date_only",
    "parse_date",
    "parse_machine_date",
    "parse_written_day",
    "settle_order",
    "zone_of",
]

DayOrder = Literal["day first", "month first"]

EARLIEST_YEAR = 1990
LATEST_YEAR = 2100
MAX_ZONE_HOURS = 14  # the farthest offset any place uses (UTC+14)
MAX_MACHINE_CHARS = 64
MAX_WRITTEN_SCAN_CHARS = 200  # a value is looked for a written date in this many characters
MAX_SCAN_CHARS = 20_000  # text is looked for every date in this many characters

# --- patterns ---------------------------------------------------------------------------------------

# Longest first: "GMT+2" is one zone, not "GMT" followed by "+2".
_ZONE = r"(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}(?::?\d{2})?|Z|UTC|GMT|" + "|".join(
    sorted(NAMED_ZONES, key=len, reverse=True)
)
_ISO_TIME = r"(?P<iso_time>\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(?P<iso_zone>" + _ZONE + r")?"
# A machine value: "2024-03-03", "20240303", "2024-03-03T14:05:00+01:00", "2024-03-03 14:05 UTC".
_MACHINE_ISO = re.compile(
    r"^\s*(?P<year>\d{4})-?(?P<month_number>\d{2})-?(?P<day>\d{2})(?:(?:T|\s+)" + _ISO_TIME + r")?", re.I
)
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
# RFC 2822 as feeds and HTTP write it ("Sun, 03 Mar 2024 14:05:00 +0100"); the email parser takes looser text too.
_RFC_2822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+(?P<year>\d{2,4})\s+\d{1,2}:\d{2}")


def _alternation(words: list[str]) -> str:
    """A regex matching any of the words, grouped by first letter so a non-matching word fails at once.

    A flat alternation of hundreds of names is tried name by name at every word of a text; grouped, the
    engine tries only the names that start with the letter it sees.
    """
    by_letter: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda word: (-len(word), word)):  # the same pattern in every run
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(
        f"{re.escape(letter)}(?:{'|'.join(rests)})" for letter, rests in sorted(by_letter.items())
    )


_MONTH = r"(?P<month>" + _alternation(list(MONTHS)) + r")\.?"
# A time after a date: "at 2:30 p.m.", "um 14:30 Uhr", "à 14h30", "- 09:15 GMT+2", Slashdot's "@09:05AM";
# the hour word is read past.
_TIME = (
    r"(?:(?:\s*,)?\s*(?:at|um|à|ore|om|kl\.|-|–|,|@|\|)?\s*(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d{1,3}(?!\d))?)?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?|(?:"
    + "|".join(sorted(ARABIC_DAY_HALVES, key=len, reverse=True))
    + r")(?!\w))|\s*(?:uhr|h|hrs|hs)(?!\w))?(?:\s*(?P<zone>"
    + _ZONE
    + r"))?)?"
)
_WEEKDAY = r"(?:(?:" + _alternation(list(WEEKDAYS)) + r")\.?[,،]?\s+)?"
# A weekday's short name in brackets after a day, as Korean and Japanese pages write it ("(수)", "(木)").
_WEEKDAY_AFTER = r"(?:\s?[(（][^\W\d]{1,3}[)）])?"
# The mark of the Common Era some Arabic pages write after a year ("20 نوفمبر 2025م").
_ERA = r"(?:\s?(?:" + "|".join(YEAR_ERA_MARKS) + r")(?!\w))?"
# Dates as pages write them, each form one pattern with named groups: year (or short_year), month (a name)
# or month_number, day, and a time (hour, minute, second, ampm, zone; or iso_time, iso_zone) where the form has one.
WRITTEN_FORMS = {
    "iso": r"(?P<year>\d{4})-(?P<month_number>\d{2})-(?P<day>\d{2})(?:[T ]" + _ISO_TIME + r")?",
    "month day year": _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME,
    "day month year": _WEEKDAY
    + r"(?P<day>\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?"
    + _MONTH
    + r",?\s+(?:de\s+)?(?P<year>\d{4})"
    + _ERA
    + _TIME,
    "day.month.year": r"(?P<day>\d{1,2})\.\s?(?P<month_number>\d{1,2})\.\s?(?P<year>\d{4})" + _TIME,
    # maybe a weekday's short name in brackets after the day ("2024/05/02(木) 12:34:56.78")
    "year/month/day": r"(?P<year>\d{4})/(?P<month_number>\d{1,2})/(?P<day>\d{1,2})(?!\d)"
    + _WEEKDAY_AFTER
    + _TIME,
    # the year first with dots, as Korean pages write it ("2021.07.28 17:41", "2022. 12. 14.(수) 14:00"),
    # maybe a weekday's short name in brackets after the day
    "year.month.day": r"(?P<year>\d{4})\.\s?(?P<month_number>\d{1,2})\.\s?(?P<day>\d{1,2})(?!\d)\.?"
    + _WEEKDAY_AFTER
    + _TIME,
    # a day, month and year set apart by bars, as some templates lay out a dateline ("26 | 01 | 2022")
    "day | month | year": r"(?<!\| )(?P<day>\d{1,2}) ?\| ?(?P<month_number>\d{1,2}) ?\| ?(?P<year>\d{4})(?! ?\|)",
    "day.month.yy": r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month_number>\d{1,2})\.(?P<short_year>\d{2})(?![\d.])",
    # the year first, as Hungarian writes it ("2024. március 12.")
    "year. month day.": r"(?P<year>\d{4})\.\s+" + _MONTH + r"\s+(?P<day>\d{1,2})\.?" + _TIME,
}
DATE_PATTERNS = tuple(
    re.compile(r"(?<![\w-])" + form + r"(?!\w)", re.IGNORECASE) for form in WRITTEN_FORMS.values()
)
# Chinese, Japanese and Korean dates ("2024年3月12日", "2024년 3월 12일") stand among letters with no space
# around them, so only digits may not touch them.
CJK_DATE = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s?[年년]\s?(?P<month_number>\d{1,2})\s?[月월]\s?(?P<day>\d{1,2})\s?[日일]"
    + _TIME,
    re.IGNORECASE,
)
# A numeric date whose order a reader must know: "08/09/2023", "8-9-2023 10:00". The separator repeats.
NUMERIC_DATE = re.compile(
    r"(?<![\w/.-])(?P<part_a>\d{1,2})(?P<separator>[/-])(?P<part_b>\d{1,2})(?P=separator)(?P<year>\d{4})"
    r"(?![\w/]|[.-]\d)" + _TIME,
    re.IGNORECASE,
)
LAST_MONTH = 12
# A character each form cannot be written without (any one of them): a text lacking it is not searched for
# that form. The forms with a month name need none beyond a digit.
_FORM_NEEDS = {
    "iso": "-",
    "day.month.year": ".",
    "year/month/day": "/",
    "year.month.day": ".",
    "day | month | year": "|",
    "day.month.yy": ".",
    "year. month day.": ".",
}
_SCANS = (
    *(
        (pattern, frozenset(_FORM_NEEDS.get(name, "")))
        for name, pattern in zip(WRITTEN_FORMS, DATE_PATTERNS, strict=True)
    ),
    (CJK_DATE, frozenset("年년")),
)
_DIGIT = re.compile(r"\d")
_NUMERIC_SEPARATOR = re.compile(r"\d[/-]\d")
"""What a numeric date cannot be without (`NUMERIC_DATE`): a text lacking it is not searched twice for one."""


@dataclass(frozen=True)
class FoundDate:
    """A date found in text and where it stands."""

    value: DateValue
    start: int
    end: int

    @property
    def day(self) -> date:
        """The day alone."""
        return self.value.date() if isinstance(self.value, datetime) else self.value


# --- zones and values -------------------------------------------------------------------------------


def zone_of(text: str | None) -> timezone | None:
    """A fixed-offset zone from "Z", "UTC", "GMT", "+01:00", "+0100", "+01" or "GMT+2".

    None when the text names no zone, or an offset no place uses: a wrong zone is worse than none.
    """
    if not text:
        return None
    text = text.strip().upper()
    if text in ("Z", "UTC", "GMT"):
        return UTC
    if text in NAMED_ZONES:
        return timezone(timedelta(hours=NAMED_ZONES[text]))
    match = re.search(r"([+-])(\d{1,2}):?(\d{2})?$", text)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > MAX_ZONE_HOURS or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _plausible(value: date) -> bool:
    """Whether a year is one a web page could be from."""
    return EARLIEST_YEAR <= value.year <= LATEST_YEAR


def _day_of(match: re.Match[str], groups: dict[str, str | None]) -> date | None:
    """The day a match names (its named groups read once: `groups`); None when it is no real or plausible day."""
    month_name = groups.get("month")
    short_year = groups.get("short_year")
    try:
        month = MONTHS[month_name.lower()] if month_name else int(match.group("month_number"))
        year = 2000 + int(short_year) if short_year else int(match.group("year"))
        day = date(year, month, int(match.group("day")))
    except (ValueError, KeyError):
        return None
    return day if _plausible(day) else None


def _value_of(match: re.Match[str], day: date | None = None) -> DateValue | None:
    """The date or datetime a match stands for (on `day` when given), with its time and zone when it gives them."""
    # A group the pattern lacks reads as None, like one that did not match.
    groups = match.groupdict()
    day = day or _day_of(match, groups)
    if day is None:
        return None
    iso_time = groups.get("iso_time")
    if iso_time:
        parts = iso_time.replace(",", ".").split(":")
        second = int(float(parts[2])) if len(parts) > 2 else 0
        return _at(day, int(parts[0]), int(parts[1]), second, groups.get("iso_zone"))
    if groups.get("hour") is None:
        return day
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    ampm = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    ampm = ARABIC_DAY_HALVES.get(ampm, ampm)
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return _at(day, hour, minute, int(groups.get("second") or 0), groups.get("zone"))


def _at(day: date, hour: int, minute: int, second: int, zone: str | None) -> DateValue:
    """The day at a time (with its zone when a possible one is named); the day alone when the time is impossible."""
    if hour > 23 or minute > 59 or second > 59:
        return day
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone_of(zone))


# --- reading ----------------------------------------------------------------------------------------


def parse_machine_date(value: object) -> DateValue | None:
    """A machine-readable date (ISO 8601, RFC 2822) from a meta tag, an attribute or JSON-LD; None otherwise."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()[:MAX_MACHINE_CHARS]
    match = _MACHINE_ISO.match(text)
    if match:
        return _value_of(match)
    if _EPOCH.match(text):
        return None  # epoch seconds carry no zone the page chose; not guessed
    rfc = _RFC_2822.match(text)
    if not rfc:
        return None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if len(rfc.group("year")) == len("yyyy") and parsed.year != int(rfc.group("year")):
        return None  # "01 Jan 0001": the email reader takes a year under 100 as 19xx or 20xx
    offset = parsed.utcoffset()
    if offset is not None and abs(offset) > timedelta(hours=MAX_ZONE_HOURS):
        parsed = parsed.replace(tzinfo=None)  # an offset no place uses: the time stands, without a zone
    return parsed if _plausible(parsed) else None


def find_dates(text: str, order: DayOrder | None = None) -> list[FoundDate]:
    """Every date written in the text, in text order; where two overlap, the one starting first (then longer).

    A numeric date like 08/09/2023 is read in `order`, else in the order the text's other such dates settle.
    """
    text = text[:MAX_SCAN_CHARS]
    if not _DIGIT.search(text):
        return []  # every form of a date has a digit: most lines of a page are told at once
    found: list[FoundDate] = []
    chars = set(text)  # the characters the text holds, gathered once for every form's test
    for pattern, needs in _SCANS:
        if needs and needs.isdisjoint(chars):
            continue
        for match in pattern.finditer(text):
            value = _value_of(match)
            if value is not None:
                found.append(FoundDate(value, match.start(), match.end()))
    if _NUMERIC_SEPARATOR.search(text):
        numeric = list(NUMERIC_DATE.finditer(text))
        found += _numeric_dates(numeric, order or _settled(numeric))
    found.sort(key=lambda item: (item.start, -item.end))
    kept: list[FoundDate] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


def _numeric_dates(matches: list[re.Match[str]], order: DayOrder | None) -> list[FoundDate]:
    """The numeric dates among `matches` whose order a part above 12 or `order` settles."""
    found = []
    for match in matches:
        first, second = int(match.group("part_a")), int(match.group("part_b"))
        settled = _own_order(first, second) or order
        if settled is None:
            continue
        day, month = (first, second) if settled == "day first" else (second, first)
        try:
            value = _value_of(match, date(int(match.group("year")), month, day))
        except ValueError:
            continue
        if value is not None and _plausible(value):
            found.append(FoundDate(value, match.start(), match.end()))
    return found


def _own_order(first: int, second: int) -> DayOrder | None:
    """The order a numeric date settles by itself: the part above 12 is the day."""
    if first > LAST_MONTH >= second:
        return "day first"
    if second > LAST_MONTH >= first:
        return "month first"
    return None


def settle_order(text: str) -> DayOrder | None:
    """The order the text's numeric dates follow, when one of them settles it and none says otherwise."""
    return _settled(list(NUMERIC_DATE.finditer(text[:MAX_SCAN_CHARS])))


def _settled(matches: list[re.Match[str]]) -> DayOrder | None:
    """The one order the numeric date matches within the first MAX_SCAN_CHARS settle, or None."""
    orders = {
        _own_order(int(match.group("part_a")), int(match.group("part_b")))
        for match in matches
        if match.end() <= MAX_SCAN_CHARS
    }
    orders.discard(None)
    return orders.pop() if len(orders) == 1 else None


def day_order(language: str | None) -> DayOrder | None:
    """The order numeric dates follow in a language tag ("en-US": month first, "de", "en-GB": day first)."""
    if not language:
        return None
    tag = language.strip().lower().replace("_", "-")
    if tag in MONTH_FIRST_LOCALES:
        return "month first"
    primary, _dash, region = tag.partition("-")
    if primary == "en":
        return "day first" if region.split("-")[0] in DAY_FIRST_ENGLISH_REGIONS else None
    return "day first" if primary in DAY_FIRST_LANGUAGES else None


def find_date(text: str, order: DayOrder | None = None) -> tuple[DateValue, int, int] | None:
    """The first date in `text` with its span, or None."""
    found = find_dates(text, order)
    return (found[0].value, found[0].start, found[0].end) if found else None


def parse_date(value: object, order: DayOrder | None = None) -> DateValue | None:
    """A date from a value: machine-readable first, else the first date written in its opening characters."""
    if not isinstance(value, str) or not value.strip():
        return None
    machine = parse_machine_date(value)
    if machine is not None:
        return machine
    found = find_dates(value[:MAX_WRITTEN_SCAN_CHARS], order)
    return found[0].value if found else None


def parse_written_day(text: str | None, order: DayOrder | None = None) -> date | None:
    """The first day written out in prose ("18 October 2019", "Oct. 18, 2019", "18.10.2019"), as a plain date."""
    if not text:
        return None
    found = find_dates(text[: 2 * MAX_WRITTEN_SCAN_CHARS], order)
    return found[0].day if found else None


def days_in(text: str, order: DayOrder | None = None) -> list[tuple[int, date]]:
    """Every day written in the text, with where it starts, in text order."""
    return [(item.start, item.day) for item in find_dates(text, order)]


def date_only(text: str, order: DayOrder | None = None) -> DateValue | None:
    """The date `text` is when it is a date and nothing else but punctuation; None otherwise."""
    found = find_date(text, order)
    if found is None:
        return None
    value, start, end = found
    rest = (text[:start] + text[end:]).strip(" \t,.|•·-–—()")
    return None if rest else value


def is_date_only(text: str, order: DayOrder | None = None) -> bool:
    """Whether `text` is a date and nothing else but punctuation."""
    return date_only(text, order) is not None
