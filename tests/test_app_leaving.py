"""Leaving an article while it is still being annotated: its worker stops, but a download is still saved."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from app_pilot import SAMPLE, wait_for_article
from pytest_httpserver import HTTPServer

import tui.library.loading
import tui.screens.reading_workers as reading_workers
from tui.app import FineprintApp
from tui.library.store import Library
from tui.screens.main import MainScreen

OTHER = "A second article on fines\n\nUnder the GDPR a €5 million fine was imposed on a shop.\n\nIt will appeal.\n"
STEPS = 200
"""Pauses of 0.05 s to wait for a step of the worker (10 s)."""


class HeldWorker:
    """Holds the annotation worker at its first unit until `go`, and records how its steps end."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.walking, self.go = threading.Event(), threading.Event()
        self.annotated: list[str] = []
        """How each annotate_article call ended: 'returned' or the exception's name."""
        self.saved: list[str] = []
        """The sources finish_with_library was called for (it saves a download)."""
        real_wait, real_annotate = reading_workers.wait_for_keys, reading_workers.annotate_article
        real_finish = tui.library.loading.finish_with_library

        def wait() -> None:
            self.walking.set()
            self.go.wait(10)
            real_wait()

        def annotate(*args, **kwargs):
            try:
                found = real_annotate(*args, **kwargs)
            except BaseException as error:
                self.annotated.append(type(error).__name__)
                raise
            self.annotated.append("returned")
            return found

        def finish(opened, *args, **kwargs):
            loaded = real_finish(opened, *args, **kwargs)
            self.saved.append(opened.source)
            return loaded

        monkeypatch.setattr(reading_workers, "wait_for_keys", wait)
        monkeypatch.setattr(reading_workers, "annotate_article", annotate)
        monkeypatch.setattr(tui.library.loading, "finish_with_library", finish)


async def until(pilot, condition) -> None:
    """Pause until `condition()` holds (at most STEPS pauses)."""
    for _ in range(STEPS):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the worker never got there")


async def leave_while_annotating(pilot, screen: MainScreen, source: str, held: HeldWorker) -> None:
    """Open `source`, go back once its worker is annotating, then let the worker go on."""
    screen.open_source(source)
    await until(pilot, held.walking.is_set)
    assert screen.opened is not None and screen.opened.source == source and not screen.complete
    await pilot.press("backspace")
    await until(pilot, lambda: screen.opened is not None and screen.opened.source == SAMPLE)
    held.go.set()
    await until(pilot, lambda: bool(held.annotated))


async def test_leaving_an_article_stops_its_annotation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Going back from a file still being annotated stops its worker at the next unit: nothing more is made."""
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        annotations = screen.annotations
        held = HeldWorker(monkeypatch)
        await leave_while_annotating(pilot, screen, str(other), held)
        assert held.annotated == ["ArticleLeft"] and held.saved == []
        await pilot.pause(0.1)
        assert screen.opened is not None and screen.opened.source == SAMPLE
        assert screen.annotations == annotations and screen.complete


async def test_a_download_left_while_annotating_is_still_saved(
    isolated_home: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Going back from a fetched page still being annotated: its worker goes on to save it, then stops."""
    httpserver.expect_request("/a").respond_with_data(
        OTHER.encode(), content_type="text/plain; charset=utf-8"
    )
    url = httpserver.url_for("/a")
    library = Library(isolated_home / "library.sqlite3")
    async with FineprintApp(SAMPLE, library=library).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        held = HeldWorker(monkeypatch)
        await leave_while_annotating(pilot, screen, url, held)
        await until(pilot, lambda: bool(held.saved))
        assert held.annotated == ["returned"] and held.saved == [url]
        saved = library.latest(url)
        assert saved is not None and saved.url == url
        assert saved.annotations_json["annotations"]  # saved with its annotations, as any download
        assert screen.opened is not None and screen.opened.source == SAMPLE
