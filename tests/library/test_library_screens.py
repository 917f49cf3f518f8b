"""The library, history and feeds screens, driven with the keyboard through Textual's Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_support import (
    COPPA_ARTICLE,
    GDPR_ARTICLE,
    SMALL_GDPR_ARTICLE,
    notifications,
    open_test_library,
    rss_feed,
    save_text,
    shown_title,
    story_page,
    wait_for,
)
from pytest_httpserver import HTTPServer
from textual.widgets import DataTable, Input, Select, Static

from tui.app import FineprintApp
from tui.config import Config
from tui.feeds.refresh import subscribe
from tui.feeds.store import FeedStore
from tui.library.store import Library
from tui.screens.feeds import FeedsScreen
from tui.screens.help import HelpScreen
from tui.screens.history import HistoryScreen
from tui.screens.library import LibraryScreen
from tui.screens.main import MainScreen
from tui.screens.versions import VersionsScreen

START = (
    "Quiet start for the screen tests\n\nBy Tess Writer | 1 June 2024\n\n"
    "A short page the app opens on, so that each test spends its time on the screens.\n"
)
HOSTILE_TITLE = "[@click=app.quit]x [bold]Fine[/] \x1b[2J €1 million under the GDPR"


def _rows(app: FineprintApp, selector: str) -> int:
    tables = app.screen.query(selector)
    return tables.first(DataTable).row_count if tables else -1


@pytest.fixture
def start(tmp_path: Path) -> str:
    """A short article to start the app on."""
    page = tmp_path / "start.txt"
    page.write_text(START, encoding="utf-8")
    return str(page)


@pytest.fixture
def library(isolated_home: Path) -> Library:
    """Three saved articles, the GDPR one in two versions."""
    library = open_test_library(isolated_home)
    save_text(library, "http://site.test/gdpr", GDPR_ARTICLE)
    save_text(library, "http://site.test/coppa", COPPA_ARTICLE)
    save_text(library, "http://site.test/small", SMALL_GDPR_ARTICLE)
    save_text(library, "http://site.test/gdpr", GDPR_ARTICLE.replace("€5 million", "€8 million"))
    return library


async def _open_library(pilot) -> LibraryScreen:
    await wait_for(pilot, lambda: shown_title(pilot.app).startswith("Quiet start"))
    await pilot.press("L")
    await wait_for(pilot, lambda: _rows(pilot.app, "#library-table") > 0)
    assert isinstance(pilot.app.screen, LibraryScreen)
    return pilot.app.screen


async def test_L_lists_saved_articles_and_the_search_narrows_them(start: str, library: Library) -> None:
    """L shows every saved article; typing words in the search box narrows the list as you type."""
    async with FineprintApp(start, library=library).run_test(size=(120, 40)) as pilot:
        screen = await _open_library(pilot)
        assert _rows(pilot.app, "#library-table") == 3
        await pilot.press("slash")
        assert isinstance(screen.focused, Input)
        for key in "pixels":
            await pilot.press(key)
        await wait_for(pilot, lambda: _rows(pilot.app, "#library-table") == 1)
        assert screen.summaries[0].url == "http://site.test/gdpr"
        assert "pixels" in str(screen.query_one("#library-detail", Static).render())
        await pilot.press("escape")  # out of the search box
        assert isinstance(screen.focused, DataTable)


async def test_filters_by_law_penalty_and_date(start: str, library: Library) -> None:
    """The law menu keeps articles citing it; a currency orders by the largest penalty in it."""
    async with FineprintApp(start, library=library).run_test(size=(120, 40)) as pilot:
        screen = await _open_library(pilot)
        await wait_for(pilot, lambda: len(screen.query_one("#library-penalty", Select)._options) > 2)
        screen.query_one("#library-penalty", Select).value = "EUR"
        await wait_for(pilot, lambda: _rows(pilot.app, "#library-table") == 2)
        assert [(s.url, s.largest) for s in screen.summaries] == [
            ("http://site.test/gdpr", 20_000_000),
            ("http://site.test/small", 300_000),
        ]
        screen.query_one("#library-penalty", Select).clear()
        screen.query_one("#library-law", Select).value = "coppa"
        await wait_for(pilot, lambda: _rows(pilot.app, "#library-table") == 1)
        assert screen.summaries[0].url == "http://site.test/coppa"
        screen.query_one("#library-law", Select).clear()
        screen.query_one("#library-date", Select).value = 7  # the past week, by the library's clock
        await wait_for(pilot, lambda: _rows(pilot.app, "#library-table") == 0)


async def test_enter_opens_the_saved_copy_and_it_goes_into_history(start: str, library: Library) -> None:
    """Enter on a row shows the saved copy on the reading screen; H then lists it."""
    async with FineprintApp(start, library=library).run_test(size=(120, 40)) as pilot:
        screen = await _open_library(pilot)
        index = next(i for i, s in enumerate(screen.summaries) if s.url == "http://site.test/coppa")
        for _ in range(index):
            await pilot.press("down")
        await pilot.press("enter")
        await wait_for(pilot, lambda: shown_title(pilot.app).startswith("Streaming service"))
        assert any(
            m.startswith("This is the copy saved in your library on") for m in notifications(pilot.app)
        )
        await pilot.press("H")
        await wait_for(pilot, lambda: _rows(pilot.app, "#history-table") == 1)
        assert isinstance(pilot.app.screen, HistoryScreen)
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen)


async def test_versions_show_what_changed_and_remove_asks_first(start: str, library: Library) -> None:
    """v lists the versions with the changed fine; d asks, y removes the article."""
    async with FineprintApp(start, library=library).run_test(size=(120, 40)) as pilot:
        screen = await _open_library(pilot)
        index = next(i for i, s in enumerate(screen.summaries) if s.url == "http://site.test/gdpr")
        for _ in range(index):
            await pilot.press("down")
        await pilot.press("v")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, VersionsScreen))
        text = pilot.app.screen.query_one("#versions-text", Static)
        await wait_for(pilot, lambda: "Version 2" in str(text.render()))
        assert "~ penalty: €5M → penalty: €8M" in str(text.render())
        await pilot.press("escape")
        await pilot.press("d")
        await pilot.press("n")  # no: nothing removed
        assert _rows(pilot.app, "#library-table") == 3
        await pilot.press("d")
        await pilot.press("y")
        await wait_for(pilot, lambda: _rows(pilot.app, "#library-table") == 2)
        assert library.latest("http://site.test/gdpr") is None


async def test_page_text_in_the_lists_stays_literal(start: str, isolated_home: Path) -> None:
    """A title with markup look-alikes and an escape byte is shown as text; the app does not quit."""
    library = open_test_library(isolated_home)
    save_text(library, "http://site.test/hostile", HOSTILE_TITLE + "\n\nThe GDPR fine was €1 million.\n")
    async with FineprintApp(start, library=library).run_test(size=(120, 40)) as pilot:
        await _open_library(pilot)
        table = pilot.app.screen.query_one("#library-table", DataTable)
        cell = str(table.get_row_at(0)[1])
        assert cell.startswith("[@click=app.quit]x [bold]Fine[/] \u241b[2J")
        await pilot.click("#library-table", offset=(30, 1))
        assert pilot.app.is_running


async def test_the_new_keys_are_listed_remappable_and_in_the_palette(start: str, library: Library) -> None:
    """Help lists L, F and H; a keymap can move them; the command palette offers all three."""
    config = Config(keymap={"open_library": "ctrl+b"})
    async with FineprintApp(start, config=config, library=library).run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: shown_title(pilot.app).startswith("Quiet start"))
        await pilot.press("question_mark")
        keys = dict(pilot.app.screen.keys) if isinstance(pilot.app.screen, HelpScreen) else {}
        assert keys.get("F") == "Feeds" and keys.get("H") == "History" and keys.get("^b") == "Library"
        await pilot.press("escape")
        commands = {command.title for command in pilot.app.get_system_commands(pilot.app.screen)}
        assert {"Library", "Feeds", "History"} <= commands
        await pilot.press("ctrl+b")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen))


async def test_F_shows_feeds_and_opening_an_entry_reads_the_full_article(
    start: str, isolated_home: Path, httpserver: HTTPServer
) -> None:
    """The unread count drops after enter on an entry, which shows the full page on the reading screen."""
    base = httpserver.url_for("/").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss_feed(5, base), content_type="application/rss+xml"
    )
    httpserver.expect_request("/articles/5").respond_with_data(story_page(5), content_type="text/html")
    library = open_test_library(isolated_home)
    subscribe(FeedStore(library), httpserver.url_for("/feed.xml"))
    async with FineprintApp(start, library=library).run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: shown_title(pilot.app).startswith("Quiet start"))
        await pilot.press("F")
        await wait_for(pilot, lambda: _rows(pilot.app, "#entries-table") == 5)
        screen = pilot.app.screen
        assert isinstance(screen, FeedsScreen)
        assert [str(cell) for cell in screen.query_one("#feeds-table", DataTable).get_row_at(0)] == [
            "Privacy Wire",
            "5/5",
        ]
        assert str(screen.query_one("#entries-table", DataTable).get_row_at(0)[0]) == "●"
        await pilot.press("tab", "enter")
        await wait_for(pilot, lambda: shown_title(pilot.app).startswith("Story 5"))
        main = pilot.app.screen
        assert isinstance(main, MainScreen) and main.loaded is not None
        assert any("The full text of story 5" in block.text for block in main.loaded.article.blocks)
        await pilot.press("F")
        await wait_for(pilot, lambda: _rows(pilot.app, "#feeds-table") == 1)
        feeds = pilot.app.screen.query_one("#feeds-table", DataTable)
        await wait_for(pilot, lambda: str(feeds.get_row_at(0)[1]) == "4/5")


async def test_feeds_screen_adds_refreshes_and_marks(
    start: str, isolated_home: Path, httpserver: HTTPServer
) -> None:
    """a subscribes by address, r refreshes and finds new entries, m marks an entry read and unread."""
    base = httpserver.url_for("/").rstrip("/")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss_feed(2, base), content_type="application/rss+xml"
    )
    async with FineprintApp(start, library=open_test_library(isolated_home)).run_test(
        size=(120, 40)
    ) as pilot:
        await wait_for(pilot, lambda: shown_title(pilot.app).startswith("Quiet start"))
        await pilot.press("F")
        await wait_for(
            pilot, lambda: "No subscriptions yet" in str(pilot.app.screen.query_one("#feeds-status").render())
        )
        await pilot.press("a")
        await pilot.press(*httpserver.url_for("/feed.xml"), "enter")
        await wait_for(pilot, lambda: _rows(pilot.app, "#entries-table") == 2)
        httpserver.clear()
        httpserver.expect_request("/feed.xml").respond_with_data(
            rss_feed(4, base), content_type="application/rss+xml"
        )
        await pilot.press("r")
        await wait_for(pilot, lambda: _rows(pilot.app, "#entries-table") == 4)
        feeds = pilot.app.screen.query_one("#feeds-table", DataTable)
        await pilot.press("tab", "m")
        await wait_for(pilot, lambda: str(feeds.get_row_at(0)[1]) == "3/4")
        await pilot.press("m")
        await wait_for(pilot, lambda: str(feeds.get_row_at(0)[1]) == "4/4")
