"""The detectors of a long article split over two processes: a forked child runs one of them.

The detectors are independent over the same units: each reads only the units and the knowledge
base. On a long thread (the bench's 5,000 dense comments: laws 0.29 s, penalties 0.65 s, quotes
0.65 s) the penalty detector runs in a child forked for it, on the second core, while this process
runs the others. The child first works out the laws' per-unit part (PREPARED_IN_CHILD) for the
lower units and hands it over; this process works it out for the top ones (PREPARED_HERE) and takes
the child's once it has run the quotes, so that both sides work about as long. The child's findings
come back pickled through a pipe as tuples of their fields (read back in a quarter of the time the
objects took). Each detector's findings are returned in the
detectors' order, each list as the detector gave it, so the caller orders them exactly as when
all run here. The work is not less, it is shared: both processes work out the units' sentences,
and with the other core busy the split gains nothing. A process with one core, a caller running
threads (a lock one of them holds would stay held in the child: the app) and a short article run
every detector here. A child that fails (raises, dies, is killed, answers with what does not
unpickle) costs its time: its detectors then run here and give what they give (or raise).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields
from operator import attrgetter
from typing import Any, cast

from annotations.detectors.base import Detector, Preparing
from annotations.model import Finding
from parsers.model import Unit

SPLIT_FROM = 200_000
"""Characters of unit text from which the detectors are split. The split takes a quarter to a third
off this process's time at every length measured (the fork costs 2 ms), but adds a tenth to the
work of both: below this length (0.35 s dense, 0.07 s sparse) the gain is under a tenth of a second."""

IN_CHILD = frozenset({"penalties"})
"""The detectors (by name) the child runs. On the dense bench thread the penalties take 0.65 s there
and the quotes 0.6 s here; with the laws' per-unit part shared (PREPARED_IN_CHILD) each side works
about 0.85 s, and this process then reads the child's findings (0.02 s) and puts all in order; any
other split of whole detectors leaves one side longer."""

PREPARED_IN_CHILD = frozenset({"laws"})
"""The detectors (by name) run here whose per-unit part (`prepare`: the laws' knowledge-base names and
citations, 0.14 s of their 0.29 s) the child works out first and hands over at once, then runs its own.
This process runs the others meanwhile, then these with what the child prepared: on the dense bench
thread each side then works about 0.8 s (before, 0.92 s here against 0.65 s there)."""
PREPARED_HERE = 0.4
"""The share of the units' text, from the top, whose per-unit part this process prepares itself (the
child the rest): once the quotes took 0.6 s on the dense bench thread, the child preparing all of it
worked 0.1 s longer than this process (0.88 against 0.78 s of CPU); with this share both work 0.85 s."""
# How much the child may write before this process reads: what it prepares fits while the others run.
PIPE_BYTES = 1 << 20
_LENGTH_BYTES = 8
MAX_PART_BYTES = 1 << 30
"""The longest part the child may write: a longer length read is garbled (reading it would raise
OverflowError or MemoryError), and the child's detectors then run here."""
_FORKING_PLATFORMS = ("linux",)
_fields_of = attrgetter(*(field.name for field in fields(Finding)))


def each_detectors_findings(
    units: tuple[Unit, ...], detectors: Sequence[Detector], *, split_from: int | None = SPLIT_FROM
) -> list[list[Finding]]:
    """Each detector's findings over `units`, in the order of `detectors`.

    With `split_from` characters of unit text or more (None: never), the detectors named in IN_CHILD
    run in a forked child when this process may fork (see the module's docstring).
    """
    if split_from is not None and _may_split(units, split_from):
        in_child = [index for index, detector in enumerate(detectors) if detector.name in IN_CHILD]
        if 0 < len(in_child) < len(detectors):
            return _split(units, detectors, in_child)
    return [list(detector.detect(units)) for detector in detectors]


def _may_split(units: tuple[Unit, ...], split_from: int) -> bool:
    """Whether the article is long enough, and this process may fork and has a second core."""
    return (
        sys.platform in _FORKING_PLATFORMS
        and threading.active_count() == 1
        and _usable_cores() > 1
        and sum(len(unit.text) for unit in units) >= split_from
    )


def _usable_cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _split(
    units: tuple[Unit, ...], detectors: Sequence[Detector], in_child: list[int]
) -> list[list[Finding]]:
    """The detectors at `in_child` run in a child, the others here, those named in PREPARED_IN_CHILD
    last, with what the child prepared for them; whatever the child fails to give is worked out here."""
    found: list[list[Finding]] = [[] for _ in detectors]
    child_detectors = [detectors[index] for index in in_child]
    prepared_at = [
        index
        for index, detector in enumerate(detectors)
        if index not in in_child and detector.name in PREPARED_IN_CHILD and isinstance(detector, Preparing)
    ]
    preparing = [cast(Preparing, detectors[index]) for index in prepared_at]

    cut = _share_cut(units, PREPARED_HERE)

    def work() -> Iterator[object]:
        yield [detector.prepare(units[cut:]) for detector in preparing]
        yield [[_fields_of(f) for f in detector.detect(units)] for detector in child_detectors]

    child = _Child.start(work)
    try:
        for index, detector in enumerate(detectors):
            if index not in in_child and index not in prepared_at:
                found[index] = list(detector.detect(units))
        tops = [detector.prepare(units[:cut]) for detector in preparing]
        prepared = child.prepared(len(preparing), len(units) - cut) if child is not None else None
        if prepared is None:  # the child gave none: the rest is prepared here, the top not again
            prepared = [detector.prepare(units[cut:]) for detector in preparing]
        for index, detector, top, part in zip(prepared_at, preparing, tops, prepared, strict=True):
            found[index] = list(detector.detect(units, top + part))
    except BaseException:
        if child is not None:
            child.abandon()
        raise
    childs = child.findings() if child is not None else None
    if childs is None or len(childs) != len(in_child):
        childs = [list(detector.detect(units)) for detector in child_detectors]
    for index, findings in zip(in_child, childs, strict=True):
        found[index] = findings
    return found


def _share_cut(units: tuple[Unit, ...], share: float) -> int:
    """The index of the first unit past `share` of the units' text: the units before it hold that much."""
    goal, total = share * sum(len(unit.text) for unit in units), 0
    for index, unit in enumerate(units):
        if total >= goal:
            return index
        total += len(unit.text)
    return len(units)


class _Child:
    """A forked child running some detectors, and the read end of the pipe it answers through: first
    what it prepared for this process's detectors, then its own detectors' findings, each pickled
    after its length."""

    def __init__(self, pid: int, readable: int) -> None:
        self.pid = pid
        self.pipe = os.fdopen(readable, "rb")

    @classmethod
    def start(cls, work: Callable[[], Iterator[object]]) -> _Child | None:
        """Fork a child that writes each part of `work` pickled as it is done; None if none was forked."""
        try:
            readable, writable = os.pipe()
        except OSError:
            return None
        with contextlib.suppress(OSError, AttributeError):  # room for the first part while we work
            fcntl.fcntl(writable, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:  # too many processes, or no memory: everything runs here
            os.close(readable)
            os.close(writable)
            return None
        if pid == 0:  # pragma: no cover - the child
            _child(work, parent, readable, writable)
        os.close(writable)
        return cls(pid, readable)

    def prepared(self, detectors: int, units: int) -> list[list[Any]] | None:
        """What the child prepared: for each of `detectors`, one item for each of the `units`; None if
        it gave none whole (the child is then ended: its findings are worked out here too)."""
        data = self._part()
        # Unpickling is safe here: the child is our own fork, running our code on what this process gave
        # it, writing to a pipe only the two of them hold. It stops being safe if the child ever stops
        # being a fork of this process (spawned, or another program): then send plain data, not pickles.
        try:
            parts = pickle.loads(data) if data is not None else None
        except Exception:  # not what the child writes
            parts = None
        if (
            isinstance(parts, list)
            and len(parts) == detectors
            and all(isinstance(part, list) and len(part) == units for part in parts)
        ):
            return parts
        self.abandon()
        return None

    def findings(self) -> list[list[Finding]] | None:
        """The child's findings once it has ended; None if it gave none whole. Never waits on a dead
        child: its end of the pipe closes when it dies, and the read ends there."""
        if self.pipe.closed:  # ended when what it prepared did not come
            return None
        data = self._part()
        self.pipe.close()
        if data is None:
            self._kill()
            return None
        try:
            exited = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1]) == 0
        except ChildProcessError:  # SIGCHLD ignored: the system reaped it; a cut answer does not unpickle
            exited = True
        except BaseException:  # interrupted while waiting: the child is not left a zombie
            self._kill()
            raise
        # Safe as in prepared() (our own fork, a private pipe), and only once the child has exited with 0;
        # not if the child stops being a fork of this process.
        try:
            return [[Finding(*values) for values in part] for part in pickle.loads(data)] if exited else None
        except Exception:  # cut short, or not what the child writes
            return None

    def _part(self) -> bytes | None:
        """The next part the child wrote; None if the pipe ended before it was whole."""
        try:
            head = self.pipe.read(_LENGTH_BYTES)
            length = int.from_bytes(head, "little") if len(head) == _LENGTH_BYTES else None
            if length is None or length > MAX_PART_BYTES:  # cut short, or a garbled length
                return None
            data = self.pipe.read(length)
        except OSError:
            return None
        except BaseException:  # interrupted: the child is not waited for
            self.abandon()
            raise
        return data if len(data) == length else None

    def abandon(self) -> None:
        """Close the pipe, kill the child and reap it: this process is left by an exception."""
        self.pipe.close()
        self._kill()

    def _kill(self) -> None:
        """Kill the child (not reaped yet: its id is still its own) and reap it."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def _child(work: Callable[[], Iterator[object]], parent: int, readable: int, writable: int) -> None:
    """In the child: do the work, writing each part pickled after its length as soon as it is done,
    and leave without running the parent's exit code (nor flushing the buffers it inherited); anything
    raised leaves with status 1 and nothing more written."""
    status = 1
    try:
        _die_with(parent)
        os.close(readable)
        with os.fdopen(writable, "wb") as pipe:
            for part in work():
                data = pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL)
                pipe.write(_header(len(data)))
                pipe.write(data)
                pipe.flush()
        status = 0
    finally:
        os._exit(status)


def _header(length: int) -> bytes:
    """What the child writes before a part: its length."""
    return length.to_bytes(_LENGTH_BYTES, "little")


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with(parent: int) -> None:
    """In the child: be killed when the parent dies, and leave if it already has. A parent killed
    outright (a harness's timeout, SIGKILL, SIGTERM) otherwise left the child computing for seconds,
    holding the parent's standard output open."""
    import ctypes  # only the child needs it

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


__all__ = [
    "IN_CHILD",
    "MAX_PART_BYTES",
    "PREPARED_HERE",
    "PREPARED_IN_CHILD",
    "SPLIT_FROM",
    "each_detectors_findings",
]
