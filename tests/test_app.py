"""The app, driven through Textual's Pilot as a reader would use it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests_support import closed_port_url
from textual.widgets import OptionList

from tui.app import FineprintApp
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.widgets.annotation_detail import AnnotationDetail
from tui.widgets.annotation_list import AnnotationList
from tui.widgets.article_view import ArticleView
from tui.widgets.comments_view import CommentsView
from tui.widgets.unit_text import UnitText

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = str(ROOT / "tui" / "sample" / "sample-article.txt")


async def _loaded(pilot) -> MainScreen:
    """Wait until the article is on screen; return the reading screen."""
    for _ in range(100):
        await pilot.pause(0.05)
        screen = pilot.app.screen
        if isinstance(screen, MainScreen) and screen.loaded is not None and screen.query(UnitText):
            await pilot.pause(0.1)
            return screen
    raise AssertionError("the article never loaded")


def _detail(screen: MainScreen) -> str:
    return str(screen.query_one(AnnotationDetail).render())


async def test_nothing_selected_until_the_first_bracket() -> None:
    """Before `]` nothing is selected and the detail pane says how to start."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        assert screen.selected is None
        assert "Press ]" in _detail(screen)


async def test_brackets_walk_annotations_in_reading_order() -> None:
    """`]` walks every annotation from the title through the body into the comments; `[` walks back."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        annotations = screen.annotations
        assert annotations[0].unit_id == "title"
        seen = []
        for _ in annotations:
            await pilot.press("right_square_bracket")
            seen.append(annotations[screen.selected].id)
        assert seen == [a.id for a in annotations]
        assert annotations[-1].unit_id.startswith("c")
        await pilot.press("right_square_bracket")
        assert annotations[screen.selected].id == annotations[-1].id  # stays at the end
        await pilot.press("left_square_bracket")
        assert screen.selected == len(annotations) - 2


async def test_detail_pane_names_the_law_or_the_amount() -> None:
    """Selecting a penalty shows its normalised amount; a law shows its full name."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        await pilot.press("right_square_bracket")
        first = screen.annotations[screen.selected]
        assert first.kind == "penalty"
        assert f"{first.amount:,.0f} {first.currency}" in _detail(screen)
        law_index = next(i for i, a in enumerate(screen.annotations) if a.kind == "law")
        while screen.selected != law_index:
            await pilot.press("right_square_bracket")
        assert screen.annotations[law_index].law.name in _detail(screen)
        assert screen.query_one(AnnotationList).highlighted_option.id == screen.annotations[law_index].id


async def test_article_and_comments_scroll_to_the_selection() -> None:
    """The pane that holds the selected annotation scrolls it into view."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        article = screen.query_one(ArticleView)
        last_body = max(i for i, a in enumerate(screen.annotations) if a.unit_id.startswith("b"))
        while screen.selected != last_body:
            await pilot.press("right_square_bracket")
        await pilot.pause(0.1)
        widget = article.unit(screen.annotations[last_body].unit_id)
        assert article.scroll_y > 0
        assert article.scrollable_content_region.overlaps(widget.region) or widget.region.y >= 0
        comments = screen.query_one(CommentsView)
        while not screen.annotations[screen.selected].unit_id.startswith("c"):
            await pilot.press("right_square_bracket")
        await pilot.pause(0.1)
        target = comments.unit(screen.annotations[screen.selected].unit_id)
        assert comments.region.contains_region(target.region) or comments.region.overlaps(target.region)


async def test_number_keys_hide_kinds_and_navigation_skips_them() -> None:
    """`2` hides penalties: the list drops them and `]` goes straight to a law."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        await pilot.press("2")
        listed = screen.query_one(AnnotationList).option_count
        assert listed == sum(a.kind != "penalty" for a in screen.annotations)
        await pilot.press("right_square_bracket")
        assert screen.annotations[screen.selected].kind != "penalty"
        await pilot.press("2")
        assert screen.query_one(AnnotationList).option_count == len(screen.annotations)


async def test_help_lists_the_bindings_as_bound() -> None:
    """`?` opens help listing every key; escape closes it."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        await _loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.1)
        assert isinstance(pilot.app.screen, HelpScreen)
        text = str(pilot.app.screen.query_one("#help-keys").render())
        for description in ("Next", "Previous", "Laws", "Penalties", "Metadata", "Open", "Quit"):
            assert description in text
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen)


async def test_remapped_key_is_used_and_shown(isolated_home: Path) -> None:
    """A keymap in config.toml moves `next annotation` to `j`, and help shows `j`."""
    (isolated_home / "config.toml").write_text('[keymap]\nnext_annotation = "j"\n', encoding="utf-8")
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        await pilot.press("j")
        assert screen.selected == 0


@pytest.mark.parametrize(
    ("content", "reason"), [(None, "no such file"), (b"", "empty"), (bytes(range(256)) * 8, "binary")]
)
async def test_unreadable_source_notifies_and_keeps_running(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    """A missing, empty or binary file shows a notification in plain words; the app stays up."""
    path = tmp_path / "source.txt"
    if content is not None:
        path.write_bytes(content)
    async with FineprintApp(str(path)).run_test(size=(120, 40)) as pilot:
        for _ in range(40):
            await pilot.pause(0.05)
            if pilot.app._notifications:
                break
        messages = [n.message for n in pilot.app._notifications]
        assert any(reason in m for m in messages)
        assert isinstance(pilot.app.screen, MainScreen)


async def test_open_prompt_loads_and_reports_failures() -> None:
    """ctrl+l opens a prompt; a refused URL gives a notification, not a crash."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        await _loaded(pilot)
        await pilot.press("ctrl+l")
        await pilot.pause(0.1)
        for char in closed_port_url():
            await pilot.press(
                char if char not in ":/." else {":": "colon", "/": "slash", ".": "full_stop"}[char]
            )
        await pilot.press("enter")
        for _ in range(60):
            await pilot.pause(0.05)
            if any("refused" in n.message for n in pilot.app._notifications):
                break
        assert any("refused" in n.message for n in pilot.app._notifications)
        assert isinstance(pilot.app.screen, MainScreen)


async def test_hostile_page_stays_literal_on_screen(tmp_path: Path) -> None:
    """Markup look-alikes and escape sequences in title, body and comment show as literal text."""
    page = tmp_path / "hostile.txt"
    page.write_text(
        "[@click=app.quit]x [bold]Title[/] \x1b[2J of the page\n\nBy Eve Doe | 4 March 2024\n\n"
        "The body [/] holds \x1b[31mred\x1b[0m and a €2 million fine.\n\n"
        "Comments\n\nMallory says:\nMarch 5, 2024 at 9:12 am\n\nA comment with [@click=app.quit] and \x1b[5m blink.\n",
        encoding="utf-8",
    )
    async with FineprintApp(str(page)).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        texts = [str(w.render()) for w in screen.query(UnitText)]
        assert any("[@click=app.quit]x [bold]Title[/]" in t for t in texts)
        assert any("\u241b[31m" in t for t in texts)
        assert all("\x1b" not in t for t in texts)
        svg = pilot.app.export_screenshot()
        assert "\x1b" not in svg
        await pilot.click(ArticleView)
        assert pilot.app.is_running
        assert isinstance(screen.query_one(AnnotationList), OptionList)


async def test_search_highlights_matches_and_moves_between_them() -> None:
    """`/` takes a term; enter goes to the first match, `n` and `N` move, escape clears."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        await pilot.press("slash")
        for char in "refund":
            await pilot.press(char)
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert len(screen.matches) >= 2 and screen.match_index == 0
        first = screen.matches[0]
        widget = next(w for w in screen.query(UnitText) if w.unit_id == first.unit_id)
        assert widget.matches and widget.matches[0] == (first.start, first.end)
        await pilot.press("n")
        assert screen.match_index == 1
        await pilot.press("N")
        assert screen.match_index == 0
        await pilot.press("escape")
        assert screen.matches == () and not widget.matches


async def test_copy_citation_needs_a_selection_then_copies() -> None:
    """`y` asks for a selection first; then it copies the quoted words with the article title."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        await pilot.press("y")
        assert any("Select an annotation" in n.message for n in pilot.app._notifications)
        await pilot.press("right_square_bracket", "y")
        copied = pilot.app.clipboard
        assert screen.annotations[0].text in copied and "Epic Games" in copied


async def test_open_in_browser_refuses_a_local_file() -> None:
    """`o` on an article read from a file says there is no web address."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        await _loaded(pilot)
        await pilot.press("o")
        assert any("no web address" in n.message for n in pilot.app._notifications)


async def test_long_thread_mounts_in_batches_and_navigation_reaches_the_end(tmp_path: Path) -> None:
    """A thread of 400 comments mounts a first batch; selecting the last annotation mounts and scrolls to it."""
    body = "".join(
        f"Reader{n} says:\nMarch 5, 2024 at 9:12 am\n\nThe $5 million fine is small for a firm this size, I think.\n\n"
        for n in range(400)
    )
    page = tmp_path / "thread.txt"
    page.write_text(
        "A headline about a $5 million fine\n\nBy Ann Lee | 4 March 2024\n\nThe regulator imposed a $5 million fine.\n\n"
        "Comments\n\n" + body,
        encoding="utf-8",
    )
    async with FineprintApp(str(page)).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        comments = screen.query_one(CommentsView)
        assert len(comments.query(UnitText)) < 400
        assert comments.query(".more")
        last = len(screen.annotations) - 1
        screen.selected = last
        await pilot.pause(0.3)
        target = comments.unit(screen.annotations[last].unit_id)
        assert target is not None and target.selected_id == screen.annotations[last].id
        assert comments.scroll_y > 0


def test_fetch_limits_come_from_the_config(isolated_home: Path) -> None:
    """[fetch] in config.toml sets the limits; values of the wrong type keep the defaults."""
    from tui.config import load_config

    (isolated_home / "config.toml").write_text(
        '[fetch]\nmax_bytes = 2048\nread_timeout = "soon"\nuser_agent = "reader/1"\n', encoding="utf-8"
    )
    limits = load_config().fetch
    assert (limits.max_bytes, limits.read_timeout, limits.user_agent) == (2048, 10.0, "reader/1")


async def test_opening_a_url_fetches_it_in_the_worker(httpserver) -> None:
    """A URL given to the app is fetched from a real server and shown; backspace returns to the sample."""
    page = Path(SAMPLE).read_bytes().replace(b"Epic Games to pay", b"Served over HTTP: Epic Games to pay", 1)
    httpserver.expect_request("/article.txt").respond_with_data(
        page, content_type="text/plain; charset=utf-8"
    )
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await _loaded(pilot)
        screen.open_source(httpserver.url_for("/article.txt"))
        for _ in range(100):
            await pilot.pause(0.05)
            title = screen.loaded.article.metadata.title if screen.loaded else ""
            if title and title.startswith("Served over HTTP"):
                break
        assert screen.loaded.article.metadata.title.startswith("Served over HTTP")
        assert screen.loaded.source.startswith("http://127.0.0.1")
        await pilot.press("backspace")
        assert screen.loaded.article.metadata.title.startswith("Epic Games")
