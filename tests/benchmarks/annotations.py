"""Annotation benchmark: quality on the seed and our labelled sets (shared scorer), and speed.

Quality needs ../shared/bench/annotations (score.py); without it that part says so and is skipped.
Speed is measured on text we generate here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED_SCORER = ROOT.parent / "shared" / "bench" / "annotations"
LABELLED = ROOT / "tests" / "fixtures" / "annotations" / "labelled.jsonl"
sys.path.insert(0, str(ROOT))

from annotations import annotate  # noqa: E402
from annotations.parallel import SPLIT_FROM  # noqa: E402
from parsers import parse_text  # noqa: E402

QUALITY_SETS = ("realstyle", "tos-real-styles", "labelled", "heldout", "heldout2")
# Written after the detectors were tuned and never tuned on: scored whole, one row each, no halves.
HELD_OUT_SETS = ("fresh-c", "fresh-d", "fresh-e", "fresh-f")
HALVES = ("full", "tune", "check")
# Wide enough for "fresh-f (held out, never tuned)", so every row lines up.
HEAD_WIDTH = 32
KIND_COLUMNS = (("law", "law"), ("penalty", "pen"), ("tos_quote", "tos"))


def _set_files(name: str) -> list[Path]:
    """The case files of one labelled set; `realstyle` and `tos-real-styles` gather their numbered files."""
    if name in ("realstyle", "tos-real-styles"):
        return sorted(LABELLED.parent.glob(f"{name}*.jsonl"))
    path = LABELLED.parent / f"{name}.jsonl"
    return [path] if path.exists() else []


def _score(files: list[Path], half: str, command: str) -> dict | None:
    """The shared scorer's JSON summary for some case files (none: the seed), or None if it failed."""
    cases = [arg for path in files for arg in ("--cases", str(path))]
    halves = [] if half == "full" else ["--half", half]
    done = subprocess.run(
        [sys.executable, str(SHARED_SCORER / "score.py"), *cases, *halves, "--json", "--cmd", command],
        check=False,
        cwd=SHARED_SCORER,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        print(f"  scorer failed: {done.stderr.strip()[-300:]}")
        return None
    return json.loads(done.stdout)


def _row(head: str, summary: dict | None) -> str:
    """One table row: P/R per kind, micro F1 and the share of gold amounts with the right currency."""
    if summary is None:
        return f"{head:{HEAD_WIDTH}}  (no result)"
    if not summary["cases"]:
        return f"{head:{HEAD_WIDTH}}  {0:9d}  (no case falls in this half)"
    cells = [f"{summary['cases']:5d}"]
    for kind, _ in KIND_COLUMNS:
        scores = summary["per_kind"][kind]
        empty = not scores["n_gold"] and not scores["n_pred"]
        cells.append("-" if empty else f"{scores['precision']:.2f}/{scores['recall']:.2f}")
    penalty = summary["per_kind"]["penalty"]
    cells += [f"{summary['micro']['f1']:5.3f}", f"{penalty['amount_currency_correct_over_gold']:5.3f}"]
    return f"{head:{HEAD_WIDTH}}  " + "  ".join(f"{cell:>9}" for cell in cells)


def quality() -> None:
    """One table: the seed and each labelled set, whole and split into tune and check halves, then the
    held-out sets, each scored whole."""
    if not (SHARED_SCORER / "score.py").exists():
        print("annotation quality: ../shared/bench/annotations is absent; skipped")
        return
    fineprint = shutil.which("fineprint", path=str(Path(sys.executable).parent)) or "fineprint"
    command = f"{sys.executable} {SHARED_SCORER / 'annotate_offsets.py'} {fineprint} {{}}"
    kinds = "  ".join(f"{short + ' P/R':>9}" for _, short in KIND_COLUMNS)
    head = f"{'set':10} {'part':5}"
    print(f"{head:{HEAD_WIDTH}}  {'cases':>9}  {kinds}  {'micro F1':>9}  {'amt+cur':>9}", flush=True)
    fresh = [(f"{name} (held out, never tuned)", _set_files(name)) for name in HELD_OUT_SETS]
    sets = [("seed", [])] + [(name, _set_files(name)) for name in QUALITY_SETS]
    for name, files in sets:
        if name != "seed" and not files:
            print(f"{name:10} (no case file)")
            continue
        for half in HALVES:
            print(_row(f"{name:10} {half:5}", _score(files, half, command)), flush=True)
    for head, files in fresh:
        print(_row(head, _score(files, "full", command)) if files else f"{head}  (no case file)", flush=True)


def _timed(text: str, split_from: int | None = SPLIT_FROM) -> tuple[float, int]:
    annotate(parse_text("Warm up: a $5 fine under the GDPR."))
    article = parse_text(text)
    started = time.perf_counter()
    result = annotate(article, split_from=split_from)
    return time.perf_counter() - started, len(result.annotations)


def _article(comment_body: str, comments: int = 5000) -> str:
    """A long article followed by `comments` reader comments."""
    thread = "".join(
        f"Reader{n} says:\nMarch 5, 2024 at 9:12 am\n\n{comment_body(n)}\n\n" for n in range(comments)
    )
    return (
        "A title about a $30M settlement\n\nBy Ann Lee | 4 March 2024\n\n"
        + DENSE * 50
        + "\n\nComments\n\n"
        + thread
    )


DENSE = (
    "The regulator fined the company €1.2bn ($1.3bn) under Article 83(5) of the GDPR, while its revenue "
    "reached $116 billion. Its privacy policy says “we may share your data with partners”. "
)
PLAIN = (
    "I read the whole thing twice and I still do not understand why anyone would put a camera in a bedroom, "
    "but people do, and then they are surprised when somebody else looks at the footage. "
)


SAMPLE = ROOT / "tui" / "sample" / "sample-article.txt"
# Run in a fresh interpreter: import the parsers, then the annotation core, then annotate the sample.
_STARTUP = """
import sys, time
started = time.perf_counter()
import parsers
parsed = time.perf_counter()
import annotations
imported = time.perf_counter()
article = parsers.parse_text(open(sys.argv[1], encoding="utf-8").read())
before = time.perf_counter()
annotations.annotate(article)
print(parsed - started, imported - parsed, time.perf_counter() - before)
"""


def startup() -> None:
    """Start-up cost of the annotation core: import, and the first annotate() on the sample article,
    with an empty knowledge cache (cold) and with the cache the first run wrote (warm)."""
    with tempfile.TemporaryDirectory() as home:
        for label in ("cold", "warm"):
            result = subprocess.run(
                [sys.executable, "-c", _STARTUP, str(SAMPLE)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
                env={**os.environ, "FINEPRINT_HOME": home, "PYTHONPATH": str(ROOT)},
            )
            parsers_s, annotations_s, first_s = (float(value) for value in result.stdout.split())
            print(
                f"start-up, {label} cache: import parsers {parsers_s:.3f} s, then import annotations "
                f"{annotations_s:.3f} s, first annotate() of the sample {first_s:.3f} s"
            )


def speed() -> None:
    """Start-up, throughput on articles with 5,000 comments, and pathological 1 MB lines."""
    startup()
    cases = (
        ("every comment dense with money, laws and quotes", lambda n: DENSE),
        (
            "one comment in ten with money, laws and quotes",
            lambda n: PLAIN * 2 + (DENSE if n % 10 == 0 else ""),
        ),
    )
    # A long article's detectors are split over two processes where a second core may be used
    # (annotations/parallel.py): each case is timed so, and on one core, with all of them in one.
    for label, body in cases:
        text = _article(body)
        megabytes = len(text.encode()) / 1e6
        for cores, split_from in (("", SPLIT_FROM), (", one process", None)):
            seconds, found = _timed(text, split_from)
            print(
                f"annotate, {label}{cores}: {megabytes:.2f} MB in {seconds:.2f} s = {megabytes / seconds:.2f} MB/s ({found} annotations)"
            )
    for name, line in (
        ("digits", "9" * 1_000_000),
        ("curly quotes", "“" * 1_000_000),
        ("straight quotes", '"' * 1_000_000),
        ("dollar signs", "$" * 1_000_000),
        ("amounts", "$1 " * 333_333),
        ("section signs", "§ " * 500_000),
        ("a section's bracketed capitals", "Section 1 (" + "A" * 1_000_000 + ") of the Act"),
        ("words", "fine " * 200_000),
    ):
        seconds, _ = _timed("Title of the page\n\n" + line)
        print(f"pathological 1 MB line of {name}: {seconds:.3f} s")


def text_parser_limits() -> None:
    """The plain-text parser on hostile shapes: one huge paragraph, many tiny ones, endless lines."""
    head = "Title of a page here\n\n"
    cases = (
        ("10 MB in one paragraph", head + ("x " * 50 + "\n") * 100_000),
        ("200,000 one-word paragraphs", head + "word\n\n" * 200_000),
        ("1 MB byline line", head + "By " + "a " * 500_000),
        ("1 MB updated line", head + "Updated " + "Jun 1, " * 140_000),
        ("1 MB of share words", head + "x " * 500_000 + "!"),
    )
    for label, text in cases:
        started = time.perf_counter()
        parse_text(text)
        print(f"parse_text, {label}: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    quality()
    speed()
    text_parser_limits()
