"""How the app shares the interpreter with its workers and the garbage collector, so keys stay quick."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

ANNOTATING_SWITCH_INTERVAL = 0.0005
"""Seconds: the interpreter's switch interval while a worker annotates (see keys_first)."""


KEY_PAUSE = 0.25
"""Seconds at most a worker waits for the app to answer a key, should the answer never say it is done."""


class _SwitchInterval:
    """How many workers annotate now, and the interval to restore when the last one ends."""

    lock = threading.Lock()
    annotating = 0
    restore = 0.0


@contextmanager
def keys_first() -> Iterator[None]:
    """While a worker annotates, hand the interpreter back to the UI thread sooner, and hold the collector.

    Annotating is pure Python and holds the GIL; the UI thread gives it up at every wait for
    input or output and must then wait a switch interval (5 ms by default) to get it back, many
    times for one key press. A shorter interval keeps keys quick while annotations arrive; it is
    set back when the last of the (possibly overlapping) workers ends.

    A full collection meanwhile (a long thread's parse and layout are fresh objects) holds the
    interpreter for tens of milliseconds, in whichever thread it falls, and a key waits through
    it; annotating makes no reference cycles, so the collector waits until the last worker ends.
    What is alive then is settled (`settle_heap`): the collector's next pass does not walk it.
    """
    from annotations.collector import collector_held  # a worker annotates: start-up loads no annotation code

    with _SwitchInterval.lock:
        if _SwitchInterval.annotating == 0:
            _SwitchInterval.restore = sys.getswitchinterval()
            sys.setswitchinterval(min(_SwitchInterval.restore, ANNOTATING_SWITCH_INTERVAL))
        _SwitchInterval.annotating += 1
    with collector_held():
        try:
            yield
        finally:
            with _SwitchInterval.lock:
                _SwitchInterval.annotating -= 1
                if _SwitchInterval.annotating == 0:
                    sys.setswitchinterval(_SwitchInterval.restore)
                    settle_heap()  # before the collector is back on, which collector_held does last


def settle_heap() -> None:
    """Take the objects alive now out of the cyclic collector's full passes; reference counting still frees them.

    A full collection walks every tracked object while it holds the interpreter, so a key waits
    through it: a long page's text, layout and annotations are hundreds of thousands of objects
    (tens of milliseconds a pass), and they live as long as the page is shown. Called each time
    a part of an article is in place (its text, a long thread's comments, each batch of its
    annotations); `release_heap` hands them back.
    """
    gc.freeze()


def hold_collector() -> None:
    """While the app starts: no cyclic collection until the first article is in place (`settle_new_heap`).

    Starting (imports, the stylesheet, the screen's widgets, the parse) allocates so much that the
    collector runs about 150 times, once over the whole heap, taking a tenth of the time to the
    first paint, and finds next to nothing: what start-up makes stays alive.
    """
    gc.disable()


def let_collector_run() -> None:
    """The collector runs again (start-up held it, and no article came to settle the heap)."""
    gc.enable()


def settle_new_heap() -> None:
    """A new article is in place: hand back what was frozen with the last one, collect the cycles left over
    (closed screens, finished workers), then freeze what is alive. A bare freeze would keep such garbage,
    already out of reach, until the app ends; this way at most one article's leftovers wait. The collector
    runs again from here on, if start-up held it (`hold_collector`)."""
    release_heap()
    gc.collect()
    settle_heap()
    let_collector_run()


def release_heap() -> None:
    """Let the collector see every object again (the app is closing)."""
    gc.unfreeze()


_answered = threading.Event()
_answered.set()


class _Key:
    """How far the app is with the key being answered: pressed, its bindings run, its answer being drawn."""

    stage = "answered"


def key_pressed() -> None:
    """The app is answering a key: workers stepping through units wait until it is on screen."""
    _Key.stage = "pressed"
    _answered.clear()


def key_handled() -> None:
    """The key's bindings have run: the next frame drawn holds their answer."""
    if _Key.stage == "pressed":
        _Key.stage = "handled"


def drawing_answer() -> bool:
    """Whether the frame being drawn now is the first since the key's bindings ran (True once a key).

    A pane asks as it draws a line; when True, it calls `key_answered` once the frame is written.
    A frame drawn before the bindings ran does not count: the key's work is still to come, and
    a worker let go then would share the interpreter with it.
    """
    if _Key.stage != "handled":
        return False
    _Key.stage = "drawing"
    return True


def key_answered() -> None:
    """The answer to the last key is on screen: workers go on."""
    _Key.stage = "answered"
    _answered.set()


def answering_key() -> bool:
    """Whether the app is answering a key now (workers stepping through units wait)."""
    return not _answered.is_set()


def wait_for_keys() -> None:
    """Wait, off the interpreter lock, while the app answers a key (at most KEY_PAUSE).

    The switch interval alone shares the lock in turns of half a millisecond: a key whose answer
    takes 20 ms of the interpreter then takes twice that, and more for every wait for output.
    """
    if answering_key() and not _answered.wait(KEY_PAUSE):
        _answered.set()  # an answer that never said so must not hold the worker at every unit


def between_keys(items: Iterable[T]) -> Iterator[T]:
    """The items, each handed out once the app is not answering a key."""
    for item in items:
        wait_for_keys()
        yield item
