"""A long article's detectors split over two processes give what they give in one, or run in one."""

from __future__ import annotations

import ast
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotations import annotate, parallel
from annotations.detectors.laws import LawDetector
from annotations.detectors.memo import article_scope
from annotations.detectors.penalties import PenaltyDetector
from annotations.detectors.tos_quotes import TosQuoteDetector
from annotations.model import Finding
from annotations.parallel import each_detectors_findings
from parsers import parse_text
from parsers.model import Unit

_COMMENTS = (
    "The watchdog fined Acme €1.2bn ($1.3bn) under Article 83(5) of the GDPR last spring.",
    "Its terms of service say “we may keep your messages after you delete them”, which I dislike.",
    "A $5,000 civil penalty under the CCPA is pocket change for them.",
    "Kestrel agreed to pay £3 million to settle, and the FTC Act was cited in the order.",
    "Nothing here about money, only a long complaint about the app crashing on my phone again.",
    "The privacy policy reads “we may share your location with advertisers” and a fine of $40 followed.",
)
# Where the split pays (one core does the penalties, one the rest), a machine can run it.
SPLITS = sys.platform == "linux" and len(os.sched_getaffinity(0)) > 1


def _thread(comments: int) -> str:
    """A page naming its terms, then a thread whose comments carry laws, fines and quoted terms."""
    body = "".join(
        f"Reader{n} says:\nMay 2, 2025 at 8:{n % 60:02d} am\n\n{_COMMENTS[n % len(_COMMENTS)]}\n\n"
        for n in range(comments)
    )
    return (
        "Acme's new terms of service draw a fine\n\nBy Jo Park\n\n" + _COMMENTS[0] + "\n\nComments\n\n" + body
    )


class _Penalties:
    """The penalty detector, noting in `ran` this process's id each time it runs here."""

    name = "penalties"

    def __init__(self) -> None:
        self.ran: list[int] = []

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        self.ran.append(os.getpid())
        return PenaltyDetector().detect(units)


def _findings(
    units: tuple[Unit, ...], detectors: tuple[object, ...], split_from: int | None
) -> list[list[Finding]]:
    with article_scope():
        return each_detectors_findings(units, detectors, split_from=split_from)  # type: ignore[arg-type]


def _no_child_left() -> bool:
    """Whether this process has no child, running or unreaped."""
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def _fresh(call: str) -> str:
    """What `call` (of this module's helpers) gives in a fresh interpreter: one thread, as `fineprint`
    is (a thread another test left running here would keep every detector in this process)."""
    code = f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import test_annotate_parallel as t; print(t.{call})"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout.strip()


def warm() -> None:
    """Every pattern the threads here need compiled, as a process that annotated a page before holds them;
    no article's work is kept (each row's units are its own objects, read in its own article scope)."""
    annotate(parse_text(_thread(len(_COMMENTS))), split_from=None)


# The most of a row's answer the pipe holds while the row's process exits (its parent reads after).
_ANSWER_BYTES = 60_000


def forked(call: str) -> str:
    """What `call` gives ("ok REPR", or "error TRACEBACK") in a process forked for it from this one: a copy
    of this process as it stands, one thread, no other row's state, its children its own."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the row's own process
        os.close(read)
        os.dup2(2, 1)  # what the row prints goes to the error stream, not into the answers
        try:
            answer = "ok " + repr(eval(call, globals()))  # a call of this module's own helpers
        except BaseException:
            answer = "error " + traceback.format_exc()
        os.write(write, answer.encode()[:_ANSWER_BYTES])
        os._exit(0)
    os.close(write)
    status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    os.set_blocking(read, False)
    chunks = []
    try:
        while chunk := os.read(read, _ANSWER_BYTES):
            chunks.append(chunk)
    except BlockingIOError:  # a child the row left holds the pipe open: the answer is read already
        pass
    os.close(read)
    answer = b"".join(chunks).decode()
    return answer if status == 0 and answer else f"error the row's process ended with {status}: {answer}"


def serve() -> None:
    """Warm, then answer each call read from standard input (a JSON string a line) with a JSON line."""
    warm()
    while line := sys.stdin.readline():
        print(json.dumps(forked(json.loads(line))), flush=True)


@pytest.fixture(scope="module")
def own_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], str]]:
    """What a call of this module's helpers gives in a process of its own, forked for that row alone from a
    fresh interpreter that runs no thread and has compiled the patterns (`serve`): each row's process is
    as `_fresh` gives but for the interpreter's start and the first compilation (about 2 s of CPU a row)."""
    code = f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import test_annotate_parallel as t; t.serve()"
    env = {**os.environ, "FINEPRINT_HOME": str(tmp_path_factory.mktemp("own-process-home"))}
    server = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert server.stdin is not None and server.stdout is not None
    stdin, stdout = server.stdin, server.stdout

    def run(call: str) -> str:
        stdin.write(json.dumps(call) + "\n")
        stdin.flush()
        ready, _, _ = select.select([stdout], [], [], 300)
        assert ready, f"no answer to {call} in 300 s"
        answer = json.loads(stdout.readline())
        assert answer.startswith("ok "), answer
        return answer[3:]

    try:
        yield run
    finally:
        stdin.close()
        try:
            server.wait(timeout=60)
        finally:
            server.kill()
            server.wait()


def split_as_in_one(comments: int) -> tuple[bool, bool, bool, bool]:
    """Whether the penalties ran in a child; each detector's findings, and annotate()'s annotations and
    summary, the same split or not; and no child is left."""
    article = parse_text(_thread(comments))
    penalties = _Penalties()
    detectors = (LawDetector(), penalties, TosQuoteDetector())
    split = _findings(article.units(), detectors, 1)
    in_child = not penalties.ran
    same = split == _findings(article.units(), detectors, None) and all(len(found) >= 100 for found in split)
    annotated = annotate(article, split_from=1)
    kinds = {note.kind for note in annotated.annotations} == {"law", "penalty", "tos_quote"}
    return in_child, same, annotated == annotate(article, split_from=None) and kinds, _no_child_left()


def test_the_split_detectors_find_what_they_find_in_one_process() -> None:
    """Each detector's findings, in its order, and the annotations (ids, conversions, related laws,
    summary) are the same; the penalties were found in the child where there is a second core."""
    assert _fresh("split_as_in_one(300)") == str((SPLITS, True, True, True))


def _fails_in_child(how: str, marker: str) -> type:
    """A penalty detector that, in a child, leaves `marker` and dies or raises or answers what does not pickle."""
    parent = os.getpid()

    class Failing(_Penalties):
        def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
            if os.getpid() != parent:
                Path(marker).touch()
                if how == "exits":
                    os._exit(3)
                if how == "killed":
                    os.kill(os.getpid(), signal.SIGKILL)
                if how == "raises":
                    raise ValueError("only in the child")
                found = super().detect(units)
                return [Finding("penalty", "b0", 0, 1, lambda: None, "x"), *found]  # type: ignore[arg-type]
            return super().detect(units)

    return Failing


def failed_child(how: str, marker: str) -> tuple[bool, bool, bool, bool]:
    """Whether the child ran (and failed); its detector then ran here; the findings are those of one
    process; and no child is left."""
    units = parse_text(_thread(60)).units()
    failing = _fails_in_child(how, marker)()
    split = _findings(units, (LawDetector(), failing, TosQuoteDetector()), 1)
    same = split == _findings(units, (LawDetector(), PenaltyDetector(), TosQuoteDetector()), None)
    return Path(marker).exists(), failing.ran == [os.getpid()], same, _no_child_left()


@pytest.mark.parametrize("how", ["exits", "killed", "raises", "unpicklable"])
def test_a_failed_child_leaves_its_detectors_to_this_process(
    how: str, tmp_path: Path, own_process: Callable[[str], str]
) -> None:
    """The child's detector then runs here: the findings are those of one process, no child is left."""
    marker = str(tmp_path / "child-ran")
    assert own_process(f"failed_child({how!r}, {marker!r})") == str((SPLITS, True, True, True))


class _Slow(_Penalties):
    """A penalty detector that, in a child, takes half a minute."""

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        time.sleep(30)
        return []


class _Broken:
    name = "laws"

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        raise ValueError("broken here")


def error_here() -> tuple[str, bool]:
    """What a detector here raises, and whether no child is left after it."""
    units = parse_text(_thread(10)).units()
    try:
        _findings(units, (_Broken(), _Slow()), 1)
    except ValueError as error:
        return str(error), _no_child_left()
    return "nothing raised", _no_child_left()


def test_an_error_here_ends_the_child_at_once(own_process: Callable[[str], str]) -> None:
    """What this process's detectors raise is raised; the child is killed and reaped, not waited for."""
    assert own_process("error_here()") == str(("broken here", True))


def pauses(comments: int) -> tuple[int, int]:
    """How many times annotate() pauses on a thread, told to split from 1 character, and told never to."""
    article = parse_text(_thread(comments))
    counts = {1: 0, None: 0}
    for split_from in counts:

        def pause(split_from: int | None = split_from) -> None:
            counts[split_from] += 1

        annotate(article, pause=pause, split_from=split_from)
    return counts[1], counts[None]


def test_an_interface_pausing_between_units_runs_every_detector_here(
    own_process: Callable[[str], str],
) -> None:
    """With `pause`, every unit of every detector's walk pauses here: none runs in a child."""
    split, serial = ast.literal_eval(own_process("pauses(40)"))
    assert split == serial >= 3 * len(parse_text(_thread(40)).units())


def test_a_process_running_threads_forks_no_child() -> None:
    """A lock another thread holds would stay held in a child: with a thread running, all runs here."""
    units = parse_text(_thread(40)).units()
    penalties = _Penalties()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        _findings(units, (LawDetector(), penalties, TosQuoteDetector()), 1)
    finally:
        stop.set()
        other.join()
    assert penalties.ran == [os.getpid()]


class _SlowAfterNoting(_Penalties):
    """A penalty detector that, in a child, writes its process id to `marker` and then sleeps five minutes."""

    def __init__(self, marker: str) -> None:
        super().__init__()
        self.marker = marker

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        Path(self.marker).write_text(str(os.getpid()))
        time.sleep(300)
        return []


class _Waiting:
    """A law detector that waits here until this process is killed."""

    name = "laws"

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        time.sleep(300)
        return []


def killed_while_split(marker: str) -> None:
    """Split with a child that notes its id and sleeps, while this process waits to be killed."""
    _findings(parse_text(_thread(10)).units(), (_Waiting(), _SlowAfterNoting(marker)), 1)


def _ended(pid: int) -> bool:
    """Whether process `pid` is gone or a zombie (dead, waiting for whoever adopted it to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


@pytest.mark.skipif(not SPLITS, reason="the split needs Linux and a second core")
def test_a_child_ends_when_this_process_is_killed_outright(tmp_path: Path) -> None:
    """A parent killed with SIGKILL (a harness's timeout) takes its child with it: the child, asleep for
    five minutes, is gone within the 20 s this test waits (before, it ran on, adopted by init)."""
    marker = tmp_path / "child-pid"
    code = f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import test_annotate_parallel as t; t.killed_while_split({str(marker)!r})"
    parent = subprocess.Popen([sys.executable, "-c", code])
    child = 0
    try:
        for _ in range(600):
            if marker.exists() and marker.read_text():
                child = int(marker.read_text())
                break
            time.sleep(0.1)
        assert child, "the child never started"
        parent.kill()
        parent.wait()
        for _ in range(200):
            if _ended(child):
                break
            time.sleep(0.1)
        assert _ended(child)
    finally:
        parent.kill()
        parent.wait()
        if child and not _ended(child):
            os.kill(child, signal.SIGKILL)


# Lengths a child's header may read as when garbled: past what a read can ask for, and past memory.
_GARBLED_HEADERS = {"huge": b"\xff" * 8, "past memory": (1 << 40).to_bytes(8, "little")}


class _Laws(LawDetector):
    """The law detector, noting in `prepared_in` the process id each time its per-unit part is
    worked out, and in `given` whether detect() was handed it; in a child, `fails` says how it fails."""

    def __init__(self, fails: str = "") -> None:
        super().__init__()
        self.prepared_in: list[tuple[int, int]] = []  # (process id, how many units)
        self.given: list[bool] = []
        self.fails, self.parent = fails, os.getpid()

    def prepare(self, units: tuple[Unit, ...]) -> list[list[tuple[int, int, str | None]]]:
        self.prepared_in.append((os.getpid(), len(units)))
        if os.getpid() != self.parent and self.fails == "exits":
            os._exit(3)
        if os.getpid() != self.parent and self.fails == "raises":
            raise ValueError("only in the child")
        if os.getpid() != self.parent and self.fails in _GARBLED_HEADERS:  # what it writes next
            parallel._header = lambda length: _GARBLED_HEADERS[self.fails]
        return super().prepare(units)

    def detect(
        self, units: tuple[Unit, ...], prepared: list[list[tuple[int, int, str | None]]] | None = None
    ) -> list[Finding]:
        self.given.append(prepared is not None)
        return super().detect(units, prepared)


# How long the side made to come free last sleeps first: the other's detectors on 120 comments take
# tens of milliseconds.
SLOWER = 2.0


class _QuotesSlowHere(TosQuoteDetector):
    """The quote detector, first sleeping `delay` seconds in this process: the child comes free first."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay, self.parent = delay, os.getpid()

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        if os.getpid() == self.parent:
            time.sleep(self.delay)
        return super().detect(units)


class _PenaltiesSlowInChild(_Penalties):
    """The penalty detector, first sleeping `delay` seconds in the child: this process comes free first."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay, self.parent = delay, os.getpid()

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        if os.getpid() != self.parent:
            time.sleep(self.delay)
        return super().detect(units)


def laws_shared(fails: str, free_first: str) -> tuple[bool, bool, bool, bool]:
    """With the child (`free_first` "child") or this process ("here") free first: whether the laws ran
    where expected (in the child, nothing of them here; here, with every unit prepared here, none twice);
    each detector's findings the same as in one process; no child is left; and whether this process
    worked out the laws' part of every unit, each once."""
    units = parse_text(_thread(120)).units()
    laws = _Laws(fails)
    # Every pattern compiled here first (a fresh interpreter compiles them on the first unit), so that the
    # side that comes free first is the one made to: a loaded machine compiling in the child took seconds.
    one = _findings(units, (LawDetector(), PenaltyDetector(), TosQuoteDetector()), None)
    laws.prepare(units)
    laws.prepared_in.clear()
    child_first = free_first == "child"
    penalties = _Penalties() if child_first else _PenaltiesSlowInChild(SLOWER)
    quotes = _QuotesSlowHere(SLOWER) if child_first else TosQuoteDetector()
    split = _findings(units, (laws, penalties, quotes), 1)
    here = [count for pid, count in laws.prepared_in if pid == os.getpid()]
    where = (not here and not laws.given) if child_first else laws.given == [True]
    return (
        where and not penalties.ran,
        split == one and len(split[0]) >= 40,
        _no_child_left(),
        sum(here) == len(units),
    )


@pytest.mark.parametrize("free_first", ["child", "here"])
def test_the_laws_go_to_the_side_free_first(free_first: str, own_process: Callable[[str], str]) -> None:
    """Where the detectors split, the laws' per-unit part is prepared by whichever side comes free first (the
    other joins in from the other end when it comes free): a child free first (the quotes still running here, as
    on the dense bench thread) prepares every unit and runs the laws too; this process free first (the penalties
    still running there) prepares every unit and runs them here. Before, this process prepared a fixed 0.4 of the
    text and ran the laws after the quotes, whatever the child was doing. The findings are those of one process."""
    expected = (True, True, True, free_first == "here") if SPLITS else (False, True, True, True)
    assert own_process(f"laws_shared('', {free_first!r})") == str(expected)


@pytest.mark.parametrize("fails", ["exits", "raises", *_GARBLED_HEADERS])
def test_a_child_failing_to_prepare_leaves_the_laws_to_this_process(
    fails: str, own_process: Callable[[str], str]
) -> None:
    """A child that, free first, dies or raises while preparing the laws, or whose part's length comes garbled,
    hands over nothing: this process works the laws' part out for every unit, once, and runs the child's
    detectors too; the findings are those of one process (before, a garbled length raised OverflowError or
    MemoryError here)."""
    where, same, no_child, prepared_here = ast.literal_eval(own_process(f"laws_shared({fails!r}, 'child')"))
    assert (where, same, no_child, prepared_here) == (False, True, True, True)


def interrupted_wait() -> tuple[str, bool]:
    """What is raised when this process is interrupted while it waits for the child to exit, and
    whether no child is left (not even a zombie) after it."""
    units = parse_text(_thread(60)).units()
    real_waitpid, calls = os.waitpid, []

    def waitpid(pid: int, options: int) -> tuple[int, int]:
        calls.append(options)
        if calls == [0]:  # the first wait for the child: Ctrl-C
            raise KeyboardInterrupt
        return real_waitpid(pid, options)

    os.waitpid = waitpid  # type: ignore[assignment]
    try:
        _findings(units, (LawDetector(), _Penalties(), TosQuoteDetector()), 1)
    except KeyboardInterrupt:
        return "interrupted", _no_child_left()
    finally:
        os.waitpid = real_waitpid
    return "nothing raised", _no_child_left()


def test_an_interrupt_while_waiting_for_the_child_leaves_no_zombie(own_process: Callable[[str], str]) -> None:
    """Ctrl-C while this process waits for the child to exit is raised, and the child is killed and
    reaped first (before, it was left a zombie)."""
    expected = ("interrupted", True) if SPLITS else ("nothing raised", True)
    assert own_process("interrupted_wait()") == str(expected)
