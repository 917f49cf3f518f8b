"""`make bench`: every benchmark, one after the other; each reads ../shared and says when it is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("annotations.py", "extraction.py", "fetch.py", "library.py", "text_parser.py", "tui_speed.py")


def main() -> int:
    """Run each benchmark script; a failing one fails the run."""
    status = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        status |= subprocess.run([sys.executable, str(HERE / name), *sys.argv[1:]], check=False).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
