"""How fast the app answers, as a person sees it: in tmux at 120x40, next to a bare Textual app.

Launch: from starting the command to the article's title in `tmux capture-pane` (polled),
median of three, the app's launches and the anchor's taking turns. Keys: from `tmux send-keys`
to a changed screen. Every figure is measured in the same run as its anchor
(tests/benchmarks/bare_textual.py showing the same file), because the machine's load moves
both. Needs tmux; says so and stops when it is absent.
"""

from __future__ import annotations

import bisect
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
# A tmux server of our own: other sessions on the machine are neither seen nor touched.
TMUX = ["tmux", "-L", f"fineprint-bench-{os.getpid()}"]
ROOT = HERE.parents[1]
SAMPLE = ROOT / "tui" / "sample" / "sample-article.txt"
SAMPLE_TITLE = "Epic Games to pay"
BIG_TITLE = "Generated thread"
SIZE = ("120", "40")
RUNS = 3
KEY_PRESSES = 40
LOOK_AGAIN = 0.05
"""Look at the screen at least this often (seconds), output or not."""
TIMEOUT = 30.0
KEY_TIMEOUT = 3.0
ANNOTATING = "Finding laws"
SO_FAR = "so far"
COUNTS = "§ "
COMMENTS = 5000
BODY_PARAGRAPHS = 40
# Each body paragraph, and every fifth of the first ANNOTATED_COMMENTS comments, names a fine and a
# law: 80 + 1,920 = 2,000 annotations, the body's shown first while the comments are annotated.
ANNOTATED_EVERY = 5
ANNOTATED_COMMENTS = 4800


def big_article(path: Path) -> None:
    """A plain-text article of 40 paragraphs and 5,000 comments holding 2,000 annotations."""
    lines = [f"{BIG_TITLE}: readers weigh a $5 million GDPR fine", "", "By Ann Lee | 4 March 2024", ""]
    for number in range(BODY_PARAGRAPHS):
        lines += [
            f"In case {number} the regulator imposed a $5 million fine under the GDPR on a social network,"
            " and the company said it would appeal the decision in court.",
            "",
        ]
    lines += ["Comments", ""]
    for number in range(COMMENTS):
        lines += [f"Reader{number} says:", "March 5, 2024 at 9:12 am", ""]
        if number % ANNOTATED_EVERY == 0 and number < ANNOTATED_COMMENTS:
            lines.append(
                f"A $5 million fine under the GDPR is small for a firm this size, says reader {number}."
            )
        else:
            lines.append(f"I read the whole decision and the appeal looks weak to me, reader {number} adds.")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


class Pane:
    """One tmux session running one command at 120x40, watched by a control-mode client.

    The client reports each burst of output the command writes (`%output`), so the screen is
    captured only when something was drawn: polling `capture-pane` in a loop would take a core
    of this two-core machine from the program being measured.
    """

    def __init__(self, name: str, command: list[str]) -> None:
        self.name = name
        self.command = command
        self.outputs: list[float] = []
        self.seen = threading.Condition()
        self.client: subprocess.Popen[str] | None = None

    def start(self) -> float:
        """Start the command and watch its output; returns the moment it was started."""
        started = time.perf_counter()
        # The server may have been started by another run: hand the command its environment itself.
        env_command = " ".join(
            _quote(part) for part in ["env", f"FINEPRINT_HOME={os.environ['FINEPRINT_HOME']}", *self.command]
        )
        subprocess.run(
            [*TMUX, "new-session", "-d", "-s", self.name, "-x", SIZE[0], "-y", SIZE[1], env_command],
            check=True,
        )
        self.client = subprocess.Popen(
            [*TMUX, "-C", "attach-session", "-t", self.name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            errors="replace",
        )
        threading.Thread(target=self._watch, daemon=True).start()
        return started

    def _watch(self) -> None:
        assert self.client is not None and self.client.stdout is not None
        for line in self.client.stdout:
            if line.startswith("%output"):
                with self.seen:
                    self.outputs.append(time.perf_counter())
                    self.seen.notify_all()

    def output_after(self, moment: float, timeout: float) -> float | None:
        """When the command next wrote to the screen after `moment`; None when it did not in time."""
        deadline = time.perf_counter() + timeout
        with self.seen:
            while True:
                index = bisect.bisect_right(self.outputs, moment)
                if index < len(self.outputs):
                    return self.outputs[index]
                remaining = deadline - time.perf_counter()
                if remaining <= 0 or not self.seen.wait(remaining):
                    return None

    def screen(self) -> str:
        result = subprocess.run(
            [*TMUX, "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        )
        return result.stdout

    def wait_for(self, condition: Callable[[str], bool], timeout: float) -> float | None:
        """Look at the screen each time the command draws, until `condition` holds; None on timeout."""
        deadline = time.perf_counter() + timeout
        looked = time.perf_counter()
        while time.perf_counter() < deadline:
            if condition(self.screen()):
                return time.perf_counter()
            drawn = self.output_after(looked, min(LOOK_AGAIN, max(0.0, deadline - time.perf_counter())))
            looked = drawn if drawn is not None else time.perf_counter()
        return None

    def key(self, key: str) -> float | None:
        """Send a key; seconds until the screen changed (None when it did not within the timeout)."""
        before = self.screen()
        sent = time.perf_counter()
        subprocess.run([*TMUX, "send-keys", "-t", self.name, key], check=True)
        moment = sent
        while (drawn := self.output_after(moment, KEY_TIMEOUT - (moment - sent))) is not None:
            if self.screen() != before:
                return drawn - sent
            moment = drawn
        return None

    def peak_memory_mb(self) -> float | None:
        """The peak resident memory (VmHWM) of the processes under the pane."""
        result = subprocess.run(
            [*TMUX, "list-panes", "-t", self.name, "-F", "#{pane_pid}"], capture_output=True, text=True
        )
        pids = [int(result.stdout.split()[0])] if result.stdout.split() else []
        pids += _descendants(pids[0]) if pids else []
        peaks = [_vm_hwm(pid) for pid in pids]
        found = [peak for peak in peaks if peak is not None]
        return max(found) / 1024 if found else None

    def stop(self) -> None:
        subprocess.run([*TMUX, "kill-session", "-t", self.name], capture_output=True)
        if self.client is not None:
            self.client.wait(timeout=5)


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


def _descendants(pid: int) -> list[int]:
    """Child processes of `pid`, however deep (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


def _vm_hwm(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def first_paints(title: str, commands: dict[str, list[str]]) -> dict[str, float | None]:
    """Seconds from launch to the title on screen for each command, median of RUNS launches.

    The launches take turns (one of each command, then again), so that the machine's load, which
    the other work on it moves from second to second, falls on each command alike.
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(RUNS):
        for name, command in commands.items():
            pane = Pane(f"{name}-{run}-{os.getpid()}", command)
            started = pane.start()
            shown = pane.wait_for(lambda screen: title in screen, TIMEOUT)
            pane.stop()
            if shown is not None:
                times[name].append(shown - started)
    return {name: statistics.median(found) if found else None for name, found in times.items()}


def p95(values: list[float]) -> float | None:
    """The 95th percentile (nearest rank)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered) + 0.5) - 1)]


def _ms(value: float | None) -> str:
    return "timed out" if value is None else f"{value * 1000:.0f} ms"


def _s(value: float | None) -> str:
    return "timed out" if value is None else f"{value:.2f} s"


def _all_shown(screen: str) -> bool:
    """Whether the status line counts every annotation (its counts start with the law glyph)."""
    return COUNTS in screen and ANNOTATING not in screen


def keys_session(command: list[str], title: str) -> dict[str, float | None]:
    """`]` while annotations arrive and after, `end`/`home` in the comments, peak memory: one session."""
    pane = Pane(f"keys-{os.getpid()}", command)
    started = pane.start()
    figures: dict[str, float | None] = {}
    if pane.wait_for(lambda screen: title in screen, TIMEOUT) is None:
        pane.stop()
        return figures
    # The body's annotations are shown first ("so far"); `]` moves through them while the
    # comments' are still being found.
    first = pane.wait_for(lambda screen: SO_FAR in screen or _all_shown(screen), TIMEOUT)
    figures["first annotations"] = None if first is None else first - started
    arriving = []
    while SO_FAR in pane.screen() and len(arriving) < KEY_PRESSES:
        delay = pane.key("]")
        arriving.append(delay if delay is not None else KEY_TIMEOUT)
    figures["] while annotations arrive"] = p95(arriving)
    figures["] presses while arriving"] = float(len(arriving))
    done = pane.wait_for(_all_shown, TIMEOUT)
    figures["all annotations"] = None if done is None else done - started
    after = [pane.key("]") or KEY_TIMEOUT for _ in range(KEY_PRESSES)]
    figures["] annotated"] = p95(after)
    pane.key("Tab")
    ends = [pane.key(key) or KEY_TIMEOUT for _ in range(RUNS) for key in ("End", "Home")]
    figures["end"] = statistics.median(ends[0::2])
    figures["home"] = statistics.median(ends[1::2])
    figures["peak memory MB"] = pane.peak_memory_mb()
    pane.stop()
    return figures


def bare_keys(command: list[str], title: str) -> float | None:
    """The anchor's key answer: `down` in the bare app, p95."""
    pane = Pane(f"bare-keys-{os.getpid()}", command)
    pane.start()
    pane.wait_for(lambda screen: title in screen, TIMEOUT)
    delays = [pane.key("Down") or KEY_TIMEOUT for _ in range(KEY_PRESSES)]
    pane.stop()
    return p95(delays)


def report(figures: dict[str, float | None], anchor: float | None) -> None:
    """Print the figures of the key session on the generated thread."""
    presses = int(figures.get("] presses while arriving") or 0)
    rows = [
        ("annotations shown after launch: the body's / all",
         f"{_s(figures.get('first annotations'))} / {_s(figures.get('all annotations'))}"),
        (f"] p95 while the comments' annotations arrive ({presses} presses)",
         _ms(figures.get("] while annotations arrive"))),
        ("] p95 once annotated", f"{_ms(figures.get('] annotated'))}   bare Textual down p95 {_ms(anchor)}"),
        ("end / home (comments pane)", f"{_ms(figures.get('end'))} / {_ms(figures.get('home'))}"),
        ("peak memory", "n/a" if figures.get("peak memory MB") is None else f"{figures['peak memory MB']:.0f} MB"),
    ]  # fmt: skip
    for label, value in rows:
        print(f"  5,000 comments, {label}: {value}")


def main() -> int:
    """Measure and print; exit 0 (figures are reported, not judged here)."""
    if shutil.which("tmux") is None:
        print("tmux is not installed: the TUI speed benchmark needs it (apt-get install tmux).")
        return 0
    fineprint = str(Path(sys.executable).with_name("fineprint"))
    bare = [sys.executable, str(HERE / "bare_textual.py")]
    # A session that lives for the whole run keeps our tmux server up between measurements.
    subprocess.run([*TMUX, "new-session", "-d", "-s", "keeper", "sleep 3600"], check=True)
    try:
        return _measure(fineprint, bare)
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)


def _measure(fineprint: str, bare: list[str]) -> int:
    """Every figure, printed as it is measured."""
    with tempfile.TemporaryDirectory() as home:
        os.environ["FINEPRINT_HOME"] = home  # an empty library and config: the first run a new user sees
        big = Path(home) / "generated-thread.txt"
        big_article(big)
        print(
            f"TUI speed: tmux {SIZE[0]}x{SIZE[1]}, median of {RUNS} launches; load average {os.getloadavg()[0]:.1f}"
        )
        sample = first_paints(
            SAMPLE_TITLE, {"fp-sample": [fineprint, str(SAMPLE)], "bare-sample": [*bare, str(SAMPLE)]}
        )
        sample_app, sample_bare = sample["fp-sample"], sample["bare-sample"]
        ratio = f"{sample_app / sample_bare:.1f}x" if sample_app and sample_bare else "n/a"
        print(
            f"  sample article, first paint        fineprint {_s(sample_app)}   bare Textual {_s(sample_bare)}   ({ratio})"
        )
        big_paints = first_paints(BIG_TITLE, {"fp-big": [fineprint, str(big)], "bare-big": [*bare, str(big)]})
        big_app, big_bare = big_paints["fp-big"], big_paints["bare-big"]
        print(f"  5,000 comments, first paint        fineprint {_s(big_app)}   bare Textual {_s(big_bare)}")
        figures = keys_session([fineprint, str(big)], BIG_TITLE)
        report(figures, bare_keys([*bare, str(big)], BIG_TITLE))
    return 0


if __name__ == "__main__":
    sys.exit(main())
