"""The app, driven through Textual's Pilot as a reader would use it."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from app_pilot import (
    SAMPLE,
    Recorder,
    on_screen,
    opened_complete,
    pane_lines,
    selected_line_visible,
    status,
    wait_for_article,
    wait_until,
)
from tests_support import closed_port_url
from textual.content import Content
from textual.css.styles import RulesMap
from textual.widgets import Input

from tui.app import FineprintApp
from tui.messages import ArticleLoaded
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.sources import load
from tui.widgets.annotation_detail import AnnotationDetail
from tui.widgets.annotation_list import AnnotationList, option_labels
from tui.widgets.article_view import ArticleView
from tui.widgets.comments_view import CommentsView
from tui.widgets.status_line import StatusLine
from tui.widgets.text_pane import TextPane


def _detail(screen: MainScreen) -> str:
    return " ".join(line.strip() for line in pane_lines(screen.query_one(AnnotationDetail)))


async def test_the_worker_makes_the_annotation_lists_labels() -> None:
    """The list's labels come made with the annotations, so the UI thread only swaps them in."""
    arrived: list[ArticleLoaded] = []

    def hook(message) -> None:
        if isinstance(message, ArticleLoaded):
            arrived.append(message)

    app = FineprintApp(SAMPLE)
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        screen = await wait_for_article(pilot)
        labels = arrived[0].labels
        assert labels is not None
        assert set(labels) == {a.id for a in screen.annotations}
        shown = screen.query_one(AnnotationList)
        assert shown.option_count == len(screen.annotations) > 0
        assert all(
            shown.get_option_at_index(i).prompt is labels[a.id] for i, a in enumerate(screen.annotations)
        )


def test_labels_made_for_the_lists_room_need_no_wrapping_on_the_ui_thread(monkeypatch) -> None:
    """A label measured by the worker answers the list's height question without wrapping again."""
    annotations = load(None).annotated.annotations
    rules = RulesMap(line_pad=0, text_overflow="fold", text_wrap="wrap")
    labels = option_labels(annotations, (rules, 12))
    heights = {label_id: label.get_height(rules, 12) for label_id, label in labels.items()}
    assert max(heights.values()) > 1  # narrow enough that labels wrap

    def no_wrapping(*args, **kwargs):
        raise AssertionError("a label was wrapped again")

    monkeypatch.setattr(Content, "_wrap_and_format", no_wrapping)
    assert {label_id: label.get_height(rules, 12) for label_id, label in labels.items()} == heights
    with pytest.raises(AssertionError):
        option_labels(annotations[:1], (rules, 30))


async def test_text_is_painted_before_the_annotations_arrive() -> None:
    """When the annotations reach the screen, the article's text is already laid out and drawn."""
    seen: list[tuple[bool, list[str], str]] = []

    def hook(message) -> None:
        if isinstance(message, ArticleLoaded):
            screen = app.screen
            assert isinstance(screen, MainScreen)
            status = str(screen.query_one(StatusLine).render())
            seen.append((screen.annotated is None, pane_lines(screen.query_one(ArticleView))[:6], status))

    app = FineprintApp(SAMPLE)
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        screen = await wait_for_article(pilot)
        assert seen, "the annotations never arrived by message"
        not_yet, first_lines, status = seen[0]
        assert not_yet
        assert any("Epic Games to pay $520 million" in line for line in first_lines)
        assert "Finding" in status
        # Once they arrive they highlight in place: the glyph goes in before the amount.
        assert any("¤$520 million" in line for line in pane_lines(screen.query_one(ArticleView))[:6])
        assert "Finding" not in str(screen.query_one(StatusLine).render())


async def test_a_shown_article_stays_out_of_full_collections_until_the_app_ends() -> None:
    """Once the article and its annotations are in, the collector's full passes skip them; closing hands them back."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        assert screen.complete
        assert gc.get_freeze_count() > 0
        comments = pane_lines(screen.query_one(CommentsView))
        assert comments[0].strip() == "4 comments"
        assert any("Gareth Lloyd" in line for line in comments)
    assert gc.get_freeze_count() == 0


async def test_garbage_left_by_one_article_is_collected_when_the_next_opens(tmp_path: Path) -> None:
    """Freezing keeps a shown article out of full passes, but cycles left over from before are not kept for good."""
    other = tmp_path / "other.txt"
    other.write_text("A second article\n\nIt says little, in a few plain words.\n", encoding="utf-8")

    class Cycle:
        """Garbage that only the cyclic collector can free."""

    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        threshold = gc.get_threshold()
        gc.set_threshold(0)  # only the app's own collections may free the cycle
        try:
            cycle = Cycle()
            cycle.me = cycle  # type: ignore[attr-defined]
            gone = weakref.ref(cycle)
            del cycle
            screen.open_source(str(other))
            await wait_until(pilot, lambda: opened_complete(screen, other), delay=0.05)
        finally:
            gc.set_threshold(*threshold)
        assert screen.opened is not None and screen.opened.source == str(other)
        assert gone() is None
        assert gc.get_freeze_count() > 0


async def test_panes_are_line_api_views_without_a_widget_per_unit() -> None:
    """The article and comments are each one ScrollView drawing lines; neither mounts children."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        for pane in screen.panes:
            assert isinstance(pane, TextPane)
            assert not pane.children
        assert any("Gareth Lloyd" in line for line in pane_lines(screen.query_one(CommentsView)))


async def test_nothing_selected_until_the_first_bracket() -> None:
    """Before `]` nothing is selected and the detail pane says how to start."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        assert screen.selected is None
        assert "Press ]" in _detail(screen)


async def test_brackets_walk_annotations_in_reading_order() -> None:
    """`]` walks every annotation from the title through the body into the comments; `[` walks back."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        annotations = screen.annotations
        assert annotations[0].unit_id == "title"
        seen = []
        for _ in annotations:
            await pilot.press("right_square_bracket")
            seen.append(annotations[screen.selected].id)
        assert seen == [a.id for a in annotations]
        assert annotations[-1].unit_kind == "comment"
        await pilot.press("right_square_bracket")
        assert annotations[screen.selected].id == annotations[-1].id  # stays at the end
        await pilot.press("left_square_bracket")
        assert screen.selected == len(annotations) - 2


async def test_detail_pane_names_the_law_or_the_amount() -> None:
    """Selecting a penalty shows its normalised amount; a law shows its full name."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
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
    """The pane that holds the selected annotation scrolls it into view, and the comment cursor follows."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        article, comments = screen.panes
        last_body = max(i for i, a in enumerate(screen.annotations) if a.unit_kind == "block")
        while screen.selected != last_body:
            await pilot.press("right_square_bracket")
        assert article.scroll_y > 0
        assert selected_line_visible(article, screen.annotations[last_body].id)
        while screen.annotations[screen.selected].unit_kind != "comment":
            await pilot.press("right_square_bracket")
        annotation = screen.annotations[screen.selected]
        assert selected_line_visible(comments, annotation.id)
        assert comments.cursor == annotation.unit_id


async def test_selection_redraws_only_the_lines_it_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Moving the selection between two units on screen refreshes the lines of those two units only."""
    refreshed: list[tuple[str, int, int]] = []
    original = TextPane.refresh_lines

    def spy(self: TextPane, y_start: int, line_count: int = 1) -> None:
        refreshed.append((self.id or "", y_start, line_count))
        original(self, y_start, line_count)

    monkeypatch.setattr(TextPane, "refresh_lines", spy)
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        article = screen.query_one(ArticleView)
        await pilot.press("right_square_bracket")  # the title's amount
        refreshed.clear()
        await pilot.press("right_square_bracket")  # the first paragraph's amount
        title_lines = article.lines.span(article.units["title"])
        first_block = screen.annotations[1].unit_id
        block_lines = article.lines.span(article.units[first_block])
        touched = {line for _pane, start, count in refreshed for line in range(start, start + count)}
        assert touched == set(title_lines) | set(block_lines)
        assert len(touched) < len(article.lines) // 4


async def test_number_keys_hide_kinds_and_navigation_skips_them() -> None:
    """`2` hides penalties: their glyphs go, the list drops them and `]` goes straight to a law."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        article = screen.query_one(ArticleView)
        await pilot.press("2")
        listed = screen.query_one(AnnotationList).option_count
        assert listed == sum(a.kind != "penalty" for a in screen.annotations)
        assert not any("¤" in line for line in pane_lines(article))
        await pilot.press("right_square_bracket")
        assert screen.annotations[screen.selected].kind != "penalty"
        await pilot.press("2")
        assert screen.query_one(AnnotationList).option_count == len(screen.annotations)
        assert any("¤$275 million" in line for line in pane_lines(article))


async def test_help_lists_every_key_as_bound() -> None:
    """`?` opens help listing every key, the new ones included; escape closes it."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        await wait_for_article(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.1)
        assert isinstance(pilot.app.screen, HelpScreen)
        rows = dict(pilot.app.screen.keys)
        text = str(pilot.app.screen.query_one("#help-keys").render())
        for key, description in (("]", "Next"), ("f", "Links"), ("z", "Fold thread"), ("}", "Next thread"),
                                 ("{", "Previous thread"), ("*", "Only annotated comments"), ("e", "Export"),
                                 ("⌫", "Back"), ("o", "Open in browser"), ("?, f1", "Help"),
                                 ("^p", "palette")):  # fmt: skip
            assert rows.get(key) == description, (key, rows)
            assert description in text
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen)


async def test_remapped_key_is_used_and_shown(isolated_home: Path) -> None:
    """A keymap in config.toml moves `next annotation` to `j` and `fold thread` to `x`; help shows them."""
    (isolated_home / "config.toml").write_text(
        '[keymap]\nnext_annotation = "j"\ntoggle_thread = "x"\n', encoding="utf-8"
    )
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        await pilot.press("j")
        assert screen.selected == 0
        await pilot.press("question_mark")
        await pilot.pause(0.1)
        rows = dict(pilot.app.screen.keys)
        assert rows.get("j") == "Next" and rows.get("x") == "Fold thread"


async def test_theme_comes_from_the_config(isolated_home: Path) -> None:
    """`[ui] theme` in config.toml picks one of Textual's themes at start."""
    (isolated_home / "config.toml").write_text('[ui]\ntheme = "textual-light"\n', encoding="utf-8")
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        await wait_for_article(pilot)
        assert pilot.app.theme == "textual-light"


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
        await wait_until(pilot, lambda: bool(pilot.app._notifications), delay=0.05)
        messages = [n.message for n in pilot.app._notifications]
        assert any(reason in m for m in messages)
        assert isinstance(pilot.app.screen, MainScreen)


async def test_open_prompt_loads_and_reports_failures() -> None:
    """ctrl+l opens a prompt; a refused URL gives a notification, not a crash."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        await wait_for_article(pilot)
        await pilot.press("ctrl+l")
        await pilot.pause(0.1)
        for char in closed_port_url():
            await pilot.press(
                char if char not in ":/." else {":": "colon", "/": "slash", ".": "full_stop"}[char]
            )
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: any("refused" in n.message for n in pilot.app._notifications), delay=0.05
        )
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
        screen = await wait_for_article(pilot)
        lines = [line for pane in screen.panes for line in pane_lines(pane)]
        assert any("[@click=app.quit]x [bold]Title[/]" in line for line in lines)
        assert any("\u241b[31m" in line for line in lines)
        assert all("\x1b" not in line for line in lines)
        svg = pilot.app.export_screenshot()
        assert "\x1b" not in svg
        await pilot.click(ArticleView)
        assert pilot.app.is_running


async def test_search_highlights_matches_and_moves_between_them() -> None:
    """`/` takes a term; enter goes to the first match, `n` and `N` move, escape clears."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        await pilot.press("slash", *"refund", "enter")
        await pilot.pause(0.05)
        assert len(screen.matches) >= 2 and screen.match_index == 0
        first = screen.matches[0]
        pane = screen.query_one(CommentsView if first.in_comments else ArticleView)
        index = pane.units[first.unit_id]
        assert pane._matches[index]
        assert any("refund" in line.lower() for line in on_screen(pane))
        await pilot.press("n")
        assert screen.match_index == 1
        await pilot.press("N")
        assert screen.match_index == 0
        await pilot.press("escape")
        assert screen.matches == () and not pane._matches


async def test_the_search_box_is_mounted_when_first_asked_for_and_kept() -> None:
    """A start mounts no search box; `/` mounts and focuses it, escape hides it, `/` shows the same box again."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot, annotated=False)
        assert not screen.query("#search")
        await pilot.press("escape")  # nothing to clear yet
        await pilot.press("slash")
        box = screen.query_one("#search", Input)
        assert screen.focused is box and box.display
        await pilot.press(*"fine", "escape")
        assert not box.display and box.value == ""
        await pilot.press("slash")
        assert screen.query_one("#search", Input) is box and box.display


async def test_copy_citation_needs_a_selection_then_copies() -> None:
    """`y` asks for a selection first; then it hands the quoted words and the title to the clipboard."""
    clipboard = Recorder()
    async with FineprintApp(SAMPLE, copier=clipboard).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        await pilot.press("y")
        assert "Select an annotation" in status(screen)
        assert clipboard.calls == []
        await pilot.press("right_square_bracket", "y")
        (copied,) = clipboard.calls
        assert copied.startswith(f"\u201c{screen.annotations[0].text}\u201d")
        assert "Epic Games to pay" in copied and copied.endswith("sample-article.txt")


async def test_open_in_browser_refuses_a_local_file() -> None:
    """`o` on an article read from a file says there is no web address and opens nothing."""
    browser = Recorder()
    async with FineprintApp(SAMPLE, opener=browser).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        await pilot.press("o")
        assert "no web address" in status(screen)
        assert browser.calls == []


def test_fetch_limits_come_from_the_config(isolated_home: Path) -> None:
    """[fetch] in config.toml sets the limits; values of the wrong type keep the defaults."""
    from tui.config import load_config

    (isolated_home / "config.toml").write_text(
        '[fetch]\nmax_bytes = 2048\nread_timeout = "soon"\nuser_agent = "reader/1"\n', encoding="utf-8"
    )
    limits = load_config().fetch
    assert (limits.max_bytes, limits.read_timeout, limits.user_agent) == (2048, 10.0, "reader/1")


async def test_lines_above_a_texts_title_are_drawn_above_it(tmp_path: Path) -> None:
    """A site's name and menu over the headline stay where the text has them, before the title and byline."""
    page = tmp_path / "masthead.txt"
    page.write_text(
        "The Harbour Ledger\nCity · Courts · Privacy\n\nCouncil fined over lost laptop\n\n"
        "By Ola Berg\n\nThe council paid a fine after a laptop with resident records went missing.\n",
        encoding="utf-8",
    )
    async with FineprintApp(str(page)).run_test(size=(100, 30)) as pilot:
        screen = await wait_for_article(pilot)
        lines = [line.strip() for line in pane_lines(screen.query_one(ArticleView)) if line.strip()]
        assert lines[:4] == [
            "The Harbour Ledger",
            "City · Courts · Privacy",
            "Council fined over lost laptop",
            "By Ola Berg",
        ]
        assert lines[4].startswith("The council paid a fine")
