"""The reading screen's workers: reading a source and annotating it.

Each worker reports only by message. The annotation worker walks the article's units in the
gaps between keys (`tui.gil`), and stops once the reader has left the article, unless it holds
a download still to be saved in the library.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from parsers import SourceError
from parsers.web import FetchLimits, is_web_url
from tui.gil import between_keys, keys_first, wait_for_keys
from tui.marks import shown_units
from tui.messages import (
    AnnotationFailed,
    AnnotationsSoFar,
    ArticleCompleted,
    ArticleLoaded,
    ArticleOpened,
    LoadFailed,
)
from tui.screens.reading_state import ReadingState
from tui.sources import Opened, annotate_article
from tui.widgets.comments_view import plan_comments

if TYPE_CHECKING:
    from concurrent.futures import Future

    from textual.content import Content

    from annotations import Annotation
    from tui.library.store import Library
    from tui.marks import ShownUnits
    from tui.widgets.annotation_list import LabelRoom

LIBRARY_PATIENCE = 10.0
"""Seconds a URL opened while the library is still opening waits for it, so that its download is saved."""
PROGRESSIVE_COMMENTS = 200
"""From this many comments on, the body's annotations are shown first, the comments' after."""


class ArticleLeft(Exception):
    """The reader left the article being annotated (its worker was cancelled): nothing more is wanted of it."""


def read_rest(opened: Opened) -> tuple[Opened, str | None]:
    """The whole article, or (when reading its rest failed) its top alone and one sentence saying so."""
    try:
        return opened.finished(), None
    except Exception as error:  # the top stays readable, and its annotations still come
        reason = " ".join(str(error).split())[:160] or type(error).__name__
        return replace(
            opened, rest=None
        ), f"The rest of this page could not be read ({reason}), so only its top is shown."


def pause_between_units(opened: Opened) -> Callable[[], None]:
    """What the annotation worker calls before each unit: give way to keys; stop once the reader left.

    A download goes on to its save in the library all the same (the library keeps it with its
    annotations); only then does the worker stop, saying nothing.
    """
    worker = get_current_worker()

    def pause() -> None:
        if worker.is_cancelled and opened.fetched is None:
            raise ArticleLeft
        wait_for_keys()

    return pause


class ReadingWorkers(ReadingState):
    """The workers of the reading screen; their batches are taken in by `AnnotationBatches`."""

    library: Library | None
    library_opening: bool
    fetch_limits: FetchLimits
    _token: int
    _library_ready: threading.Event

    @work(thread=True, exclusive=True, exit_on_error=False, group="open")
    def load_worker(self, source: str | None, token: int, ahead: Future[Opened] | None = None) -> None:
        """Fetch (or take the library's copy) and parse off the UI thread; report by message only."""
        from tui.library.loading import open_with_library

        try:
            if ahead is not None:
                opened = ahead.result()
            else:
                if self.library_opening and source is not None and is_web_url(source):
                    self._library_ready.wait(
                        LIBRARY_PATIENCE
                    )  # else its download is neither saved nor recorded
                opened = open_with_library(source, self.fetch_limits, self.library, record=True)
        except SourceError as error:
            self.post_message(LoadFailed(source or "the sample", str(error)))
        except Exception as error:  # a bug must not take the app down: say so and go on
            self.post_message(LoadFailed(source or "the sample", f"unexpected error: {error}"))
        else:
            if not get_current_worker().is_cancelled:
                self.post_message(ArticleOpened(opened, token))

    @work(thread=True, exclusive=True, exit_on_error=False, group="annotate")
    def annotate_worker(
        self,
        opened: Opened,
        token: int,
        room: LabelRoom | None = None,
        hidden: frozenset[str] = frozenset(),
        comments_width: int | None = None,
    ) -> None:
        """Annotate (and save a download in the library) off the UI thread; report by message only.

        Of a long text page only the top was read: the rest is read here first (`ArticleCompleted`).
        Cancelled (the reader left the article), it stops at the next unit, or after saving a download.
        """
        try:
            with keys_first():
                loaded = self._annotate(opened, token, room, hidden, comments_width)
        except ArticleLeft:
            return
        except Exception as error:  # the article stays readable without its annotations
            self.post_message(AnnotationFailed(f"{type(error).__name__}: {error}", token))
        else:
            self.post_message(loaded)

    def _annotate(
        self, opened: Opened, token: int, room: LabelRoom | None, hidden: frozenset[str], width: int | None
    ) -> ArticleLoaded:
        """The annotation worker's steps, each sent up as it is done; the last is returned."""
        from tui.library.loading import finish_with_library
        from tui.widgets.annotation_list import option_labels  # with the list, after the first frame

        pause = pause_between_units(opened)
        if opened.partial:
            pause()
            opened, problem = read_rest(opened)
            self.post_message(ArticleCompleted(opened, token, plan_comments(opened.article, width), problem))
        article = opened.article
        texts = [(unit.id, unit.text) for unit in article.units()]

        def made_ahead(found: tuple[Annotation, ...]) -> tuple[dict[str, Content], ShownUnits]:
            """What the screen would otherwise make on the UI thread: list labels, marked unit texts."""
            return option_labels(between_keys(found), room), shown_units(between_keys(texts), found, hidden)

        # The same annotations, found in the gaps between keys.
        if len(article.comments) >= PROGRESSIVE_COMMENTS:
            so_far = annotate_article(replace(article, comments=()), pause)
            self.post_message(AnnotationsSoFar(so_far, token, *made_ahead(so_far.annotations)))
        loaded = finish_with_library(opened, annotate_article(article, pause), self.library, record=True)
        if get_current_worker().is_cancelled:
            raise ArticleLeft  # saved; the reader is elsewhere
        return ArticleLoaded(loaded, token, *made_ahead(loaded.annotated.annotations))
