"""A long thread's annotations are taken in step by step: keys are answered in between, and the end is the same."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app_pilot import opened_complete, pane_lines, status, wait_for_article, wait_until, wait_until_complete

import tui.screens.annotation_batches
from tui.app import FineprintApp
from tui.messages import ArticleLoaded
from tui.screens.main import MainScreen
from tui.sources import Loaded
from tui.widgets.annotation_list import AnnotationList
from tui.widgets.comments_view import CommentsView

COMMENTS = 300


def thread(path: Path) -> Path:
    """A plain-text article whose every other comment names a fine and a law."""
    comments = "".join(
        f"Reader{n} says:\nMarch 5, 2024 at 9:12 am\n\n"
        + (
            f"A $5 million fine under the GDPR is small for a firm this size, says reader {n}.\n\n"
            if n % 2 == 0
            else "I read the decision and the appeal looks weak to me.\n\n"
        )
        for n in range(COMMENTS)
    )
    path.write_text(
        "Readers weigh a $5 million GDPR fine\n\nBy Ann Lee | 4 March 2024\n\n"
        "The regulator imposed a $5 million fine under the GDPR.\n\nComments\n\n" + comments,
        encoding="utf-8",
    )
    return path


def state(screen: MainScreen) -> tuple[object, ...]:
    """Everything the reader sees of the annotations: both panes' lines, badges, the list, the status line."""
    article, comments = screen.panes
    listed = screen.query_one(AnnotationList)
    options = [(option.id, str(option.prompt)) for option in listed.options]
    marks = [[pane.line_of_annotation(a.id) for a in screen.annotations] for pane in screen.panes]
    return (
        pane_lines(article),
        pane_lines(comments),
        dict(comments.counts),
        options,
        marks,
        status(screen),
        screen.annotations,
        screen.complete,
    )


def body_only(screen: MainScreen):
    """The article's annotations without the comments' (as the worker sends them first)."""
    assert screen.annotated is not None
    kept = tuple(a for a in screen.annotations if a.unit_kind != "comment")
    return dataclasses.replace(screen.annotated, annotations=kept)


async def test_a_key_pressed_while_a_long_batch_is_taken_in_is_answered_before_it_ends(
    tmp_path: Path, monkeypatch
) -> None:
    """`]` pressed while the comments' annotations go in moves at once; the batch ends as one taken at once."""
    # One step a turn, turns apart: the key falls well inside the batch.
    monkeypatch.setattr(tui.screens.annotation_batches, "STEP_BUDGET", 0.0)
    monkeypatch.setattr(tui.screens.annotation_batches, "STEP_GAP", 0.05)
    async with FineprintApp(str(thread(tmp_path / "thread.txt"))).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        await wait_until_complete(pilot, screen)
        assert screen.query_one(CommentsView).counts  # the comments carry annotations: badges to draw
        whole, loaded = screen.annotated, screen.loaded
        assert whole is not None and loaded is not None
        taken_by_worker = state(screen)

        screen.show_annotations(body_only(screen), complete=False)  # as after the body's batch
        said: list[str] = []
        take = screen._take_annotations
        monkeypatch.setattr(screen, "_take_annotations", lambda *a: (said.append("batch done"), take(*a)))
        step = screen.action_step
        monkeypatch.setattr(screen, "action_step", lambda forward: (said.append("key"), step(forward)))

        screen.post_message(ArticleLoaded(Loaded(loaded.source, loaded.article, whole), screen._token))
        await wait_until(pilot, lambda: screen._steps is not None)
        assert screen._steps is not None and not screen.complete  # the batch is going in
        await pilot.press("right_square_bracket")
        await wait_until_complete(pilot, screen)
        assert said == ["key", "batch done"]
        stepped = state(screen)

        screen.show_annotations(body_only(screen), complete=False)
        screen.show_annotations(whole)  # the same batch, at once
        assert state(screen) == stepped == taken_by_worker
        assert screen.selected == 0


async def test_an_article_left_before_its_last_batch_is_whole_when_the_reader_comes_back(
    tmp_path: Path,
) -> None:
    """Leaving while only the body's annotations are in keeps none for `backspace`: back, it is annotated whole."""
    other = tmp_path / "other.txt"
    other.write_text("A short note\n\nNothing to annotate here.\n", encoding="utf-8")
    async with FineprintApp(str(thread(tmp_path / "thread.txt"))).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        await wait_until_complete(pilot, screen)
        whole = [a.id for a in screen.annotations]
        assert any(a.unit_kind == "comment" for a in screen.annotations)

        screen.show_annotations(body_only(screen), complete=False)  # as before the comments' batch
        screen.open_source(str(other))
        await wait_until(pilot, lambda: opened_complete(screen, other), delay=0.05)
        assert screen.opened is not None and screen.opened.source == str(other)
        await pilot.press("backspace")
        await wait_until_complete(pilot, screen)
        assert [a.id for a in screen.annotations] == whole
