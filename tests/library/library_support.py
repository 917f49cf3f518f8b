"""Articles, a fixed clock and helpers shared by the library and feed tests."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app_pilot import LOAD_WAIT_SECONDS

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


@dataclass
class Result:
    """What a command printed and returned."""

    returncode: int
    stdout: str
    stderr: str


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


def rss_feed(count: int, base: str, title: str = "Privacy Wire") -> bytes:
    """An RSS 2.0 feed of `count` dated entries, newest first, each linking to `base`/articles/N."""
    items = "".join(
        f"<item><title>Story {n}: regulator fines firm €{n} million under the GDPR</title>"
        f"<link>{base}/articles/{n}</link><guid>story-{n}</guid>"
        f"<pubDate>{_rfc822(n)}</pubDate>"
        f"<description>&lt;p&gt;Summary of story {n}: a €{n} million fine under the GDPR.&lt;/p&gt;</description></item>"
        for n in range(count, 0, -1)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{base}/</link><description>Fines and rulings</description>{items}</channel></rss>"
    ).encode()


def _rfc822(n: int) -> str:
    """A distinct publication time for entry n: later entries are newer."""
    moment = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(hours=n)
    return moment.strftime("%a, %d %b %Y %H:%M:%S +0000")


def story_page(n: int) -> str:
    """The full article page behind story n, longer than the feed's summary."""
    return (
        f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}: the full report</h1>"
        f"<p>The full text of story {n}: the data protection authority fined the firm €{n} million under the GDPR"
        " after an investigation into how it tracked visitors without their consent, and ordered it to stop.</p>"
        "<p>The firm said it would appeal the decision in court, and that it had already changed its banner"
        " so that refusing is as easy as accepting, which the authority said it would check.</p>"
        "</article></body></html>"
    )


async def wait_for(pilot: Any, condition: Callable[[], bool]) -> None:
    """Let the app run until `condition()` holds; workers report by message, so this takes a few frames
    (or many more on a busy machine: the wait gives up after LOAD_WAIT_SECONDS)."""
    deadline = time.monotonic() + LOAD_WAIT_SECONDS
    while time.monotonic() < deadline:
        await pilot.pause(0.05)
        if condition():
            return
    raise AssertionError("the app never got there")


def shown_title(app: Any) -> str:
    """The title of the article on the reading screen, when that screen is on top."""
    from tui.screens.main import MainScreen

    screen = app.screen
    if isinstance(screen, MainScreen) and screen.loaded is not None:
        return screen.loaded.article.metadata.title or ""
    return ""


def notifications(app: Any) -> list[str]:
    """The messages of the notifications the app is showing."""
    return [notification.message for notification in app._notifications]
