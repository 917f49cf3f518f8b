"""SVG snapshots of the app on the bundled sample: wide, narrow, and the help screen."""

from __future__ import annotations

from pathlib import Path

from tui.app import FineprintApp
from tui.screens.main import MainScreen
from tui.widgets.unit_text import UnitText

SAMPLE = str(Path(__file__).resolve().parent.parent / "tui" / "sample" / "sample-article.txt")


async def _wait_for_article(pilot) -> None:
    for _ in range(100):
        await pilot.pause(0.05)
        screen = pilot.app.screen
        if isinstance(screen, MainScreen) and screen.loaded is not None and screen.query(UnitText):
            break
    await pilot.pause(0.2)


def test_sample_wide(snap_compare) -> None:
    """At 120×40: article, comments, annotation list and detail, the third annotation selected."""

    async def run_before(pilot) -> None:
        await _wait_for_article(pilot)
        for _ in range(3):
            await pilot.press("right_square_bracket")
        await pilot.pause(0.2)

    assert snap_compare(FineprintApp(SAMPLE), terminal_size=(120, 40), run_before=run_before)


def test_sample_narrow(snap_compare) -> None:
    """At 80×24 the side pane folds away."""
    assert snap_compare(FineprintApp(SAMPLE), terminal_size=(80, 24), run_before=_wait_for_article)


def test_help_screen(snap_compare) -> None:
    """The help screen lists the keys as bound."""

    async def run_before(pilot) -> None:
        await _wait_for_article(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.2)

    assert snap_compare(FineprintApp(SAMPLE), terminal_size=(120, 40), run_before=run_before)
