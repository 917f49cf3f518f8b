"""Dates as pages write them: ISO 8601, "Jun 1, 2023", "1 June 2023", "04.03.2024", with times.

A value keeps what the text says: timezone-aware when it names a zone, naive when it has a
time and no zone, a plain `date` when it has no time.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from parsers.model import DateValue

# Month names as pages write them, in the languages of the pages we read; one table for every parser.
MONTHS = {
    **dict.fromkeys(("jan", "january", "januar", "jänner", "janvier", "enero", "gennaio"), 1),
    **dict.fromkeys(("feb", "february", "februar", "février", "fevrier", "febrero", "febbraio"), 2),
    **dict.fromkeys(("mar", "march", "märz", "maerz", "mars", "marzo"), 3),
    **dict.fromkeys(("apr", "april", "avril", "abril", "aprile"), 4),
    **dict.fromkeys(("may", "mai", "mayo", "maggio"), 5),
    **dict.fromkeys(("jun", "june", "juni", "juin", "junio", "giugno"), 6),
    **dict.fromkeys(("jul", "july", "juli", "juillet", "julio", "luglio"), 7),
    **dict.fromkeys(("aug", "august", "août", "aout", "agosto"), 8),
    **dict.fromkeys(("sep", "sept", "september", "septembre", "septiembre", "settembre"), 9),
    **dict.fromkeys(("oct", "october", "oktober", "octobre", "octubre", "ottobre", "okt"), 10),
    **dict.fromkeys(("nov", "november", "novembre", "noviembre"), 11),
    **dict.fromkeys(
        ("dec", "december", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dez"), 12
    ),
}
# Russian and Ukrainian month names as dates write them (genitive).
MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            (
                ("января", "січня"), ("февраля", "лютого"), ("марта", "березня"), ("апреля", "квітня"),
                ("мая", "травня"), ("июня", "червня"), ("июля", "липня"), ("августа", "серпня"),
                ("сентября", "вересня"), ("октября", "жовтня"), ("ноября", "листопада"), ("декабря", "грудня"),
            ),
            start=1,
        )
        for name in names
    }
)  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = (
    r"(?:(?:\s*,)?\s*(?:at|um|à|-|–|,)?\s*(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?"
    r"(?:\s*(?P<zone>UTC|GMT|Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?))?)?"
)
_WEEKDAY = r"(?:[A-Za-z]{3,9}\.?,?\s+)?"
_FORMS = (
    r"(?P<year>\d{4})-(?P<month_number>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<iso_time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?P<iso_zone>Z|[+-]\d{2}:?\d{2})?)?",
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME,
    _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th|er)?\.?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME,
    r"(?P<day>\d{1,2})\.(?P<month_number>\d{1,2})\.(?P<year>\d{4})" + _TIME,
)
DATE_PATTERNS = tuple(re.compile(r"(?<![\w-])" + form + r"(?!\w)", re.IGNORECASE) for form in _FORMS)


def _zone(text: str | None) -> timezone | None:
    """A fixed-offset zone from "Z", "UTC", "+01:00" or "GMT+2"; None when no zone is named."""
    if not text:
        return None
    text = text.strip().upper()
    if text in ("Z", "UTC", "GMT"):
        return UTC
    match = re.search(r"([+-])(\d{1,2}):?(\d{2})?$", text)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _with_time(day: date, match: re.Match[str]) -> DateValue:
    """Combine a day with the time the match holds, if any."""
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    second = int(match.group("second") or 0)
    ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return day
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=_zone(match.group("zone")))


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the pattern has no such group or it did not match."""
    return match.groupdict().get(name)


def _value(match: re.Match[str]) -> DateValue | None:
    """The date or datetime a date match stands for; None when it is no real date."""
    month_name = _group(match, "month")
    try:
        month = MONTHS[month_name.lower()] if month_name else int(match.group("month_number"))
        day = date(int(match.group("year")), month, int(match.group("day")))
    except (ValueError, KeyError):
        return None
    iso_time = _group(match, "iso_time")
    if iso_time:
        clock = datetime.fromisoformat(f"{day.isoformat()}T{iso_time}")
        return clock.replace(tzinfo=_zone(match.group("iso_zone")))
    if _group(match, "hour") is None:
        return day
    return _with_time(day, match)


def find_date(text: str) -> tuple[DateValue, int, int] | None:
    """The first date in `text` with its span, or None."""
    found: list[tuple[DateValue, int, int]] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            value = _value(match)
            if value is not None:
                found.append((value, match.start(), match.end()))
                break
    return min(found, key=lambda item: (item[1], -item[2])) if found else None


def parse_date(text: str | None) -> DateValue | None:
    """The first date in `text`, or None."""
    if not text:
        return None
    found = find_date(text[:200])
    return found[0] if found else None


def is_date_only(text: str) -> bool:
    """Whether `text` is a date and nothing else but punctuation."""
    found = find_date(text)
    if found is None:
        return False
    _value_found, start, end = found
    rest = (text[:start] + text[end:]).strip(" \t,.|•·-–—()")
    return not rest
