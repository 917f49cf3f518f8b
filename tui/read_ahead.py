"""Reading a local file ahead of the app in a forked child, on a core of its own.

Parsing even a short file costs about a tenth of a second of pure Python at start (most of it
compiling the text parser's patterns). In a thread, that time holds the interpreter lock the
app's start (importing Textual, styling, the first frame) needs; a child forked before Textual
is imported parses beside it and hands the article back, pickled, through a pipe.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

FORKING_PLATFORMS = ("linux",)
"""Where a process that has imported little may fork safely (macOS frameworks object to it)."""


class ChildFailed(Exception):
    """The child gave no usable answer (it died, or its result would not pickle); read in this process."""


def start_in_child(work: Callable[[], T]) -> Callable[[], T] | None:
    """Run `work` in a forked child now; return a call that waits for its result (raising its exception).

    None where forking is not done: on other platforms, and in a process that already runs threads
    (a lock one of them holds would stay held in the child); the call raises ChildFailed when the
    child gave no answer.
    """
    if sys.platform not in FORKING_PLATFORMS or threading.active_count() > 1:
        return None
    try:
        readable, writable = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:  # too many processes, or no memory: the thread reads the file
        os.close(readable)
        os.close(writable)
        return None
    if pid == 0:
        _child(work, readable, writable)
    os.close(writable)

    def result() -> T:
        try:
            with os.fdopen(readable, "rb") as pipe:
                data = pipe.read()
        except OSError as error:
            raise ChildFailed(str(error)) from None
        finally:
            _reap(pid)
        try:
            kind, value = pickle.loads(data)
        except Exception as error:  # empty (the child died) or a value that does not unpickle
            raise ChildFailed(str(error)) from None
        if kind == "error":
            raise value
        if kind != "ok":
            raise ChildFailed(kind)
        return value  # type: ignore[no-any-return]

    return result


def _reap(pid: int) -> None:
    """Wait for the child to end; a parent that ignores SIGCHLD has nothing to wait for (the system reaps it)."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _child(work: Callable[[], object], readable: int, writable: int) -> None:
    """In the child: do the work, write the pickled outcome, and leave without running the parent's exit code."""
    status = 1
    try:
        os.close(readable)
        try:
            outcome: tuple[str, object] = ("ok", work())
        except Exception as error:
            outcome = ("error", error)
        try:
            data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            data = pickle.dumps(("unpicklable", None))
        with os.fdopen(writable, "wb") as pipe:
            pipe.write(data)
        status = 0
    finally:
        os._exit(status)
