"""The one date reader (parsers.dates): machine values, written dates, zones; a table of what it reads and refuses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from parsers.dates import (
    date_only,
    day_order,
    days_in,
    find_date,
    find_dates,
    is_date_only,
    parse_date,
    parse_machine_date,
    settle_order,
    zone_of,
)

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
    ("Mon, 01 Jan 0001 00:00:00 GMT", None),  # a feed's year 1 was read as 2001
    ("Thu, 01 Jan 0024 00:00:00 GMT", None),
    ("Sun, 03 Mar 24 14:05:00 +0100", datetime(2024, 3, 3, 14, 5, tzinfo=PLUS_ONE)),  # two digits: 20xx
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
    # times with the hour word after them
    ("12. März 2024, 14:30 Uhr", datetime(2024, 3, 12, 14, 30)),
    ("Dienstag, 12. März 2024 um 14:30 Uhr", datetime(2024, 3, 12, 14, 30)),
    ("12 dicembre 2024 ore 9:05", datetime(2024, 12, 12, 9, 5)),
    ("12. mars 2024 kl. 14:30", datetime(2024, 3, 12, 14, 30)),
    # more European month names and orders
    ("12 maart 2024", date(2024, 3, 12)),
    ("maandag 5 mei 2025", date(2025, 5, 5)),
    ("14 de março de 2024", date(2024, 3, 14)),
    ("3 października 2024", date(2024, 10, 3)),
    ("7. února 2023", date(2023, 2, 7)),
    ("9. ožujka 2022", date(2022, 3, 9)),
    ("25 januari 2024", date(2024, 1, 25)),
    ("2 augusti 2021", date(2021, 8, 2)),
    ("12 martie 2024", date(2024, 3, 12)),
    ("12 Mart 2024", date(2024, 3, 12)),
    ("12. maaliskuuta 2024", date(2024, 3, 12)),
    ("10 Φεβρουαρίου 2024", date(2024, 2, 10)),
    ("2024. március 12.", date(2024, 3, 12)),
    ("2024年3月12日 14:30", datetime(2024, 3, 12, 14, 30)),
    ("2024년 3월 12일", date(2024, 3, 12)),
    # the year first with dots, as Korean pages write it, and a weekday in brackets after the day
    ("2021.07.28 17:41", datetime(2021, 7, 28, 17, 41)),
    ("2022. 12. 14.(수) 14:00", datetime(2022, 12, 14, 14, 0)),
    ("2024/06/11(火) 21:04:11.52", datetime(2024, 6, 11, 21, 4, 11)),
    # Arabic month names, Gregorian and Levantine, with Arabic-Indic digits or the era's mark
    ("الخميس، 20 نوفمبر 2025 05:20", datetime(2025, 11, 20, 5, 20)),
    ("١٥ مارس ٢٠٢٤", date(2024, 3, 15)),
    ("3 تشرين الأول 2023", date(2023, 10, 3)),
    ("12 يونيو 2024م", date(2024, 6, 12)),
    # Indonesian and Turkish weekdays, a time after a bar, Indonesia's named zones
    (
        "Kamis, 27 Oktober 2022 | 18:03 WIB",
        datetime(2022, 10, 27, 18, 3, tzinfo=timezone(timedelta(hours=7))),
    ),
    ("Jumat, 31 Januari 2020 | 13:00", datetime(2020, 1, 31, 13, 0)),
    ("Perşembe, 12 Ekim 2023", date(2023, 10, 12)),
    # a numeric date a part above 12 settles by itself
    ("13/09/2023", date(2023, 9, 13)),
    ("09/13/2023 10:00", datetime(2023, 9, 13, 10, 0)),
    ("31-12-2023", date(2023, 12, 31)),
    # refused
    ("08/09/2023", None),  # August 9 or 8 September: nothing here says which
    ("12 listopada 2024", None),  # November in Polish, October in Croatian
    ("31/02/2024", None),
    ("version 1/2/2023.4", None),
    ("31 February 2023", None),
    ("version 1.2.3 of the app", None),
    ("release 2024.3 of the app", None),
    ("2021.13.01", None),
    ("in 2019. 3. The", None),
    ("20 قتيلا 2025", None),
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
    [
        ("12 March 2024", True),
        ("(04.03.2024)", True),
        ("12 March 2024, updated", False),
        ("March", False),
        # A Portuguese weekday opens a blog's date line ("quinta-feira, 10 de setembro de 2015").
        ("quinta-feira, 10 de setembro de 2015", True),
        ("segunda-feira, 3 de março de 2025", True),
        ("Terça-feira, 4 de março de 2025", True),
        ("quinta-feira passada, 10 de setembro de 2015", False),
    ],
)
def test_date_only(text: str, expected: bool) -> None:
    """A text is date-only when nothing but punctuation stands beside its date."""
    assert is_date_only(text) is expected


def test_date_only_gives_the_date_it_read() -> None:
    """The date of a date-only text comes with the answer, so a caller reads it once."""
    assert date_only("March 5, 2024 at 9:12 am") == datetime(2024, 3, 5, 9, 12)
    assert date_only("(04.03.2024)") == date(2024, 3, 4)
    assert date_only("Posted March 5, 2024") is None
    assert date_only("No digits here") is None


ORDERED = [
    ("08/09/2023", "day first", date(2023, 9, 8)),
    ("08/09/2023", "month first", date(2023, 8, 9)),
    ("8-9-2023", "day first", date(2023, 9, 8)),
    ("08/09/2023 at 2:30 pm", "month first", datetime(2023, 8, 9, 14, 30)),
    ("13/09/2023", "month first", date(2023, 9, 13)),  # the part above 12 is the day whatever the page says
    ("08/09/2023", None, None),
    ("1/2/3/2024", "day first", None),
]


@pytest.mark.parametrize(("text", "order", "expected"), ORDERED)
def test_numeric_dates_in_a_settled_order(text: str, order: object, expected: object) -> None:
    """A numeric date whose parts could be either way is read only in an order given to the reader."""
    assert parse_date(text, order) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted 08/09/2023, updated 25/12/2023", "day first"),
        ("Posted 08/09/2023, updated 12/25/2023", "month first"),
        ("From 25/12/2023 to 12/25/2023", None),  # the text contradicts itself: nothing is settled
        ("Posted 08/09/2023", None),
        ("No dates at all", None),
    ],
)
def test_another_date_settles_the_order(text: str, expected: object) -> None:
    """A numeric date with a part above 12 settles how the text's other numeric dates are read."""
    assert settle_order(text) == expected


def test_settled_text_reads_its_ambiguous_date() -> None:
    """The first date of a text is read in the order a later one settles."""
    found = find_dates("Posted 08/09/2023, updated 25/12/2023")
    assert [item.day for item in found] == [date(2023, 9, 8), date(2023, 12, 25)]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-US", "month first"),
        ("en_us", "month first"),
        ("en-GB", "day first"),
        ("en-AU", "day first"),
        ("de-DE", "day first"),
        ("fr", "day first"),
        ("pt-BR", "day first"),
        ("en", None),  # English without a region writes either way
        ("ja", None),
        ("sv-SE", None),
        ("", None),
        (None, None),
    ],
)
def test_language_settles_the_order(language: str | None, expected: object) -> None:
    """A page's language tag says which way its numeric dates go, where its region or language settles it."""
    assert day_order(language) == expected
