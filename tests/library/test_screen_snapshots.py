"""SVG snapshots of the library and feeds screens at 120×40, on fixed articles, feeds and times."""

from __future__ import annotations

from pathlib import Path

from library_support import (
    COPPA_ARTICLE,
    GDPR_ARTICLE,
    SMALL_GDPR_ARTICLE,
    open_test_library,
    rss_feed,
    save_text,
)
from rich.cells import cell_len
from textual.widgets import DataTable

from parsers.feed import read_feed
from tui.app import FineprintApp
from tui.feeds.store import FeedStore
from tui.screens.main import MainScreen

SAMPLE = str(Path(__file__).resolve().parents[2] / "tui" / "sample" / "sample-article.txt")


async def _wait(pilot, condition) -> None:
    for _ in range(200):
        await pilot.pause(0.05)
        if condition():
            break
    await pilot.pause(0.2)


def _article_shown(pilot) -> bool:
    screen = pilot.app.screen
    return isinstance(screen, MainScreen) and screen.loaded is not None


def _laid_out(pilot, selector: str, rows: int) -> bool:
    """The table holds `rows` rows, and every table on the screen has sized its columns to its rows: a DataTable
    widens its columns on an idle tick after the rows arrive, which a busy machine can delay past the snapshot."""
    tables = pilot.app.screen.query(selector)
    if not tables or tables.first(DataTable).row_count != rows:
        return False
    return all(_sized(table) for table in pilot.app.screen.query(DataTable))


def _sized(table: DataTable) -> bool:
    """Whether every column is as wide as its widest cell."""
    return all(
        column.content_width >= max((cell_len(str(cell)) for cell in table.get_column(key)), default=0)
        for key, column in table.columns.items()
    )


def test_library_screen(snap_compare, isolated_home: Path) -> None:
    """L: three saved articles with their counts, the GDPR one in two versions."""
    library = open_test_library(isolated_home)
    for url, text in (("gdpr", GDPR_ARTICLE), ("coppa", COPPA_ARTICLE), ("small", SMALL_GDPR_ARTICLE)):
        save_text(library, f"https://news.example/{url}", text)
    save_text(library, "https://news.example/gdpr", GDPR_ARTICLE.replace("€5 million", "€8 million"))

    async def run_before(pilot) -> None:
        await _wait(pilot, lambda: _article_shown(pilot))
        await pilot.press("L")
        await _wait(pilot, lambda: _laid_out(pilot, "#library-table", 3))

    assert snap_compare(FineprintApp(SAMPLE, library=library), terminal_size=(120, 40), run_before=run_before)


def test_feeds_screen(snap_compare, isolated_home: Path) -> None:
    """F: two feeds with unread counts, the first one's entries with unread marks."""
    library = open_test_library(isolated_home)
    store = FeedStore(library)
    for url, count, title in (("https://wire.example/feed.xml", 12, "Privacy Wire"),
                              ("https://rulings.example/rss", 3, "Court Rulings")):  # fmt: skip
        feed_id = store.add(url)[0]
        feed = read_feed(rss_feed(count, url.rsplit("/", 1)[0], title=title), url)
        assert feed is not None
        store.store(feed_id, feed)
    first = store.feeds()[1]  # "Privacy Wire" sorts after "Court Rulings"
    for entry in store.entries(first.id)[1:3]:
        store.mark_read(entry.id)

    async def run_before(pilot) -> None:
        await _wait(pilot, lambda: _article_shown(pilot))
        await pilot.press("F")
        await _wait(pilot, lambda: _laid_out(pilot, "#entries-table", 3))
        await pilot.press("down")
        await _wait(pilot, lambda: _laid_out(pilot, "#entries-table", 12))

    assert snap_compare(FineprintApp(SAMPLE, library=library), terminal_size=(120, 40), run_before=run_before)
