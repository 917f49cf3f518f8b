"""A seeded key-mash: 500 random keys and resizes, and the app is still alive and consistent.

Keys arrive in bursts, as from a hand on the keyboard: each burst goes into the app's queue
at once and the test waits for the app to settle only between bursts.
"""

from __future__ import annotations

import gzip
import random

from app_pilot import SAMPLE, wait_for_article, wait_until
from textual import events

from tui.app import FineprintApp
from tui.screens.main import MainScreen
from tui.widgets.article_view import ArticleView

SEED = 20240605
PRESSES = 500
BURST = 10
RESIZE_EVERY = 50
SIZES = [(80, 24), (120, 40), (200, 60), (60, 20), (100, 30)]
# (key, character): every key the app binds and keys a reader mashes, except those that quit
# (q, ctrl+q, ctrl+c), open the browser (o), copy (y), export (e) or open the command palette
# (whose commands quit, write screenshots and open the browser).
KEYS = [
    ("right_square_bracket", "]"), ("left_square_bracket", "["), ("1", "1"), ("2", "2"), ("3", "3"),
    ("c", "c"), ("m", "m"), ("a", "a"), ("enter", "\r"), ("f", "f"), ("z", "z"),
    ("right_curly_bracket", "}"), ("left_curly_bracket", "{"), ("asterisk", "*"), ("slash", "/"),
    ("n", "n"), ("N", "N"), ("escape", "\x1b"), ("backspace", "\x7f"), ("question_mark", "?"),
    ("f1", None), ("ctrl+l", "\x0c"), ("up", None), ("down", None), ("pageup", None), ("pagedown", None),
    ("home", None), ("end", None), ("tab", "\t"), ("shift+tab", None), ("space", " "), ("x", "x"),
    ("7", "7"), ("0", "0"), ("j", "j"), ("k", "k"), ("L", "L"), ("F", "F"), ("H", "H"),
]  # fmt: skip


async def test_key_mash_leaves_the_app_alive() -> None:
    """500 seeded keys in bursts, resizes between them: no crash, and `]` still selects afterwards."""
    chance = random.Random(SEED)
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        app = pilot.app
        await wait_for_article(pilot)
        for number in range(0, PRESSES, BURST):
            if number % RESIZE_EVERY == 0:
                await pilot.resize_terminal(*chance.choice(SIZES))
            for key, character in (chance.choice(KEYS) for _ in range(BURST)):
                app.post_message(events.Key(key, character))
            await pilot.pause()
        assert app.is_running and app.return_code is None
        while not isinstance(app.screen, MainScreen):
            await pilot.press("escape")
        screen = app.screen
        await pilot.press("escape")
        screen.query_one(ArticleView).focus()
        shown = [a for a in screen.annotations if a.kind not in screen.hidden]
        assert screen.opened is not None and screen.annotated is not None
        await pilot.press("right_square_bracket", "left_square_bracket", "right_square_bracket")
        if shown:  # unless the mash hid every kind (1, 2, 3), `]` selects one
            assert screen.selected is not None and screen.annotations[screen.selected] in shown


async def test_every_key_with_no_article_open_leaves_the_app_alive(tmp_path) -> None:
    """A source that cannot be opened leaves the panes empty; every key then still answers without a crash
    (`1` once raised IndexError: the comments pane redrew a title it never had)."""
    unreadable = tmp_path / "page.html"
    unreadable.write_bytes(gzip.compress(b"<html><body><p>Folded away.</p></body></html>"))
    async with FineprintApp(str(unreadable)).run_test(size=(120, 40)) as pilot:
        app = pilot.app
        await wait_until(pilot, lambda: bool(app._notifications), delay=0.02)
        assert "gzip" in " ".join(str(n.message) for n in app._notifications)
        for key, _character in KEYS:
            await pilot.press(key)
            while not isinstance(app.screen, MainScreen):
                await pilot.press("escape")
        assert app.is_running and app.return_code is None
        assert app.screen.opened is None
