"""The cyclic garbage collector held off while annotating, counted across threads: one switch for
annotate() and for the app's workers, so neither turns it back on while the other still holds it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Collector:
    """How many holders (annotate() calls, the app's annotating workers) keep the cyclic garbage
    collector off, and whether it was on before the first."""

    lock = threading.Lock()
    holds = 0
    was_enabled = False


@contextmanager
def collector_held() -> Iterator[None]:
    """The cyclic garbage collector off while this runs, back as it was when the last holder ends.

    Annotating makes no reference cycles (a test checks it), so memory is freed as it is with the
    collector on; but the collector, on, walks the findings kept so far again and again (most of
    its passes are over a long thread's findings, a tenth of the time on 5,000 comments).
    """
    with _Collector.lock:
        if _Collector.holds == 0:
            _Collector.was_enabled = gc.isenabled()
            gc.disable()
        _Collector.holds += 1
    try:
        yield
    finally:
        with _Collector.lock:
            _Collector.holds -= 1
            if _Collector.holds == 0 and _Collector.was_enabled:
                gc.enable()
