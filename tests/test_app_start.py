"""The app's start: a local file read ahead paints in the first frame, annotations wait for the text."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from app_pilot import SAMPLE, on_screen, pane_lines, status, wait_for_article, wait_until, wait_until_complete
from pytest_httpserver import HTTPServer
from tests_support import long_thread

from parsers import Article, SourceError
from tui.app import FineprintApp
from tui.gil import hold_collector
from tui.library.opening import OpenedLibrary
from tui.messages import ArticleLoaded, ArticleOpened, LibraryOpened, LoadFailed
from tui.screens.history import HistoryScreen
from tui.screens.library import LibraryScreen
from tui.screens.main import MainScreen
from tui.screens.reading_actions import LIBRARY_OPENING
from tui.sources import Opened, open_ahead, open_article
from tui.widgets.article_view import ArticleView
from tui.widgets.comments_view import READING, CommentsView
from tui.widgets.text_pane import TextPane


def _thread_read_ahead(tmp_path: Path) -> tuple[Path, Opened]:
    """A 1,500-comment thread written to a file and read ahead: the file, and its top with the rest to come."""
    page = tmp_path / "thread.txt"
    page.write_text(long_thread(1500), encoding="utf-8")
    future = open_ahead(str(page))
    assert future is not None
    opened = future.result(timeout=10)
    assert opened.rest is not None
    return page, opened


def _held(opened: Opened, rest: Callable[[], Article]) -> Future[Opened]:
    """A read-ahead future, already done, whose article reads its rest with `rest`."""
    held: Future[Opened] = Future()
    held.set_result(replace(opened, rest=rest))
    return held


def _held_until(opened: Opened, gate: threading.Event) -> Future[Opened]:
    """A read-ahead future whose rest is read only once the test sets `gate`."""
    read_rest = opened.rest
    assert read_rest is not None

    def rest_when_let() -> Article:
        gate.wait(10)
        return read_rest()

    return _held(opened, rest_when_let)


def test_a_file_read_ahead_is_the_article_opening_it_gives() -> None:
    """Read ahead (the sample, or a file named), the article is the one `open_article` makes."""
    for source in (None, SAMPLE):
        future = open_ahead(source)
        assert future is not None
        opened, expected = future.result(timeout=10), open_article(source)
        assert opened.source == expected.source
        assert opened.article.metadata.title == expected.article.metadata.title
        assert [b.text for b in opened.article.blocks] == [b.text for b in expected.article.blocks]


def test_urls_and_standard_input_are_not_read_ahead() -> None:
    """A URL (which may come from the library) and standard input are left to the screen's worker."""
    assert open_ahead("https://example.com/article") is None
    assert open_ahead("-") is None


def test_a_file_that_cannot_be_read_ahead_fails_in_the_future(tmp_path: Path) -> None:
    """The reading error is kept for the screen, to say it as it says any other."""
    future = open_ahead(str(tmp_path / "missing.txt"))
    assert future is not None
    assert isinstance(future.exception(timeout=10), SourceError)


async def test_an_article_read_ahead_is_shown_without_a_worker() -> None:
    """Read before the app started, the article is shown as the screen mounts: no ArticleOpened round trip."""
    seen: list[object] = []
    future = open_ahead(SAMPLE)
    assert future is not None
    future.result(timeout=10)
    app = FineprintApp(SAMPLE, ahead=future)
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        screen = await wait_for_article(pilot)
        assert screen.opened is not None and screen.opened.source == SAMPLE
        assert (screen.opened.article.metadata.title or "").startswith("Epic Games")
        assert not any(isinstance(message, ArticleOpened) for message in seen)
        assert screen.annotations


async def test_an_article_still_being_read_ahead_is_waited_for() -> None:
    """When the app is up before the file is parsed, the screen's worker waits for it."""
    future: Future[Opened] = Future()
    app = FineprintApp(SAMPLE, ahead=future)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.1)
        assert app.screen.opened is None
        future.set_result(open_article(SAMPLE))
        screen = await wait_for_article(pilot)
        assert (screen.opened.article.metadata.title or "").startswith("Epic Games")


async def test_a_long_thread_read_ahead_shows_its_top_then_its_comments(tmp_path: Path) -> None:
    """A long text page paints its title and body first; its comments, then their annotations, follow."""
    page, opened = _thread_read_ahead(tmp_path)
    assert not opened.article.comments
    gate = threading.Event()
    held = _held_until(opened, gate)
    async with FineprintApp(str(page), ahead=held).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot, annotated=False)
        comments = screen.query_one(CommentsView)
        await pilot.pause(0.1)
        assert any("A headline about" in line for line in on_screen(screen.query_one(ArticleView)))
        assert on_screen(comments)[0].strip() == READING and screen.annotated is None
        await pilot.press("z")
        assert "still being read" in status(screen)
        gate.set()
        await wait_until_complete(pilot, screen)
        assert screen.opened.article == open_article(str(page)).article and screen.opened.rest is None
        assert on_screen(comments)[0].strip() == "1500 comments"
        assert any(a.unit_kind == "comment" for a in screen.annotations)
        drawn = pane_lines(comments)  # laid out by the worker; the same laid out here:
        comments.set_article(screen.opened.article)
        comments.set_annotations(screen.annotations, screen.hidden)
        assert pane_lines(comments) == drawn


async def test_a_file_that_could_not_be_read_ahead_is_reported() -> None:
    """The error read ahead is told as the worker's would be."""
    seen: list[object] = []
    future: Future[Opened] = Future()
    future.set_exception(SourceError("no such file: gone.txt"))
    app = FineprintApp("gone.txt", ahead=future)
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await wait_until(pilot, lambda: bool(pilot.app._notifications), delay=0.02)
        assert any(isinstance(message, LoadFailed) for message in seen)
        assert any("no such file: gone.txt" in n.message for n in pilot.app._notifications)


async def test_annotations_are_found_after_the_article_pane_drew_the_text() -> None:
    """The pane says once that it drew the new text; the annotations come after that, not before."""
    seen: list[object] = []
    app = FineprintApp(SAMPLE)
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        screen = await wait_for_article(pilot)
        article = screen.query_one(ArticleView)
        # The hook sees a message at each widget it bubbles through: the same object, many times.
        painted = [i for i, m in enumerate(seen) if isinstance(m, TextPane.Painted) and m.pane is article]
        loaded = [i for i, m in enumerate(seen) if isinstance(m, ArticleLoaded)]
        assert len({id(seen[i]) for i in painted}) == 1
        assert loaded and painted[0] < loaded[0]


@pytest.fixture
def collector_held():
    """The collector held as `fineprint` holds it at start; running again after the test whatever happens."""
    hold_collector()
    try:
        yield
    finally:
        gc.enable()


async def test_the_collector_held_at_start_runs_again_once_the_article_is_in_place(collector_held) -> None:
    """Start-up holds the cyclic collector; the first article's arrival lets it run again."""
    assert not gc.isenabled()
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        await wait_for_article(pilot, annotated=False)
        for _ in range(50):
            if gc.isenabled():
                break
            await pilot.pause(0.02)
        assert gc.isenabled()


async def test_the_collector_held_at_start_runs_again_once_the_annotations_are_in(collector_held) -> None:
    """The annotating worker holds the collector too and puts it back as it found it: once the
    annotations are shown, the collector held at start is running, not left off for good."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        assert screen.annotations
        for _ in range(50):
            if gc.isenabled():
                break
            await pilot.pause(0.02)
        assert gc.isenabled()


async def test_the_collector_held_at_start_runs_again_when_the_article_fails(
    collector_held, tmp_path
) -> None:
    """With no article to wait for (the file is missing), the collector runs again all the same."""
    async with FineprintApp(str(tmp_path / "missing.txt")).run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: bool(pilot.app._notifications), delay=0.02)
        assert gc.isenabled()


async def test_an_article_opened_behind_the_annotation_pane_is_annotated_all_the_same(tmp_path) -> None:
    """On a narrow screen with the annotation pane over the article, the article cannot draw: it is annotated anyway."""
    other = tmp_path / "other.txt"
    other.write_text(
        "Regulator fines a toy maker over children's data\n\nBy Ann Lee | 4 March 2024\n\n"
        "The FTC fined the company $5 million under COPPA.\n",
        encoding="utf-8",
    )
    async with FineprintApp(SAMPLE).run_test(size=(80, 24)) as pilot:
        screen = await wait_for_article(pilot)
        await pilot.press("a")
        await pilot.pause(0.05)
        assert not screen.query_one("#reading").display
        screen.open_source(str(other))
        screen = await wait_for_article(pilot, title="Regulator fines")
        assert screen.annotated is not None
        assert any(a.kind == "penalty" for a in screen.annotations)


async def test_a_file_read_ahead_opens_the_library_after_its_first_frame() -> None:
    """The library opens once the article is drawn, not before; the sample's place in the history stays."""
    seen: list[object] = []
    app = FineprintApp(SAMPLE, ahead=open_ahead(SAMPLE))
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        screen = await wait_for_article(pilot)
        for _ in range(100):
            if app.library is not None:
                break
            await pilot.pause(0.02)
        assert app.library is not None and screen.library is app.library
        painted = [i for i, m in enumerate(seen) if isinstance(m, TextPane.Painted)]
        opened = [i for i, m in enumerate(seen) if isinstance(m, LibraryOpened)]
        assert painted and opened and painted[0] < opened[0]
        assert SAMPLE in screen.positions.history()
        await pilot.press("H")
        await pilot.pause(0.1)
        assert isinstance(app.screen, HistoryScreen)


async def test_the_library_asked_for_before_it_is_open_says_so() -> None:
    """A key for the library pressed before it opened says it is still opening, not that it could not be."""
    app = FineprintApp(SAMPLE, ahead=open_ahead(SAMPLE))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot, annotated=False)
        screen.library, screen.library_opening = None, True  # as it is between the first frame and the worker
        screen.action_open_library()
        await pilot.pause(0.05)
        assert any(n.message == LIBRARY_OPENING for n in app._notifications)
        assert not isinstance(app.screen, LibraryScreen)


async def test_a_damaged_library_opened_after_the_first_frame_is_reported(isolated_home) -> None:
    """Opened late, a damaged library file is still moved aside and the reader told so."""
    (isolated_home / "library.sqlite3").write_bytes(b"\x00not a database\xff" * 400)
    app = FineprintApp(SAMPLE, ahead=open_ahead(SAMPLE))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_article(pilot, annotated=False)
        for _ in range(100):
            if any(n.message.startswith("The library file was damaged") for n in app._notifications):
                break
            await pilot.pause(0.02)
        assert any(n.message.startswith("The library file was damaged") for n in app._notifications)
        assert app.library is not None
    assert len(list(isolated_home.glob("library.sqlite3.damaged-*"))) == 1


async def test_a_url_opened_while_the_library_opens_is_saved(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page opened before the library finished opening waits for it: it is saved and in the history."""
    import tui.library.opening as opening

    release, real_open = threading.Event(), opening.open_library

    def held_open(*args: Any, **kwargs: Any) -> OpenedLibrary:
        release.wait(10)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(opening, "open_library", held_open)
    httpserver.expect_request("/news").respond_with_data(
        "<html><head><title>Regulator fines the shop</title></head><body><article><h1>Regulator fines the shop</h1>"
        + "<p>The regulator fined the shop under the GDPR for keeping data too long.</p>" * 6
        + "</article></body></html>",
        content_type="text/html; charset=utf-8",
    )
    url = httpserver.url_for("/news")
    app = FineprintApp(SAMPLE, ahead=open_ahead(SAMPLE))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        assert screen.library_opening and app.library is None
        screen.open_source(url)
        await pilot.pause(0.1)
        release.set()
        screen = await wait_for_article(pilot, title="Regulator fines")
        for _ in range(100):
            if app.library is not None and app.library.latest(url) is not None:
                break
            await pilot.pause(0.05)
        assert app.library is not None and app.library.latest(url) is not None
        assert url in screen.positions.history()


async def test_a_library_that_fails_unexpectedly_is_reported_not_opening_for_ever(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bug in opening the library is told in one sentence; L says no library, not "try again in a moment"."""
    import tui.library.opening as opening

    def broken_open(*args: Any, **kwargs: Any) -> OpenedLibrary:
        raise ValueError("the schema is from the future")

    monkeypatch.setattr(opening, "open_library", broken_open)
    app = FineprintApp(SAMPLE, ahead=open_ahead(SAMPLE))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot, annotated=False)
        for _ in range(100):
            if not screen.library_opening:
                break
            await pilot.pause(0.02)
        assert not screen.library_opening and app.library is None
        assert any("the schema is from the future" in n.message for n in app._notifications)
        screen.action_open_library()
        await pilot.pause(0.05)
        assert not any(n.message == LIBRARY_OPENING for n in app._notifications)


async def test_a_rest_that_cannot_be_read_leaves_the_top_and_says_so(tmp_path: Path) -> None:
    """Reading the rest of a long page fails: the comments pane stops saying it is reading, the reader is told."""
    page, opened = _thread_read_ahead(tmp_path)

    def broken_rest() -> Any:
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    held = _held(opened, broken_rest)
    app = FineprintApp(str(page), ahead=held)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        await wait_until_complete(pilot, screen)
        assert screen.opened is not None and screen.opened.rest is None
        assert any(
            n.message.startswith("The rest of this page could not be read") for n in app._notifications
        )
        assert not any(READING in line for line in pane_lines(screen.query_one(CommentsView)))
        await pilot.press("z")
        assert "still being read" not in status(screen)


async def test_comments_hidden_while_they_are_read_stay_hidden(tmp_path: Path) -> None:
    """`c` pressed while a long thread's comments are read: their arrival does not show the pane again."""
    page, opened = _thread_read_ahead(tmp_path)
    gate = threading.Event()
    held = _held_until(opened, gate)
    async with FineprintApp(str(page), ahead=held).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot, annotated=False)
        comments = screen.query_one(CommentsView)
        assert not comments.has_class("-hidden")
        await pilot.press("c")
        assert comments.has_class("-hidden")
        gate.set()
        await wait_until_complete(pilot, screen)
        assert screen.opened is not None and screen.opened.article.comments
        assert comments.has_class("-hidden")


async def test_a_search_made_before_the_comments_arrive_covers_them_after(tmp_path: Path) -> None:
    """A search made on the top of a long thread is made again when its comments arrive, highlights and all."""
    page, opened = _thread_read_ahead(tmp_path)
    gate = threading.Event()
    held = _held_until(opened, gate)
    async with FineprintApp(str(page), ahead=held).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot, annotated=False)
        await pilot.press("slash")
        await pilot.press(*"million fine", "enter")
        top = screen.matches
        assert top and not any(match.in_comments for match in top) and screen.match_index == 0
        gate.set()
        await wait_until_complete(pilot, screen)
        assert len(screen.matches) == len(top) + 1500 and screen.match_index == 0
        assert screen.matches[: len(top)] == top
        assert screen.query_one(ArticleView)._matches and screen.query_one(CommentsView)._matches


async def test_comment_keys_before_the_article_is_opened_say_it_is_opening() -> None:
    """z pressed while the article is still being opened says so, not that it has no comments."""
    held: Future[Opened] = Future()
    app = FineprintApp(SAMPLE, ahead=held)
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            screen = app.screen
            assert isinstance(screen, MainScreen) and screen.opened is None
            await pilot.press("z")
            assert "still being opened" in status(screen)
        finally:
            held.set_result(open_article(SAMPLE))
        await wait_for_article(pilot, annotated=False)


def test_an_opened_article_is_partial_until_its_rest_is_read(tmp_path: Path) -> None:
    """`partial` says whether the rest is to come; `finished` keeps the download's fields and drops the rest."""
    _page, top = _thread_read_ahead(tmp_path)
    opened = replace(top, saved_at="2026-01-01", problem="the network failed")
    assert opened.partial
    whole = opened.finished()
    assert not whole.partial and whole.article.comments
    assert (whole.source, whole.saved_at, whole.problem) == (
        opened.source,
        "2026-01-01",
        "the network failed",
    )
