"""Articles, a fixed clock and helpers shared by the library and feed tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotations import annotate
from parsers import parse
from parsers.fetch import Fetched
from tui.library.store import Library, SaveResult

GDPR_ARTICLE = """Regulator fines Acme €20 million under the GDPR

By Jo Writer | 4 March 2024

The Irish Data Protection Commission fined Acme €20 million for breaking the GDPR, the largest penalty it has
set this year. Acme said it would appeal the decision about its tracking pixels.

A second case ended with a €5 million fine for Beta Ltd under the GDPR as well.
"""

COPPA_ARTICLE = """Streaming service settles with the FTC for $12 million

By Sam Reporter | 5 April 2024

The FTC said the service broke COPPA. It agreed to pay a $12 million civil penalty. Its terms of service say:
"we may use any content you upload to train our models".
"""

SMALL_GDPR_ARTICLE = """Bakery chain fined €300,000 for camera misuse

By Ana Writer | 6 May 2024

The Spanish regulator fined a bakery chain €300,000 under the GDPR for filming staff in break rooms.
"""


class FixedClock:
    """A clock that starts at a fixed time and moves one minute each time it is read."""

    def __init__(self, start: datetime | None = None) -> None:
        self.moment = start or datetime(2024, 6, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.moment += timedelta(minutes=1)
        return self.moment


def fetched(text: str, url: str, content_type: str = "text/plain; charset=utf-8") -> Fetched:
    """A download of `text` as the fetcher returns one."""
    return Fetched(text.encode("utf-8"), url, content_type)


def save_text(library: Library, url: str, text: str, final_url: str | None = None) -> SaveResult:
    """Parse, annotate and save a plain-text article as if fetched from `url`."""
    download = fetched(text, final_url or url)
    article = parse(download.data, download.content_type, download.url)
    return library.save(url, download, article, annotate(article), "test-parser")


def open_test_library(home: Path) -> Library:
    """A library file under the test's FINEPRINT_HOME with a fixed clock."""
    return Library(home / "library.sqlite3", FixedClock())


def lines_until(stream: Iterator[str], wanted: str) -> list[str]:
    """Lines read from a process until one starts with `wanted` (included)."""
    seen = []
    for line in stream:
        seen.append(line)
        if line.startswith(wanted):
            break
    return seen
