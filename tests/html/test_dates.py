"""The one date reader (parsers.dates): machine values, written dates, zones; a table of what it reads and refuses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from parsers.dates import days_in, find_date, is_date_only, parse_date, parse_machine_date, zone_of

PLUS_ONE = timezone(timedelta(hours=1))

MACHINE = [
    ("2024-03-03", date(2024, 3, 3)),
    ("20240303", date(2024, 3, 3)),
    ("2024-03-03T14:05:00+01:00", datetime(2024, 3, 3, 14, 5, tzinfo=PLUS_ONE)),
    ("2024-03-03T14:05:00+0100", datetime(2024, 3, 3, 14, 5, tzinfo=PLUS_ONE)),
    ("2024-03-03T14:05:00Z", datetime(2024, 3, 3, 14, 5, tzinfo=UTC)),
    ("2024-03-03 14:05 UTC", datetime(2024, 3, 3, 14, 5, tzinfo=UTC)),
    ("2024-03-03T14:05:09.123", datetime(2024, 3, 3, 14, 5, 9)),
    ("Sun, 03 Mar 2024 14:05:00 +0100", datetime(2024, 3, 3, 14, 5, tzinfo=PLUS_ONE)),
    # an offset no place uses keeps the time and names no zone: never an invented UTC
    ("2024-03-03T14:05:00+25:00", datetime(2024, 3, 3, 14, 5)),
    ("2024-03-03T14:05:00+15:00", datetime(2024, 3, 3, 14, 5)),
    ("2024-03-03T14:05:00+02:75", datetime(2024, 3, 3, 14, 5)),
    ("Sun, 03 Mar 2024 14:05:00 +1500", datetime(2024, 3, 3, 14, 5)),
    # refused
    ("1710000000", None),  # epoch seconds
    ("1850-01-01", None),  # no web page is that old
    ("2024-13-01", None),
    ("2024-02-30T10:00:00", None),
    ("yesterday", None),
    ("", None),
    ("   ", None),
]


@pytest.mark.parametrize(("value", "expected"), MACHINE)
def test_machine_values(value: str, expected: object) -> None:
    """ISO 8601 and RFC 2822 values read as the source says them, zones only when they are possible."""
    found = parse_machine_date(value)
    assert found == expected
    if isinstance(expected, datetime):
        assert isinstance(found, datetime) and found.tzinfo == expected.tzinfo


WRITTEN = [
    ("Jun 1, 2023", date(2023, 6, 1)),
    ("Thursday, June 1st, 2023", date(2023, 6, 1)),
    ("1 June 2023 at 14:05", datetime(2023, 6, 1, 14, 5)),
    ("June 1, 2023 2:30 pm", datetime(2023, 6, 1, 14, 30)),
    ("June 1, 2023 2:30 pm GMT+2", datetime(2023, 6, 1, 14, 30, tzinfo=timezone(timedelta(hours=2)))),
    ("June 1, 2023 10:00 +25:00", datetime(2023, 6, 1, 10, 0)),
    ("5. Februar 2020, 19:49 Uhr", datetime(2020, 2, 5, 19, 49)),
    ("18 de octubre de 2019", date(2019, 10, 18)),
    ("3 марта 2021", date(2021, 3, 3)),
    ("04.03.2024", date(2024, 3, 4)),
    ("4. 3. 2024", date(2024, 3, 4)),
    ("2019/10/18", date(2019, 10, 18)),
    ("26 | 01 | 2022", date(2022, 1, 26)),
    ("23.10.18", date(2018, 10, 23)),
    ("Posted on 2023-06-01 by Ann", date(2023, 6, 1)),
    # refused
    ("31 February 2023", None),
    ("version 1.2.3 of the app", None),
    ("Flight 1234 at gate 12", None),
    ("14 Smarch 2023", None),
    ("12 March 1880", None),
    (None, None),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN)
def test_written_dates(text: str | None, expected: object) -> None:
    """Dates as pages write them, in several languages and forms, with times when given."""
    found = parse_date(text)
    assert found == expected
    if isinstance(expected, datetime):
        assert isinstance(found, datetime) and found.tzinfo == expected.tzinfo


ZONES = [
    ("Z", UTC),
    ("gmt", UTC),
    ("GMT+2", timezone(timedelta(hours=2))),
    ("+0530", timezone(timedelta(hours=5, minutes=30))),
    ("-03", timezone(-timedelta(hours=3))),
    ("+14:00", timezone(timedelta(hours=14))),
    ("+15:00", None),
    ("+02:61", None),
    ("EST", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), ZONES)
def test_zones(text: str, expected: timezone | None) -> None:
    """A named zone is read; an impossible or unnamed one is none."""
    assert zone_of(text) == expected


def test_first_date_with_its_span() -> None:
    """find_date gives the first date and where it stands in the text."""
    text = "Updated: 2 May 2024 (first seen 1 May 2024)"
    assert find_date(text) == (date(2024, 5, 2), 9, 19)


def test_every_day_in_text_order() -> None:
    """days_in lists every day the text names, in order, with where each starts."""
    text = "From 1 June 2023 to 2023-06-05, and again on 07.06.2023."
    assert days_in(text) == [(5, date(2023, 6, 1)), (20, date(2023, 6, 5)), (45, date(2023, 6, 7))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12 March 2024", True), ("(04.03.2024)", True), ("12 March 2024, updated", False), ("March", False)],
)
def test_date_only(text: str, expected: bool) -> None:
    """A text is date-only when nothing but punctuation stands beside its date."""
    assert is_date_only(text) is expected
