"""Helpers for the app's Pilot tests: waiting for an article, reading what a pane draws."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from tui.screens.main import MainScreen
from tui.widgets.status_line import StatusLine
from tui.widgets.text_pane import TextPane

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = str(ROOT / "tui" / "sample" / "sample-article.txt")
LONG_WAIT_STEPS = 1200
"""Pauses of 0.05 s to wait for a long thread's annotations (its comments' come after its body's)."""
LOAD_WAIT_SECONDS = 60.0
"""How long an article may take to open and be annotated before the wait calls it lost: long enough for a
machine busy with other work (a hang still fails), and never spent when the article comes."""


async def wait_for_article(pilot, *, annotated: bool = True, title: str | None = None) -> MainScreen:
    """Wait until an article (with its annotations, unless told) is on screen; return the screen."""
    deadline = time.monotonic() + LOAD_WAIT_SECONDS
    while time.monotonic() < deadline:
        await pilot.pause(0.05)
        screen = pilot.app.screen
        if not isinstance(screen, MainScreen) or screen.opened is None:
            continue
        if title is not None and not (screen.opened.article.metadata.title or "").startswith(title):
            continue
        if not annotated or screen.annotated is not None:
            await pilot.pause(0.05)
            return screen
    raise AssertionError("the article never loaded")


async def wait_until(pilot, condition: Callable[[], bool], *, delay: float | None = None) -> bool:
    """Pause (`delay` seconds, or until the app is idle) until `condition` holds or LOAD_WAIT_SECONDS pass;
    whether it holds. A count of pauses is no deadline: on a busy machine 200 of them passed in a blink."""
    deadline = time.monotonic() + LOAD_WAIT_SECONDS
    while not condition():
        if time.monotonic() >= deadline:
            return False
        await pilot.pause(delay)
    return True


async def wait_until_complete(pilot, screen: MainScreen) -> None:
    """Wait until every annotation of a long thread is shown (the body's come first)."""
    for _ in range(LONG_WAIT_STEPS):
        if screen.complete:
            await pilot.pause(0.05)
            return
        await pilot.pause(0.05)
    raise AssertionError("the comments' annotations never arrived")


def opened_complete(screen: MainScreen, source: Path) -> bool:
    """Whether `source` is the article shown, with all its annotations."""
    return screen.opened is not None and screen.opened.source == str(source) and screen.complete


def status(screen: MainScreen) -> str:
    """What the status line says."""
    return str(screen.query_one(StatusLine).render())


def pane_lines(pane: TextPane) -> list[str]:
    """Every screen line of a pane, as drawn."""
    return [pane.line_text(index) for index in range(len(pane.lines))]


def on_screen(pane: TextPane) -> list[str]:
    """The lines of a pane that are on screen now."""
    top = int(pane.scroll_offset.y)
    height = pane.scrollable_content_region.height
    return [pane.line_text(index) for index in range(top, min(len(pane.lines), top + height))]


def selected_line_visible(pane: TextPane, annotation_id: str) -> bool:
    """Whether the line holding an annotation is within the pane's view."""
    line = pane.line_of_annotation(annotation_id)
    top = int(pane.scroll_offset.y)
    return line is not None and top <= line < top + pane.scrollable_content_region.height


class Recorder:
    """Stands in for the browser opener or the clipboard writer: records what it was handed."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, text: str) -> None:
        self.calls.append(text)
