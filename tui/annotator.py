"""Annotating a long article in a process of its own, so the keys never wait for the annotator.

Annotating is pure Python: in a thread it holds the interpreter lock, and every key pressed
while thousands of comments are annotated waits for it (measured: `]` took half again as long
as once annotation was done). A process has its own interpreter and, on a machine with two
cores, its own core. It is started once, on the first long article, and kept for the next;
it makes what the screen needs ahead too (list labels, marked unit texts), so the app only
unpickles the result. When the process cannot be started or dies, the caller annotates in
its thread as before.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from textual.content import Content

    from annotations import Annotated
    from parsers import Article
    from tui.marks import ShownUnits
    from tui.widgets.annotation_list import LabelRoom

STOP_SECONDS = 1.0
"""How long closing waits for the process to end before it is killed."""


@dataclass(frozen=True, slots=True)
class Made:
    """An article's annotations with what the screen makes of them: list labels, marked unit texts."""

    annotated: Annotated
    labels: dict[str, Content]
    shown: ShownUnits


class AnnotatorGone(Exception):
    """The annotating process could not be started or ended without an answer."""


def make(article: Article, room: LabelRoom | None, hidden: frozenset[str]) -> Made:
    """Annotate an article and make its labels and marked texts (in whichever process runs it)."""
    from tui.marks import shown_units
    from tui.sources import annotate_article
    from tui.widgets.annotation_list import option_labels

    annotated = annotate_article(article)
    texts = [(unit.id, unit.text) for unit in article.units()]
    found = annotated.annotations
    return Made(annotated, option_labels(found, room), shown_units(texts, found, hidden))


def _serve(connection: Connection) -> None:
    """The process: annotate each article it is sent until the app goes away."""
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)  # the terminal is the app's: nothing from here may reach it
    os.dup2(quiet, 2)
    while True:
        try:
            article, room, hidden = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, object] = ("made", make(article, room, hidden))
        except Exception as error:  # said to the app, which shows the article without annotations
            answer = ("failed", f"{type(error).__name__}: {error}")
        connection.send(answer)


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Standard error as a real file that goes nowhere, while the process starts.

    Starting it also starts multiprocessing's resource tracker, which is handed
    `sys.stderr.fileno()`: under Textual that is its print capture, whose descriptor is -1
    (refused), and the terminal would be no better (the tracker's warnings would land on
    the app's screen).
    """
    saved = sys.stderr
    with open(os.devnull, "w") as quiet:
        sys.stderr = quiet
        try:
            yield
        finally:
            sys.stderr = saved


class Annotator:
    """One annotating process, started on first use; one article at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None

    def _started(self) -> Connection:
        if self._connection is not None and self._process is not None and self._process.is_alive():
            return self._connection
        self._stop()
        # A fresh interpreter (not a fork of this one): the app's threads hold locks a fork would copy.
        import multiprocessing  # only a long article needs it: not loaded at start

        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs,), daemon=True, name="fineprint-annotator")
        try:
            with _quiet_stderr():
                process.start()
        except (OSError, ValueError) as error:
            raise AnnotatorGone(str(error)) from error
        finally:
            theirs.close()
        self._process, self._connection = process, ours
        return ours

    def make(self, article: Article, room: LabelRoom | None, hidden: frozenset[str]) -> Made:
        """Annotate in the process; raises AnnotatorGone when it cannot, RuntimeError when annotating failed."""
        with self._lock:
            try:
                connection = self._started()
                connection.send((article, room, hidden))
                kind, value = connection.recv()
            except (EOFError, OSError, BrokenPipeError) as error:
                self._stop()
                raise AnnotatorGone(str(error) or type(error).__name__) from error
        if kind != "made" or not isinstance(value, Made):
            raise RuntimeError(str(value))
        return value

    def close(self) -> None:
        """End the process (the app is closing); an article being annotated is dropped."""
        self._stop()

    def _stop(self) -> None:
        process, connection = self._process, self._connection
        self._process, self._connection = None, None
        # The process first: its end wakes a worker waiting for its answer (closing our end would not).
        if process is not None and process.is_alive():
            process.terminate()
            process.join(STOP_SECONDS)
            if process.is_alive():
                process.kill()
                process.join(STOP_SECONDS)
        if connection is not None:
            connection.close()


ANNOTATOR = Annotator()
"""The app's annotating process (started when a long article first needs it)."""
