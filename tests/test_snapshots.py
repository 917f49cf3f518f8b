"""SVG snapshots of the app on the bundled sample: three sizes in a dark and a light theme, help, hints."""

from __future__ import annotations

import pytest
from app_pilot import SAMPLE, wait_for_article

from tui.app import FineprintApp
from tui.config import Config

SIZES = [(80, 24), (120, 40), (200, 60)]
THEMES = ["textual-dark", "textual-light"]


def _app(theme: str = "textual-dark") -> FineprintApp:
    return FineprintApp(SAMPLE, Config(theme=theme))


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_sample(snap_compare, size: tuple[int, int], theme: str) -> None:
    """The third annotation selected; at 80×24 the side pane is folded away."""

    async def run_before(pilot) -> None:
        await wait_for_article(pilot)
        await pilot.press(*["right_square_bracket"] * 3)
        await pilot.pause(0.1)

    assert snap_compare(_app(theme), terminal_size=size, run_before=run_before)


def test_narrow_side_pane_opens_on_demand(snap_compare) -> None:
    """At 80×24 `a` opens the annotation pane over the article."""

    async def run_before(pilot) -> None:
        await wait_for_article(pilot)
        await pilot.press("right_square_bracket", "a")
        await pilot.pause(0.1)

    assert snap_compare(_app(), terminal_size=(80, 24), run_before=run_before)


def test_help_screen(snap_compare) -> None:
    """The help screen lists the keys as bound."""

    async def run_before(pilot) -> None:
        await wait_for_article(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.1)

    assert snap_compare(_app(), terminal_size=(120, 40), run_before=run_before)


def test_folded_thread_and_badges(snap_compare) -> None:
    """Comments with their annotation badges; the second thread folded with `z`."""

    async def run_before(pilot) -> None:
        await wait_for_article(pilot)
        await pilot.press("right_curly_bracket", "right_curly_bracket", "z")
        await pilot.pause(0.1)

    assert snap_compare(_app(), terminal_size=(120, 40), run_before=run_before)
