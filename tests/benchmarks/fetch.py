"""Fetch benchmark: the `fineprint` command against every endpoint of the hostile server, with its peak memory.

Each run is a fresh process running fineprint's command-line entry point, which on its way out
writes its own peak resident set (VmHWM from /proc/self/status) to a file. (The kernel's rusage
for a child also counts the parent's memory at the fork, so it would report this benchmark's own
size, not fineprint's.) Bombs inflate to 1 GiB each; the bar is 200 MB. A refusal must exit 1 with
one line on stderr, within the deadline set here; a page must exit 0 (an empty one exits 1, as
the parser refuses it).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hostile_server import ENDPOINTS, Endpoint, HostileServer  # noqa: E402

BOMB_BYTES = 1 << 30
PEAK_BAR_MB = 200
# The deadline the runs are given; a refusal that takes longer than this plus start-up is a failure.
DEADLINE = 5.0
STARTUP_ALLOWANCE = 10.0
CONFIG = f"[fetch]\ndeadline = {DEADLINE:g}\nread_timeout = 10\n"


@dataclass(frozen=True, slots=True)
class Run:
    """One `fineprint` process: how it ended, how long it took, its peak memory."""

    status: int
    seconds: float
    peak_mb: float
    stderr: str


# What the `fineprint` console script runs, plus the peak memory written on the way out.
_WRAPPER = """
import os, sys
from tui.cli import main
try:
    status = main(sys.argv[1:])
finally:
    with open("/proc/self/status") as status_file:
        peak = next(line.split()[1] for line in status_file if line.startswith("VmHWM:"))
    with open(os.environ["FINEPRINT_BENCH_PEAK"], "w") as out:
        out.write(peak)
sys.exit(status)
"""


def run_fineprint(url: str, home: Path) -> Run:
    """Run `fineprint annotate URL` in a fresh process; its peak RSS as it reported it (kB in /proc)."""
    peak_file = home / "peak-kb"
    peak_file.unlink(missing_ok=True)
    env = {**os.environ, "FINEPRINT_HOME": str(home), "FINEPRINT_BENCH_PEAK": str(peak_file)}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", _WRAPPER, "annotate", url],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**env, "PYTHONIOENCODING": "utf-8"},
        cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    seconds = time.monotonic() - started
    peak_mb = int(peak_file.read_text()) / 1024 if peak_file.exists() else float("inf")
    return Run(result.returncode, seconds, peak_mb, result.stderr.decode("utf-8", "replace"))


def verdict(point: Endpoint, run: Run) -> str:
    """'ok' when the run ended as the endpoint requires; otherwise what went wrong."""
    lines = run.stderr.splitlines()
    if point.bomb and run.peak_mb >= PEAK_BAR_MB:
        return f"peak over {PEAK_BAR_MB} MB"
    if point.error is None and not point.unreadable:
        return "ok" if run.status == 0 else f"exit {run.status}"
    if point.unreadable and point.unreadable not in run.stderr:
        return "wrong sentence"
    if run.status != 1 or len(lines) != 1 or "Traceback" in run.stderr:
        return f"exit {run.status}, {len(lines)} stderr lines"
    if run.seconds > DEADLINE + STARTUP_ALLOWANCE:
        return "too slow"
    return "ok"


def main() -> int:
    """Run every endpoint, print the table and the bombs' peaks; non-zero if any run fails its bar."""
    failures = 0
    with tempfile.TemporaryDirectory() as home, HostileServer(bomb_bytes=BOMB_BYTES) as server:
        (Path(home) / "config.toml").write_text(CONFIG, encoding="utf-8")
        sizes = server.prepare()
        print(f"bombs inflate to {BOMB_BYTES >> 20} MiB; bodies: "
              + ", ".join(f"{name} {size:,} B" for name, size in sizes.items()))  # fmt: skip
        print(f"deadline {DEADLINE:g} s; peak RSS bar for bombs {PEAK_BAR_MB} MB\n")
        print(f"{'endpoint':24} {'family':9} {'exit':>4} {'time s':>7} {'peak MB':>8}  verdict  message")
        peaks: list[float] = []
        for point in ENDPOINTS:
            run = run_fineprint(server.url(point.path), Path(home))
            result = verdict(point, run)
            failures += result != "ok"
            if point.bomb:
                peaks.append(run.peak_mb)
            message = run.stderr.strip().splitlines()[-1][:90] if run.stderr.strip() else ""
            print(f"{point.path:24} {point.family:9} {run.status:>4} {run.seconds:>7.2f} "
                  f"{run.peak_mb:>8.1f}  {result:7}  {message}", flush=True)  # fmt: skip
    print(
        f"\nbombs: highest peak {max(peaks):.1f} MB (bar {PEAK_BAR_MB} MB); runs failing their bar: {failures}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
