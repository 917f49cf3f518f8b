"""Taking the annotation worker's batches in between keys, a few units at a time.

Taking 2,000 annotations in at once held the UI thread for a tenth of a second or more (badges
on a thousand comment headers, two thousand list options), and a key pressed meanwhile waited
for all of it. A batch is now a series of steps of a few milliseconds each; between steps the
app answers keys, and a key being answered holds the next step until its answer is drawn.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.timer import Timer

from tui.gil import KEY_PAUSE, answering_key, settle_heap
from tui.messages import AnnotationsSoFar, ArticleLoaded
from tui.screens.reading_state import ReadingState

if TYPE_CHECKING:
    from textual.content import Content

    from annotations import Annotated
    from tui.marks import ShownUnits

BATCH_LOOK = 0.01
"""Seconds between looks, while a key is being answered, at whether a batch may go on."""
STEP_BUDGET = 0.005
"""Seconds of steps taken in one turn of the event loop before keys and frames get theirs."""
STEP_GAP = 0.001
"""Seconds between two turns of steps: enough for the event loop to hand out a key."""
_DONE = object()


class AnnotationBatches(ReadingState):
    """The batches of annotations the workers send, taken in step by step; MainScreen says what a step does."""

    _token: int
    _batch: AnnotationsSoFar | ArticleLoaded | None = None
    """Annotations that arrived while a key was being answered: taken in once its answer is drawn."""
    _key_since: float | None = None
    """When the batch being taken in began waiting for a key's answer."""
    _steps: Iterator[None] | None = None
    """The steps left of the batch being taken in."""
    _step_timer: Timer | None = None

    def annotation_steps(
        self,
        annotated: Annotated,
        *,
        complete: bool = True,
        labels: dict[str, Content] | None = None,
        made: ShownUnits | None = None,
    ) -> Iterator[None]:
        """Highlight and list annotations that arrived, a step at a time; the last step makes them the screen's."""
        raise NotImplementedError

    def show_annotations(
        self,
        annotated: Annotated,
        *,
        complete: bool = True,
        labels: dict[str, Content] | None = None,
        made: ShownUnits | None = None,
    ) -> None:
        """Highlight and list annotations at once (a batch still being taken in is finished first)."""
        self.finish_batch()
        for _step in self.annotation_steps(annotated, complete=complete, labels=labels, made=made):
            pass

    def finish_batch(self) -> None:
        """Take the rest of the batch being taken in at once: what comes next acts on all of it."""
        steps, self._steps = self._steps, None
        for _step in steps or ():
            pass

    def drop_batch(self) -> None:
        """Forget the batches of the article shown (another takes its place)."""
        self._steps, self._batch = None, None

    def on_annotations_so_far(self, message: AnnotationsSoFar) -> None:
        """The body's annotations of a long thread: shown while the comments are annotated."""
        self._take(message)

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        """The annotations arrived (the message goes on to the app, which tells of saved copies)."""
        self._take(message)

    def _take(self, batch: AnnotationsSoFar | ArticleLoaded) -> None:
        """Take a batch in, step by step, once no key waits (a newer batch replaces one not begun)."""
        if batch.token != self._token:
            return
        self._batch = batch
        if self._step_timer is None:
            self._step()

    def _step(self) -> None:
        """One turn of steps: a batch's first steps, or the next ones; then the event loop has its turn."""
        self._step_timer = None
        if answering_key():
            now = time.monotonic()
            self._key_since = self._key_since or now
            if now - self._key_since < KEY_PAUSE:
                self._step_timer = self.set_timer(BATCH_LOOK, self._step, name="annotation batch")
                return
        self._key_since = None
        if self._batch is not None:
            self.finish_batch()  # an earlier batch ends as it would have, before the next begins
            settle_heap()  # the worker's new objects: a full collection during the steps would walk them all
            self._steps = self._begin(self._batch)
            self._batch = None
        started = time.perf_counter()
        while self._steps is not None:  # at least one step a turn
            if next(self._steps, _DONE) is _DONE:
                self._steps = None
            elif time.perf_counter() - started >= STEP_BUDGET:
                break
        if self._steps is not None:
            self._step_timer = self.set_timer(STEP_GAP, self._step, name="annotation batch")

    def _begin(self, batch: AnnotationsSoFar | ArticleLoaded) -> Iterator[None] | None:
        """The steps of a batch, or None when the article it is about is no longer shown in full."""
        if batch.token != self._token or self.opened is None:
            return None
        if isinstance(batch, ArticleLoaded):
            return self.annotation_steps(batch.loaded.annotated, labels=batch.labels, made=batch.made)
        if self.complete:
            return None
        return self.annotation_steps(batch.annotated, complete=False, labels=batch.labels, made=batch.made)
