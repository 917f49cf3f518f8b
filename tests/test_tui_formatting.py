"""The byline's update: shown only when it is later than the publication."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from parsers.model import Article, DateValue, Metadata
from tui.formatting import byline, is_later

BERLIN = timezone(timedelta(hours=2))

ROWS: list[tuple[DateValue, DateValue | None, bool]] = [
    (datetime(2017, 5, 29, 12, 16, tzinfo=BERLIN), datetime(2017, 5, 29, 14, 14, tzinfo=BERLIN), False),
    (datetime(2017, 5, 29, 14, 14, tzinfo=BERLIN), datetime(2017, 5, 29, 14, 14, tzinfo=BERLIN), False),
    (datetime(2017, 5, 29, 13, 0, tzinfo=UTC), datetime(2017, 5, 29, 14, 14, tzinfo=BERLIN), True),
    (datetime(2024, 3, 2, 9, 0), datetime(2024, 3, 1, 18, 0), True),
    (date(2024, 3, 2), datetime(2024, 3, 1, 18, 0), True),
    (date(2024, 3, 1), datetime(2024, 3, 1, 18, 0), False),
    (datetime(2024, 3, 1, 20, 0), datetime(2024, 3, 1, 9, 0, tzinfo=UTC), False),
    (date(2024, 3, 1), None, True),
]


@pytest.mark.parametrize(("updated", "published", "shown"), ROWS)
def test_an_update_is_shown_only_when_it_is_later(
    updated: DateValue, published: DateValue | None, shown: bool
) -> None:
    """An update before the publication (a zone written wrong), or at the same moment, is no news."""
    assert is_later(updated, published) is shown


def test_the_byline_leaves_out_an_update_before_the_publication() -> None:
    """A news site whose page says it was updated two hours before it was published shows the publication only."""
    published = datetime(2017, 5, 29, 14, 14, tzinfo=BERLIN)
    early = Metadata(authors=("Stefan B.",), published=published, updated=published - timedelta(hours=2))
    late = Metadata(authors=("Stefan B.",), published=published, updated=published + timedelta(hours=3))
    assert byline(Article(early)) == "By Stefan B. · published 2017-05-29 14:14 +02:00"
    assert byline(Article(late)).endswith("· updated 2017-05-29 17:14 +02:00")
