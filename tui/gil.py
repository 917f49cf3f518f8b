"""How the annotation workers share the interpreter with the UI thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

ANNOTATING_SWITCH_INTERVAL = 0.0005
"""Seconds: the interpreter's switch interval while a worker annotates (see keys_first)."""


class _SwitchInterval:
    """How many workers annotate now, and the interval to restore when the last one ends."""

    lock = threading.Lock()
    annotating = 0
    restore = 0.0


@contextmanager
def keys_first() -> Iterator[None]:
    """While a worker annotates, hand the interpreter back to the UI thread sooner.

    Annotating is pure Python and holds the GIL; the UI thread gives it up at every wait for
    input or output and must then wait a switch interval (5 ms by default) to get it back, many
    times for one key press. A shorter interval keeps keys quick while annotations arrive; it is
    set back when the last of the (possibly overlapping) workers ends.
    """
    with _SwitchInterval.lock:
        if _SwitchInterval.annotating == 0:
            _SwitchInterval.restore = sys.getswitchinterval()
            sys.setswitchinterval(min(_SwitchInterval.restore, ANNOTATING_SWITCH_INTERVAL))
        _SwitchInterval.annotating += 1
    try:
        yield
    finally:
        with _SwitchInterval.lock:
            _SwitchInterval.annotating -= 1
            if _SwitchInterval.annotating == 0:
                sys.setswitchinterval(_SwitchInterval.restore)
