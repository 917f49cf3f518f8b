"""Extraction benchmark: fineprint's HTML parser against the shared data sets, and against peers.

Run as `python tests/benchmarks/extraction.py` from the repository root. When the shared benchmark
(`../shared/bench/extraction`) is absent it says so and exits 0. Peers (trafilatura, readability-lxml)
run from a throwaway venv that is created on first use; they are never fineprint dependencies.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from parsers.html import parse_html  # noqa: E402

BENCH = REPO.parent / "shared" / "bench" / "extraction"
PEER_VENVS = (
    Path(os.environ.get("FINEPRINT_PEERS_VENV", "/nonexistent")),
    Path("/tmp/peers"),
    Path.home() / ".cache" / "fineprint-bench" / "peers",
)
PEER_PACKAGES = ("trafilatura", "readability-lxml", "lxml_html_clean", "html-text")
PEERS = ("trafilatura_full", "readability")
DATASETS = ("scrapinghub", "trafilatura-eval")


def extract_for_score(html: str, url: str) -> dict[str, Any]:
    """The score.py adapter: body text, comment texts, title, authors and date of one page."""
    article = parse_html(html, url or None)
    meta = article.metadata
    return {
        "text": "\n".join(block.text for block in article.blocks if block.kind != "caption"),
        "comments": [comment.text for comment in article.comments],
        "title": meta.title,
        "author": list(meta.authors),
        "date": meta.published.isoformat() if meta.published else None,
    }


def run_score(python: str, spec: str, limit: int | None) -> dict[str, Any] | None:
    """Run score.py on both data sets for one extractor; its JSON summary, or None on failure."""
    with tempfile.TemporaryDirectory(prefix="fineprint-bench-") as tmp:
        out = Path(tmp) / "score.json"
        command = [python, str(BENCH / "score.py"), "--callable", spec, "--data", str(BENCH / "data")]
        command += ["--bootstrap", "0", "--quiet", "--worst", "0", "--json", str(out)]
        if limit:
            command += ["--limit", str(limit)]
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not out.exists():
            print(f"  {spec}: score.py failed: {done.stderr.strip().splitlines()[-1:] or '?'}")
            return None
        return json.loads(out.read_text(encoding="utf-8"))


def peers_python() -> str | None:
    """A Python that has the peers installed, creating the throwaway venv when needed."""
    for venv in PEER_VENVS:
        python = venv / "bin" / "python"
        if python.exists() and _has_peers(python):
            return str(python)
    venv = PEER_VENVS[-1]
    print(f"  creating the peers venv in {venv} (trafilatura, readability-lxml) ...")
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True, capture_output=True, timeout=600)
        subprocess.run([*pip, *PEER_PACKAGES], check=True, capture_output=True, timeout=1200)
    except (OSError, subprocess.SubprocessError) as error:
        print(f"  peers unavailable (could not install them: {type(error).__name__}); fineprint only")
        return None
    python = venv / "bin" / "python"
    return str(python) if _has_peers(python) else None


def _has_peers(python: Path) -> bool:
    """Whether this interpreter imports trafilatura and readability."""
    check = [str(python), "-c", "import trafilatura, readability"]
    return subprocess.run(check, capture_output=True, check=False).returncode == 0


def _cell(value: Any, digits: int = 3) -> str:
    """A number for the table, or "-" when there is none."""
    return "-" if value is None else f"{value:.{digits}f}"


def table_row(name: str, summary: dict[str, Any]) -> str:
    """One line of the table for one extractor."""
    sets = summary.get("datasets", {})
    body = sets.get("scrapinghub", {}).get("body", {}).get("shingle", {})
    teval = sets.get("trafilatura-eval", {})
    comments, meta = teval.get("comments", {}), teval.get("meta", {})
    times = [sets[key]["time"]["median_ms"] for key in DATASETS if key in sets]
    comment_recall = comments.get("recall") if comments.get("pages_with_comment_output") else None
    cells = [
        f"{name:<18}",
        _cell(body.get("f1")),
        _cell(body.get("precision")),
        _cell(body.get("recall")),
        _cell(teval.get("snippets", {}).get("f1")),
        _cell(comment_recall, 2),
        _cell(comments.get("leak_into_body") if comment_recall is not None else None, 3),
        *(_cell(meta.get(key, {}).get("exact") if meta.get(key, {}).get("predicted") else None, 2)
          for key in ("title", "author", "date")),
        _cell(sorted(times)[len(times) // 2] if times else None, 1),
    ]  # fmt: skip
    return " | ".join(cells)


def robustness_timings() -> list[tuple[str, float]]:
    """Seconds parse_html takes on 10,000 nested divs and on a 5 MB page."""
    nested = "<html><body>" + "<div>" * 10_000 + "<p>deep</p>" + "</div>" * 10_000 + "</body></html>"
    paragraph = "<p>" + "A sentence about data protection, with a comma. " * 10 + "</p>\n"
    big = "<html><body><article>" + paragraph * (5_000_000 // len(paragraph)) + "</article></body></html>"
    timings = []
    for label, html in (("10,000 nested divs", nested), ("5 MB page", big)):
        started = time.perf_counter()
        parse_html(html)
        timings.append((label, time.perf_counter() - started))
    return timings


def main(argv: list[str] | None = None) -> int:
    """Score fineprint (and peers when available) and print one table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-peers", action="store_true", help="score fineprint only")
    parser.add_argument("--limit", type=int, help="first N pages of each data set")
    args = parser.parse_args(argv)
    if not (BENCH / "score.py").exists():
        print(f"extraction benchmark not found at {BENCH}; nothing to do")
        return 0
    results = [
        (
            "fineprint",
            run_score(sys.executable, "tests/benchmarks/extraction.py:extract_for_score", args.limit),
        )
    ]
    python = None if args.no_peers else peers_python()
    for peer in PEERS if python else ():
        results.append((peer, run_score(python, str(BENCH / "peers.py") + f":{peer}", args.limit)))
    print()
    print(
        "extractor          | SH F1 | SH P  | SH R  | TE snip F1 | cmt R | cmt leak | title | author | date | median ms"
    )
    for name, summary in results:
        print(table_row(name, summary) if summary else f"{name:<18} | failed")
    print()
    for label, seconds in robustness_timings():
        print(f"robustness: {label}: {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
