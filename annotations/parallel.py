"""The detectors of a long article split over two processes: a forked child runs one of them.

The detectors are independent over the same units: each reads only the units and the knowledge
base. On a long thread (the bench's 5,000 dense comments, one process: laws 0.39 s, penalties 0.9 s,
quotes 1.24 s) the penalty detector runs in a child forked for it, on the second core, while this
process runs the quotes. The laws (SHARED) go to whichever side comes free first: their per-unit part
(`prepare`) is taken in chunks, by this process from the top and by the child from the bottom, each
once its own detectors have run, until the two meet (_Claims); the laws then run here with both
parts, or in the child when it prepared every unit before this process came free. So both sides
work about as long whichever detector costs more on a page: the dense thread's quotes, or the
sparse one's laws. The child's answers come back pickled through a pipe as tuples of their fields
(read back in a quarter of the time the objects took). Each detector's findings are returned in the
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
import mmap
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
"""The detectors (by name) the child runs: on the dense bench thread the penalties take 0.9 s there
and the quotes 1.24 s here; split whole, no other choice leaves the two sides closer."""

SHARED = frozenset({"laws"})
"""The detectors (by name) run by the side that comes free first, their per-unit part (`prepare`: the
laws' knowledge-base names and citations, half their time) shared between both (_Claims). With the
laws' part split at a fixed share (0.4 of the text here), this process worked 1.52 s on the dense
thread against the child's 1.03 s; taken as each side comes free, the child, free first, runs the laws
and both work about 1.3 s; on the sparse thread, where the quotes cost least, this process prepares
most of the part instead."""
CHUNK_CHARS = 16_000
"""Characters of unit text a side prepares at a time (about 3 ms of the laws' part): where the two meet,
at most this much is prepared by both."""
_COUNTER_BYTES = 8
_TOP, _BOTTOM = 0, _COUNTER_BYTES
# What the child writes first: the shared detectors' findings, or what it prepared for them.
_FOUND, _PREPARED = "found", "prepared"
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
    """The detectors at `in_child` run in a child, the others here, those named in SHARED last: their
    per-unit part is shared out between the two as each comes free (_Claims), and they run where all of
    it is; whatever the child fails to give is worked out here."""
    found: list[list[Finding]] = [[] for _ in detectors]
    child_detectors = [detectors[index] for index in in_child]
    shared_at = [
        index
        for index, detector in enumerate(detectors)
        if index not in in_child and detector.name in SHARED and isinstance(detector, Preparing)
    ]
    shared = [cast(Preparing, detectors[index]) for index in shared_at]
    claims = _Claims(units)

    def work() -> Iterator[object]:
        own = [[_fields_of(f) for f in detector.detect(units)] for detector in child_detectors]
        bottom, parts = claims.from_bottom(shared)
        if shared and bottom == 0:  # every unit prepared here, so the shared detectors run here too
            yield (
                _FOUND,
                [[_fields_of(f) for f in d.detect(units, p)] for d, p in zip(shared, parts, strict=True)],
            )
        else:
            yield (_PREPARED, bottom, parts)
        yield own

    child = _Child.start(work)
    try:
        for index, detector in enumerate(detectors):
            if index not in in_child and index not in shared_at:
                found[index] = list(detector.detect(units))
        if shared:
            top, mine = claims.from_top(shared)
            for index, findings in zip(
                shared_at, _shared_findings(child, shared, units, top, mine), strict=True
            ):
                found[index] = findings
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


def _shared_findings(
    child: _Child | None, shared: list[Preparing], units: tuple[Unit, ...], top: int, mine: list[list[Any]]
) -> list[list[Finding]]:
    """The shared detectors' findings: the child's, when it ran them; else worked out here with what this
    process prepared for the units above `top` (`mine`) and the child for those below, any unit neither
    prepared (the child gave nothing, or read `top` late) prepared here."""
    n = len(units)
    message = child.shared(len(shared), n) if child is not None and top < n else None
    if message is not None and message[0] == _FOUND:
        return cast(list[list[Finding]], message[1])
    bottom, parts = (message[1], message[2]) if message is not None else (n, [[] for _ in shared])
    bottom = max(bottom, top)
    return [
        list(
            detector.detect(
                units,
                own
                + (detector.prepare(units[top:bottom]) if top < bottom else [])
                + part[len(part) - (n - bottom) :],
            )
        )
        for detector, own, part in zip(shared, mine, parts, strict=True)
    ]


class _Claims:
    """Which units' per-unit part (SHARED) each side prepares: this process takes chunks of units from the
    top once its own detectors have run, the child from the bottom once its own have, until they meet.
    Two counters in memory both share (an anonymous shared mapping, made before the fork): the units above
    `top` are this process's, those from `bottom` on the child's. Each writes only its own counter, before
    it prepares the chunk; reading the other's late, both may prepare a chunk, and this process prepares
    any unit neither did (a counter read torn, a child that died)."""

    def __init__(self, units: tuple[Unit, ...]) -> None:
        self.units = units
        self.memory = mmap.mmap(-1, 2 * _COUNTER_BYTES)
        self._write(_TOP, 0)
        self._write(_BOTTOM, len(units))

    def _read(self, at: int) -> int:
        return int.from_bytes(self.memory[at : at + _COUNTER_BYTES], "little")

    def _write(self, at: int, value: int) -> None:
        self.memory[at : at + _COUNTER_BYTES] = value.to_bytes(_COUNTER_BYTES, "little")

    def from_top(self, detectors: list[Preparing]) -> tuple[int, list[list[Any]]]:
        """In this process: chunks from the top until the child's; where it stopped, and each detector's parts."""
        parts: list[list[Any]] = [[] for _ in detectors]
        top = 0
        while top < min(self._read(_BOTTOM), len(self.units)):
            end, chars = top, 0
            while end < len(self.units) and (end == top or chars < CHUNK_CHARS):
                chars += len(self.units[end].text)
                end += 1
            self._write(_TOP, end)
            for part, detector in zip(parts, detectors, strict=True):
                part += detector.prepare(self.units[top:end])
            top = end
        return top, parts

    def from_bottom(self, detectors: list[Preparing]) -> tuple[int, list[list[Any]]]:
        """In the child: chunks from the bottom until this process's; where it stopped, and each detector's parts."""
        chunks: list[list[list[Any]]] = []
        bottom = len(self.units)
        while detectors and bottom > self._read(_TOP):
            start, chars = bottom, 0
            while start > 0 and (start == bottom or chars < CHUNK_CHARS):
                start -= 1
                chars += len(self.units[start].text)
            self._write(_BOTTOM, start)
            chunks.append([detector.prepare(self.units[start:bottom]) for detector in detectors])
            bottom = start
        parts = [[item for chunk in reversed(chunks) for item in chunk[at]] for at in range(len(detectors))]
        return bottom, parts


class _Child:
    """A forked child running some detectors, and the read end of the pipe it answers through: first
    its part of the shared detectors (their findings, or what it prepared for them), then its own
    detectors' findings, each pickled after its length."""

    def __init__(self, pid: int, readable: int) -> None:
        self.pid = pid
        self.pipe = os.fdopen(readable, "rb")
        self._shared_read = False

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

    def shared(self, detectors: int, units: int) -> tuple[Any, ...] | None:
        """The child's part of the SHARED detectors, for `detectors` of them over `units` units: their
        findings (_FOUND, one list each), or what it prepared (_PREPARED, the first unit it prepared, one
        list each with an item for each unit from there on); None if it gave neither whole (the child is
        then ended: its findings are worked out here too)."""
        self._shared_read = True
        data = self._part()
        # Unpickling is safe here: the child is our own fork, running our code on what this process gave
        # it, writing to a pipe only the two of them hold. It stops being safe if the child ever stops
        # being a fork of this process (spawned, or another program): then send plain data, not pickles.
        try:
            message: Any = pickle.loads(data) if data is not None else None
            if message[0] == _FOUND and len(message[1]) == detectors:
                return (_FOUND, [[Finding(*values) for values in part] for part in message[1]])
            if message[0] == _PREPARED and _prepared_whole(message[1], message[2], detectors, units):
                return message  # type: ignore[no-any-return]
        except Exception:  # not what the child writes
            pass
        self.abandon()
        return None

    def findings(self) -> list[list[Finding]] | None:
        """The child's findings once it has ended; None if it gave none whole. Never waits on a dead
        child: its end of the pipe closes when it dies, and the read ends there."""
        if self.pipe.closed:  # ended when its part of the shared detectors did not come
            return None
        if not self._shared_read:  # not needed here (this process prepared every unit): passed over
            self._shared_read = True
            if self._part() is None:
                self.pipe.close()
                self._kill()
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
        # Safe as in shared() (our own fork, a private pipe), and only once the child has exited with 0;
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


def _prepared_whole(bottom: object, parts: object, detectors: int, units: int) -> bool:
    """Whether the child's prepared part is whole: a first unit within the article, and for each of
    `detectors` one item for each unit from there on."""
    return (
        type(bottom) is int
        and 0 <= bottom <= units
        and isinstance(parts, list)
        and len(parts) == detectors
        and all(isinstance(part, list) and len(part) == units - bottom for part in parts)
    )


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
    "CHUNK_CHARS",
    "IN_CHILD",
    "MAX_PART_BYTES",
    "SHARED",
    "SPLIT_FROM",
    "each_detectors_findings",
]
