"""The app with its library: saved copies offline, changed pages, a damaged library at start."""

from __future__ import annotations

from pathlib import Path

from library_support import GDPR_ARTICLE, FixedClock, notifications, shown_title, wait_for
from pytest_httpserver import HTTPServer

from tui.app import FineprintApp
from tui.library.store import Library


async def test_a_url_opened_in_the_app_opens_again_offline(isolated_home: Path) -> None:
    """The app saves a fetched URL; with the server stopped, a new app shows the copy and says when it was saved."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    server.expect_request("/a").respond_with_data(
        GDPR_ARTICLE.encode(), content_type="text/plain; charset=utf-8"
    )
    url = server.url_for("/a")
    library = Library(isolated_home / "library.sqlite3", FixedClock())
    async with FineprintApp(url, library=library).run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: shown_title(pilot.app).startswith("Regulator fines"))
        assert not any("saved in your library" in m for m in notifications(pilot.app))
    server.stop()
    async with FineprintApp(url).run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: shown_title(pilot.app).startswith("Regulator fines"))
        await wait_for(pilot, lambda: any("saved in your library" in m for m in notifications(pilot.app)))
        (message,) = [m for m in notifications(pilot.app) if "saved in your library" in m]
        assert "refused" in message and "on 2024-06-01 09:01 UTC" in message
        assert pilot.app.library is not None
        assert [entry.url for entry in pilot.app.library.history()] == [url]


async def test_a_changed_page_lists_what_changed(isolated_home: Path, httpserver: HTTPServer) -> None:
    """Opening a page whose fine was revised names the change in a notification."""
    httpserver.expect_request("/a").respond_with_data(GDPR_ARTICLE.encode(), content_type="text/plain")
    url = httpserver.url_for("/a")
    async with FineprintApp(url).run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: shown_title(pilot.app).startswith("Regulator fines"))
    httpserver.clear()
    revised = GDPR_ARTICLE.replace("€5 million", "€9 million")
    httpserver.expect_request("/a").respond_with_data(revised.encode(), content_type="text/plain")
    async with FineprintApp(url).run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: any("page changed" in m for m in notifications(pilot.app)))
        (message,) = [m for m in notifications(pilot.app) if "page changed" in m]
        assert "1 changed" in message and "~ penalty: €5M → penalty: €9M" in message


async def test_a_damaged_library_is_reported_and_the_app_still_starts(isolated_home: Path) -> None:
    """Garbage in the library file: a warning names where it was moved, and the sample article opens."""
    (isolated_home / "library.sqlite3").write_bytes(b"\x00garbage, not a database\xff" * 400)
    async with FineprintApp().run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: shown_title(pilot.app).startswith("Epic Games"))
        assert any(m.startswith("The library file was damaged") for m in notifications(pilot.app))
        assert pilot.app.library is not None
    assert len(list(isolated_home.glob("library.sqlite3.damaged-*"))) == 1
