"""The detectors of a long article split over two processes: a forked child runs one of them.

The detectors are independent over the same units: each reads only the units and the knowledge
base. On a long thread (the bench's 5,000 dense comments: laws 0.29 s, penalties 0.65 s, quotes
0.65 s) the penalty detector runs in a child forked for it, on the second core, while this process
runs the others; its findings come back pickled through a pipe as tuples of their fields (read
back in a quarter of the time the objects took). Each detector's findings are returned in the
detectors' order, each list as the detector gave it, so the caller orders them exactly as when
all run here. The work is not less, it is shared: both processes work out the units' sentences,
and with the other core busy the split gains nothing. A process with one core, a caller running
threads (a lock one of them holds would stay held in the child: the app) and a short article run
every detector here. A child that fails (raises, dies, is killed, answers with what does not
unpickle) costs its time: its detectors then run here and give what they give (or raise).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import fields
from operator import attrgetter

from annotations.detectors.base import Detector
from annotations.model import Finding
from parsers.model import Unit

SPLIT_FROM = 200_000
"""Characters of unit text from which the detectors are split. The split takes a quarter to a third
off this process's time at every length measured (the fork costs 2 ms), but adds a tenth to the
work of both: below this length (0.35 s dense, 0.07 s sparse) the gain is under a tenth of a second."""

IN_CHILD = frozenset({"penalties"})
"""The detectors (by name) the child runs. On the dense bench thread the penalties take 0.65 s there
while laws and quotes take 0.95 s here, and this process then reads the child's findings (0.02 s)
and puts all in order (0.13 s); any other split leaves one side longer."""

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
    """The detectors at `in_child` run in a child, the others here; the child's run here if it fails."""
    found: list[list[Finding]] = [[] for _ in detectors]
    child_detectors = [detectors[index] for index in in_child]
    child = _Child.start(lambda: [[_fields_of(f) for f in d.detect(units)] for d in child_detectors])
    try:
        for index, detector in enumerate(detectors):
            if index not in in_child:
                found[index] = list(detector.detect(units))
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


class _Child:
    """A forked child running some detectors, and the read end of the pipe it answers through."""

    def __init__(self, pid: int, readable: int) -> None:
        self.pid = pid
        self.readable = readable

    @classmethod
    def start(cls, work: Callable[[], list[list[tuple[object, ...]]]]) -> _Child | None:
        """Fork a child that runs `work` and writes its pickled result; None if none could be forked."""
        try:
            readable, writable = os.pipe()
        except OSError:
            return None
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

    def findings(self) -> list[list[Finding]] | None:
        """The child's findings once it has ended; None if it gave none whole. Never waits on a dead
        child: its end of the pipe closes when it dies, and the read ends there."""
        try:
            with os.fdopen(self.readable, "rb") as pipe:
                data = pipe.read()
        except OSError:
            self._kill()
            return None
        except BaseException:  # interrupted: the child is not waited for
            self._kill()
            raise
        try:
            exited = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1]) == 0
        except ChildProcessError:  # SIGCHLD ignored: the system reaped it; a cut answer does not unpickle
            exited = True
        try:
            return [[Finding(*values) for values in part] for part in pickle.loads(data)] if exited else None
        except Exception:  # cut short, or not what the child writes
            return None

    def abandon(self) -> None:
        """Close the pipe, kill the child and reap it: this process is left by an exception."""
        os.close(self.readable)
        self._kill()

    def _kill(self) -> None:
        """Kill the child (not reaped yet: its id is still its own) and reap it."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def _child(work: Callable[[], object], parent: int, readable: int, writable: int) -> None:
    """In the child: do the work, write it pickled, and leave without running the parent's exit code
    (nor flushing the buffers it inherited); anything raised leaves with status 1 and nothing written."""
    status = 1
    try:
        _die_with(parent)
        os.close(readable)
        data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writable, "wb") as pipe:
            pipe.write(data)
        status = 0
    finally:
        os._exit(status)


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


__all__ = ["IN_CHILD", "SPLIT_FROM", "each_detectors_findings"]
