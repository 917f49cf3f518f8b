"""Links, history and comments from the keyboard: link hints, backspace, the browser, folding threads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app_pilot import SAMPLE, Recorder, on_screen, pane_lines, status, wait_for_article, wait_until_complete
from pytest_httpserver import HTTPServer

from parsers import Article, Block, Link, Metadata
from tui.app import FineprintApp
from tui.dialogs.link_hints import LinkHints
from tui.screens.main import MainScreen
from tui.sources import Opened
from tui.widgets.article_view import ArticleView
from tui.widgets.comments_view import CommentsView

PARAGRAPH = (
    "The regulator published its decision on the complaint today, and the company said it would appeal. "
    "Readers who want the details can find them in the decision itself. "
)


def _page(title: str, links: list[tuple[str, str]]) -> str:
    anchors = " ".join(f'<a href="{href}">{text}</a>' for href, text in links)
    body = "".join(f"<p>{PARAGRAPH * 2}</p>" for _ in range(3))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{PARAGRAPH} See {anchors} for more.</p>{body}</article></body></html>"
    )


def _serve(server: HTTPServer) -> str:
    """A page linking to a second page on the same server; returns the first page's address."""
    second = server.url_for("/second")
    server.expect_request("/first").respond_with_data(
        _page(
            "First page about the decision",
            [(second, "the second page"), ("https://example.org/x", "elsewhere")],
        ),
        content_type="text/html; charset=utf-8",
    )
    server.expect_request("/second").respond_with_data(
        _page("Second page about the appeal", []), content_type="text/html; charset=utf-8"
    )
    return server.url_for("/first")


async def test_link_hints_number_the_links_and_open_one(httpserver: HTTPServer) -> None:
    """`f` draws a number over each link on screen; typing it opens that page in fineprint; backspace returns."""
    first = _serve(httpserver)
    async with FineprintApp(first).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot, title="First page")
        article = screen.query_one(ArticleView)
        await pilot.press("f")
        assert isinstance(pilot.app.screen, LinkHints)
        assert set(pilot.app.screen.links.values()) == {
            httpserver.url_for("/second"),
            "https://example.org/x",
        }
        shown = "\n".join(on_screen(article))
        assert "1he second page" in shown and "2lsewhere" in shown
        await pilot.press("1")
        screen = await wait_for_article(pilot, title="Second page")
        assert "1he second page" not in "\n".join(pane_lines(article))
        await pilot.press("backspace")
        assert screen.opened.article.metadata.title.startswith("First page")


async def test_o_then_a_number_hands_the_link_to_the_browser(httpserver: HTTPServer) -> None:
    """In the hint prompt `o` switches to the browser: the opener gets the address; fineprint stays put."""
    first = _serve(httpserver)
    browser = Recorder()
    async with FineprintApp(first, opener=browser).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot, title="First page")
        await pilot.press("f", "o", "2")
        await pilot.pause(0.05)
        assert browser.calls == ["https://example.org/x"]
        assert isinstance(pilot.app.screen, MainScreen)
        assert screen.opened.article.metadata.title.startswith("First page")
        for address, browse in (("javascript:alert(1)", True), ("file:///etc/passwd", False)):
            screen.say("")
            screen.open_link(address, browser=browse)
            assert "Only http and https" in status(screen)
        await pilot.pause(0.05)
        assert browser.calls == ["https://example.org/x"]
        assert screen.opened.article.metadata.title.startswith("First page")


async def test_o_on_a_terms_quote_opens_the_page_at_the_quote(httpserver: HTTPServer) -> None:
    """With a terms quote selected, `o` hands the browser the page's address with a text fragment."""
    httpserver.expect_request("/article.txt").respond_with_data(
        Path(SAMPLE).read_bytes(), content_type="text/plain; charset=utf-8"
    )
    url = httpserver.url_for("/article.txt")
    browser = Recorder()
    async with FineprintApp(url, opener=browser).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        await pilot.press("o")
        assert browser.calls == [url]
        quote = next(i for i, a in enumerate(screen.annotations) if a.kind == "tos_quote")
        while screen.selected != quote:
            await pilot.press("right_square_bracket")
        await pilot.press("o")
        assert (
            browser.calls[1]
            == f"{url}#:~:text=all%20purchases%20of%20in%2Dgame%20currency,of%20your%20country%20requires%20otherwise"
        )


async def test_backspace_restores_the_scroll_and_the_annotation_cursor(httpserver: HTTPServer) -> None:
    """After reading on and opening another page, backspace returns to the same line and annotation."""
    other = _serve(httpserver)
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        article = screen.query_one(ArticleView)
        target = max(i for i, a in enumerate(screen.annotations) if a.unit_kind == "block")
        while screen.selected != target:
            await pilot.press("right_square_bracket")
        selected_id, scroll = screen.annotations[target].id, article.scroll_y
        assert scroll > 0
        screen.open_source(other)
        await wait_for_article(pilot, title="First page")
        assert article.scroll_y == 0 and screen.selected is None
        await pilot.press("backspace")
        await pilot.pause(0.05)
        assert screen.opened.source == SAMPLE
        assert screen.annotations[screen.selected].id == selected_id
        assert article.scroll_y == scroll


async def test_threads_fold_and_jump_and_filter_by_annotations() -> None:
    """`}`/`{` move between top-level comments, `z` folds a thread, `*` keeps the annotated comments."""
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        comments = screen.query_one(CommentsView)
        authors = {c.id: c.author for c in screen.opened.article.comments}
        lines = "\n".join(pane_lines(comments))
        assert "Gareth Lloyd · 2022-12-20 09:18   2 annotations" in lines
        await pilot.press("right_curly_bracket")
        assert authors[comments.cursor] == "Gareth Lloyd"
        await pilot.press("right_curly_bracket")
        assert authors[comments.cursor] == "Imani Brooks"
        await pilot.press("z")
        lines = "\n".join(pane_lines(comments))
        assert "▸ Imani Brooks" in lines and "(1 reply folded)" in lines
        assert "Sebastián Ortega" not in lines and "who reads a purchase screen" not in lines
        await pilot.press("left_curly_bracket")
        assert authors[comments.cursor] == "Gareth Lloyd"
        last = len(screen.annotations) - 1  # in Sebastián's reply, under the folded thread
        screen.selected = last
        await pilot.pause(0.05)
        assert "Sebastián Ortega" in "\n".join(pane_lines(comments))
        await pilot.press("asterisk")
        shown = "\n".join(pane_lines(comments))
        assert "Gareth Lloyd" in shown and "Sebastián Ortega" in shown and "Imani Brooks" not in shown
        await pilot.press("asterisk")
        assert "Imani Brooks" in "\n".join(pane_lines(comments))


async def test_a_listing_page_is_a_list_to_open_with_enter(httpserver: HTTPServer) -> None:
    """A front page of teasers shows as items; down moves the cursor and enter opens the item."""
    _serve(httpserver)
    items = [("First page about the decision", "/first"), ("Second page about the appeal", "/second")]
    blocks = tuple(
        Block(f"b{n}", "list_item", title, (Link(0, len(title), httpserver.url_for(path)),))
        for n, (title, path) in enumerate(items)
    )
    listing = Article(Metadata(title="Front page", page_kind="listing"), blocks)
    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        screen.show(Opened("front", listing), None)
        await pilot.pause(0.05)
        article = screen.query_one(ArticleView)
        article.focus()
        assert article.chosen_item() == httpserver.url_for("/first")
        await pilot.press("down")
        assert article.chosen_item() == httpserver.url_for("/second")
        await pilot.press("enter")
        await wait_for_article(pilot, title="Second page")


async def test_a_long_thread_opens_and_moves_at_once(tmp_path: Path) -> None:
    """1,500 comments: one pane of lines, `end` reaches the last comment, `]` reaches the last annotation."""
    body = "".join(
        f"Reader{n} says:\nMarch 5, 2024 at 9:12 am\n\n"
        + (
            "The $5 million fine is small for a firm this size, I think.\n\n"
            if n % 3 == 0
            else "I agree.\n\n"
        )
        for n in range(1500)
    )
    page = tmp_path / "thread.txt"
    page.write_text(
        "A headline about a $5 million fine\n\nBy Ann Lee | 4 March 2024\n\nThe regulator imposed a $5 million fine.\n\n"
        "Comments\n\n" + body,
        encoding="utf-8",
    )
    async with FineprintApp(str(page)).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        await wait_until_complete(pilot, screen)
        comments = screen.query_one(CommentsView)
        assert len(screen.opened.article.comments) == 1500 and not comments.children
        comments.focus()
        await pilot.press("end")
        assert comments.scroll_y == comments.max_scroll_y > 0
        assert any("Reader1499" in line for line in on_screen(comments))
        await pilot.press("home")
        assert comments.scroll_y == 0
        screen.selected = len(screen.annotations) - 2
        await pilot.press("right_square_bracket")
        last = screen.annotations[-1]
        assert screen.selected == len(screen.annotations) - 1 and last.unit_kind == "comment"
        line = comments.line_of_annotation(last.id)
        assert comments.scroll_y <= line < comments.scroll_y + comments.scrollable_content_region.height


async def test_a_note_that_a_press_did_nothing_goes_when_the_next_press_moves() -> None:
    """After ']' at the last annotation says so, '[' moves back and the stale note is gone."""
    app = FineprintApp(SAMPLE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        for _ in range(len(screen.annotations) + 1):
            await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "Last annotation" in status(screen)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.selected == len(screen.annotations) - 2
        assert "Last annotation" not in status(screen)


async def test_annotations_arriving_while_a_key_is_answered_wait_for_its_answer(monkeypatch) -> None:
    """A batch of annotations that arrives while a key is being answered is taken in once the answer is drawn."""
    import dataclasses

    import tui.gil
    import tui.screens.annotation_batches

    monkeypatch.setattr(
        tui.screens.annotation_batches, "KEY_PAUSE", 60.0
    )  # a loaded machine must not time the wait out
    from tui.messages import ArticleLoaded
    from tui.sources import Loaded

    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        assert screen.opened is not None and len(screen.annotations) > 1
        fewer = dataclasses.replace(screen.annotated, annotations=screen.annotations[:1])
        tui.gil.key_pressed()
        try:
            screen.post_message(ArticleLoaded(Loaded(SAMPLE, screen.opened.article, fewer), screen._token))
            await pilot.pause()
            await pilot.pause()
            assert len(screen.annotations) > 1  # still the batch before
        finally:
            tui.gil.key_answered()
        for _ in range(50):
            if len(screen.annotations) == 1:
                break
            await pilot.pause(0.01)
        assert screen.annotations == fewer.annotations


async def test_a_key_holds_the_workers_until_its_answer_is_drawn(monkeypatch) -> None:
    """A key tells the workers to give way, and only a frame drawn after its binding ran lets them go on."""
    import tui.gil
    import tui.screens.main
    import tui.widgets.text_pane

    said: list[tuple[str, int | None]] = []

    def saying(word: str, then: Callable[[], None]) -> Callable[[], None]:
        return lambda: (said.append((word, screen.selected)), then())

    async with FineprintApp(SAMPLE).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        monkeypatch.setattr(tui.screens.main, "key_pressed", saying("pressed", tui.gil.key_pressed))
        monkeypatch.setattr(tui.widgets.text_pane, "key_answered", saying("answered", tui.gil.key_answered))
        await pilot.press("right_square_bracket")
        for _ in range(10):  # the frame is drawn, then its pane says so once it is written
            await pilot.pause()
        assert screen.selected == 0
        # Said answered once the selection moved (the frame after the binding), not as the key went by.
        assert said == [("pressed", None), ("answered", 0)]
        assert not tui.gil.answering_key()
