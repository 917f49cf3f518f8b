"""Extraction benchmark: fineprint's HTML parser beside trafilatura and readability on the shared data sets.

Run as `python tests/benchmarks/extraction.py` from the repository root; it prints one table. The data
(`../shared/bench/extraction`, or $FINEPRINT_SHARED) is read at run time; when it is absent the script
says so and exits 0. Peers run from a throwaway venv created on first use; they are never fineprint
dependencies. On wcxb-dev's forum pages a thread is scored as body and comments joined, for every
extractor alike (WCXB's truth is the whole thread); everywhere else the body alone, captions left out.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
for path in (REPO, HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from bench_data import WCXB, check_ids, join_thread, shared_bench  # noqa: E402

from parsers.html import parse_html  # noqa: E402

PEER_VENVS = (
    Path(os.environ.get("FINEPRINT_PEERS_VENV", "/nonexistent")),
    Path("/tmp/peers"),
    Path.home() / ".cache" / "fineprint-bench" / "peers",
)
PEER_PACKAGES = ("trafilatura", "readability-lxml", "lxml_html_clean", "html-text")
PEERS = ("trafilatura_full", "readability")
PAGE_TYPES = ("article", "forum", "documentation", "service", "listing", "product", "collection")


def extract_for_score(html: str, url: str) -> dict[str, Any]:
    """The score.py adapter: body text, comment texts, title, authors and date of one page."""
    article = parse_html(html, url or None)
    meta = article.metadata
    result = {
        "text": "\n".join(block.text for block in article.blocks if block.kind != "caption"),
        "comments": [comment.text for comment in article.comments],
        "title": meta.title,
        "author": list(meta.authors),
        "date": meta.published.isoformat() if meta.published else None,
    }
    return join_thread(result, url)


def run_score(python: str, spec: str, data: Path, extra: list[str]) -> dict[str, Any] | None:
    """Run score.py for one extractor on `data`; its JSON summary, or None on failure."""
    bench = shared_bench()
    assert bench is not None
    with tempfile.TemporaryDirectory(prefix="fineprint-bench-") as tmp:
        out = Path(tmp) / "score.json"
        command = [python, str(bench / "score.py"), "--callable", spec, "--data", str(data)]
        command += ["--bootstrap", "0", "--quiet", "--worst", "0", "--json", str(out), *extra]
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not out.exists():
            print(f"  {spec}: score.py failed: {done.stderr.strip().splitlines()[-1:] or '?'}")
            return None
        summary: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return summary


def score_extractor(python: str, spec: str, limit: int | None) -> dict[str, Any] | None:
    """Every data set, then wcxb-dev's check split alone, for one extractor."""
    bench = shared_bench()
    assert bench is not None
    limit_args = ["--limit", str(limit)] if limit else []
    summary = run_score(python, spec, bench / "data", ["--per-page", *limit_args])
    ids = check_ids()
    if summary is None or not ids:
        return summary
    check = run_score(python, spec, bench / "data" / WCXB, ["--ids", ",".join(ids), *limit_args])
    summary["check"] = check["datasets"][WCXB] if check else None
    return summary


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


def _get(tree: Any, *keys: str) -> Any:
    """A value deep in nested dicts, or None."""
    for key in keys:
        tree = tree.get(key) if isinstance(tree, dict) else None
    return tree


def _cell(value: Any, digits: int = 3) -> str:
    """A number for the table, or "-" when there is none."""
    return "-" if value is None else f"{value:.{digits}f}"


def _empty_bodies(sets: dict[str, Any]) -> str:
    """wcxb-dev's pages with an empty body: share and count."""
    wcxb = sets.get(WCXB)
    empty = _get(wcxb, "body", "empty_predictions")
    if empty is None:
        return "-"
    return f"{100 * empty / max(1, wcxb['pages']):.1f}% ({empty})"


def _median_ms(sets: dict[str, Any], name: str | None) -> str:
    """The median time per page over one data set, or over every page of every set."""
    chosen = [sets[name]] if name else list(sets.values())
    times = [page["ms"] for data in chosen if data for page in data.get("per_page", ())]
    return _cell(statistics.median(times), 1) if times else "-"


def _comment_cell(sets: dict[str, Any], key: str) -> str:
    """A trafilatura-eval comment figure, only for an extractor that gives comments at all."""
    comments = _get(sets, "trafilatura-eval", "comments") or {}
    return _cell(comments.get(key), 3) if comments.get("pages_with_comment_output") else "-"


def _meta_cell(sets: dict[str, Any], key: str) -> str:
    """A trafilatura-eval metadata exact-match share, only when the extractor predicts that field."""
    field = _get(sets, "trafilatura-eval", "meta", key) or {}
    return _cell(field.get("exact"), 2) if field.get("predicted") else "-"


def table_rows(summary: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, figure) for every line of the table, for one extractor."""
    sets = summary.get("datasets", {})
    rows = [
        (f"scrapinghub shingle {key}", _cell(_get(sets, "scrapinghub", "body", "shingle", key)))
        for key in ("f1", "precision", "recall")
    ]
    rows += [
        ("trafilatura-eval snippets F1", _cell(_get(sets, "trafilatura-eval", "snippets", "f1"))),
        ("trafilatura-eval comment recall", _comment_cell(sets, "recall")),
        ("trafilatura-eval comment leak", _comment_cell(sets, "leak_into_body")),
        *((f"trafilatura-eval {key} exact", _meta_cell(sets, key)) for key in ("title", "author", "date")),
        ("wcxb-dev shingle F1, all pages", _cell(_get(sets, WCXB, "body", "shingle", "f1"))),
        ("wcxb-dev words F1, all pages", _cell(_get(sets, WCXB, "body", "words", "f1"))),
    ]
    by_type = _get(sets, WCXB, "body", "by_page_type") or {}
    for page_type in PAGE_TYPES:
        pages = (by_type.get(page_type) or {}).get("pages")
        label = f"wcxb-dev {page_type}{' (joined)' if page_type == 'forum' else ''} ({pages or 0})"
        rows.append((label, _cell((by_type.get(page_type) or {}).get("shingle_f1"))))
    check = summary.get("check")
    rows.append(
        (f"wcxb-dev check split ({_get(check, 'pages') or 0})", _cell(_get(check, "body", "shingle", "f1")))
    )
    rows.append(("wcxb-dev empty bodies", _empty_bodies(sets)))
    rows += [(f"median ms/page, {name}", _median_ms(sets, name)) for name in sets]
    rows.append(("median ms/page, every page", _median_ms(sets, None)))
    return rows


def _filled(body: str, unit: str, size: int) -> str:
    """A page of `size` bytes or so: `unit` repeated inside `body` (which holds one "{}")."""
    return body.format(unit * (size // len(unit)))


# Page shapes that once cost time out of proportion to their size; each is timed at 1 MB and at 4 MB, so a
# shape that scales worse than linearly shows as a ratio well above 4.
SCALING_SHAPES = {
    "paragraphs in an article": (
        "<html><body><article>{}</article></body></html>",
        "<p>" + "A sentence about data protection, with a comma. " * 10 + "</p>\n",
    ),
    "short link lists between paragraphs": (
        "<html><body><article>{}</article></body></html>",
        "<p>A paragraph of prose long enough to count, with a comma, and some more words after it.</p>"
        "<ul><li><a href='/a'>a link</a></li></ul>\n",
    ),
    "a thread of posts of one name": (
        "<html><body><div id='thread'>{}</div></body></html>",
        "<div class='post'><div class='post-body'><p>A reply in the thread, long enough to be a paragraph "
        "of its own, with a comma.</p></div></div>\n",
    ),
    "hidden elements inside a paragraph": (
        "<html><body><article><p><b>start</b>{}</p></article></body></html>",
        "<span hidden>x</span> visible words after it, ",
    ),
}
SCALING_SIZES = (1_000_000, 4_000_000)


def robustness_timings() -> list[tuple[str, str]]:
    """Seconds parse_html takes on 10,000 nested divs, and on each page shape at 1 MB and at 4 MB."""
    nested = "<html><body>" + "<div>" * 10_000 + "<p>deep</p>" + "</div>" * 10_000 + "</body></html>"
    timings = [("10,000 nested divs (s)", f"{_seconds(nested):.2f}")]
    for label, (body, unit) in SCALING_SHAPES.items():
        small, large = (_seconds(_filled(body, unit, size)) for size in SCALING_SIZES)
        timings.append((f"{label}, 1 / 4 MB (s)", f"{small:.2f} / {large:.2f}"))
    return timings


def _seconds(html: str) -> float:
    """Seconds parse_html takes on one page."""
    started = time.perf_counter()
    parse_html(html)
    return time.perf_counter() - started


def print_table(results: list[tuple[str, dict[str, Any] | None]]) -> None:
    """One table: a line per figure, a column per extractor."""
    columns = [(name, dict(table_rows(summary)) if summary else {}) for name, summary in results]
    labels = [label for label, _value in table_rows(next((s for _n, s in results if s), {}) or {})]
    width = max(len(label) for label in labels) + 1
    print(f"{'':<{width}}| " + " | ".join(f"{name:>16}" for name, _rows in columns))
    for label in labels:
        print(
            f"{label:<{width}}| " + " | ".join(f"{rows.get(label, 'failed'):>16}" for _name, rows in columns)
        )
    for label, seconds in robustness_timings():
        print(f"fineprint, {label}: {seconds}")


def main(argv: list[str] | None = None) -> int:
    """Score fineprint (and the peers when available) and print one table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-peers", action="store_true", help="score fineprint only")
    parser.add_argument("--limit", type=int, help="first N pages of each data set")
    args = parser.parse_args(argv)
    if shared_bench() is None:
        print("extraction benchmark (../shared/bench/extraction) not found; nothing to do")
        return 0
    spec = "tests/benchmarks/extraction.py:extract_for_score"
    results = [("fineprint", score_extractor(sys.executable, spec, args.limit))]
    python = None if args.no_peers else peers_python()
    for peer in PEERS if python else ():
        peer_spec = f"tests/benchmarks/peer_adapters.py:{peer}"
        results.append((peer, score_extractor(python or "", peer_spec, args.limit)))
    print()
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
