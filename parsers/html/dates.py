"""Dates as pages write them, to `date` or `datetime` values that keep exactly what the page says."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from parsers.dates import MONTHS as _MONTHS
from parsers.model import DateValue

_ISO = re.compile(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
)
_MONTH_NAME = r"([^\W\d_]{3,10})\.?"
_MONTH_DAY_YEAR = re.compile(_MONTH_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?" + _MONTH_NAME + r",?\s+(?:de\s+)?(\d{4})"
)
_NUMERIC_DMY = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_NUMERIC_YMD = re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")
_EARLIEST_YEAR = 1990
_LATEST_YEAR = 2100


def parse_date(value: object) -> DateValue | None:
    """A machine-readable date (ISO 8601, RFC 2822), or None when the value is none of these."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()[:64]
    match = _ISO.match(text)
    if match:
        return _from_iso(match)
    if re.match(r"^\d{10}(?:\d{3})?$", text):
        return None  # epoch seconds carry no zone the page chose; not guessed
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed if _plausible(parsed) else None


def parse_human_date(text: str | None) -> date | None:
    """The first day written out in prose ("18 October 2019", "Oct. 18, 2019", "18.10.2019")."""
    if not text:
        return None
    text = text[:400]
    for finder in (_month_day_year, _day_month_year, _numeric_date):
        found = finder(text)
        if found is not None:
            return found
    return None


def _from_iso(match: re.Match[str]) -> DateValue | None:
    """A `date` or `datetime` from the ISO pattern's groups."""
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        day_value = date(int(year), int(month), int(day))
        if hour is None:
            return day_value if _plausible(day_value) else None
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    if zone:
        moment = moment.replace(tzinfo=_zone(zone))
    return moment if _plausible(moment) else None


def _zone(text: str) -> timezone:
    """A fixed offset from "Z", "UTC", "+02", "+0200" or "+02:00"."""
    if text in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        return UTC
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _plausible(value: date) -> bool:
    """Whether a year is one a web page could be from."""
    return _EARLIEST_YEAR <= value.year <= _LATEST_YEAR


def _safe_date(year: int, month: int | None, day: int) -> date | None:
    """A plausible date, or None."""
    if month is None:
        return None
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return value if _plausible(value) else None


def _month_day_year(text: str) -> date | None:
    for match in _MONTH_DAY_YEAR.finditer(text):
        found = _safe_date(int(match.group(3)), _MONTHS.get(match.group(1).lower()), int(match.group(2)))
        if found:
            return found
    return None


def _day_month_year(text: str) -> date | None:
    for match in _DAY_MONTH_YEAR.finditer(text):
        found = _safe_date(int(match.group(3)), _MONTHS.get(match.group(2).lower()), int(match.group(1)))
        if found:
            return found
    return None


def _numeric_date(text: str) -> date | None:
    match = _NUMERIC_YMD.search(text)
    if match:
        return _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _NUMERIC_DMY.search(text)
    if match:
        return _safe_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    return None


_ISO_IN_TEXT = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# A day, month and year set apart by bars, as some templates lay out a dateline ("26 | 01 | 2022").
_PIPED_DMY = re.compile(r"(?<![\d|])(?<!\| )(\d{1,2}) ?\| ?(\d{1,2}) ?\| ?(\d{4})(?!\d| ?\|)")
_NUMERIC_DMY_SHORT = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")
MAX_SCAN_CHARS = 20_000


def dates_in(text: str) -> list[tuple[int, date]]:
    """Every day written in the text, with where it starts, in text order."""
    text = text[:MAX_SCAN_CHARS]
    found: list[tuple[int, date]] = []
    for match in _MONTH_DAY_YEAR.finditer(text):
        day = _safe_date(int(match.group(3)), _MONTHS.get(match.group(1).lower()), int(match.group(2)))
        found.extend([(match.start(), day)] if day else [])
    for match in _DAY_MONTH_YEAR.finditer(text):
        day = _safe_date(int(match.group(3)), _MONTHS.get(match.group(2).lower()), int(match.group(1)))
        found.extend([(match.start(), day)] if day else [])
    numeric = (
        (_NUMERIC_DMY, (3, 2, 1)),
        (_PIPED_DMY, (3, 2, 1)),
        (_NUMERIC_YMD, (1, 2, 3)),
        (_ISO_IN_TEXT, (1, 2, 3)),
    )
    for pattern, order in numeric:
        for match in pattern.finditer(text):
            year, month, day_of = (int(match.group(index)) for index in order)
            day = _safe_date(year, month, day_of)
            found.extend([(match.start(), day)] if day else [])
    for match in _NUMERIC_DMY_SHORT.finditer(text):
        day = _safe_date(2000 + int(match.group(3)), int(match.group(2)), int(match.group(1)))
        found.extend([(match.start(), day)] if day else [])
    return sorted(found, key=lambda item: item[0])
