"""The fineprint command line, run as a subprocess: the JSON contract, formats, errors, hostile input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from tests_support import closed_port_url

from tui import sources
from tui.cli import run_command

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tui" / "sample" / "sample-article.txt"
HOSTILE = (
    "[@click=app.quit]x [bold]Title[/] \x1b[2J\x1b]0;owned\x07 of this page\n\n"
    "By Eve Doe | 4 March 2024\n\n"
    "The body [/] holds \x1b[31mred\x1b[0m text, a \x9b C1 byte and a €2 million fine under the GDPR.\n\n"
    "Comments\n\nMallory says:\nMarch 5, 2024 at 9:12 am\n\nA comment with [@click=app.quit] and \x1b[5m blink.\n"
)


@pytest.fixture(autouse=True)
def _started_before(warm_home: Path) -> None:
    """Each command runs as on every start after the first, its knowledge base's cache in place (the
    tests on the seed and on standard input start without it, as the first run does)."""


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run fineprint in a fresh process."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )


def test_annotate_json_on_seed_matches_the_contract(seed_path: Path, isolated_home: Path) -> None:
    """The seed's annotations are exactly the expected ones, with source offsets that slice to their text;
    on a first run, with no knowledge cache (which the run then writes)."""
    shutil.rmtree(isolated_home / "cache")
    result = run("annotate", str(seed_path), "--format", "json")
    assert list((isolated_home / "cache").glob("knowledge-*.json"))
    assert list((isolated_home / "cache").glob("patterns-*.bin"))  # the next start compiles none of them
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    source = seed_path.read_text(encoding="utf-8")
    found = [(a["kind"], a["text"]) for a in data["annotations"]]
    assert found == [
        ("penalty", "$30M"), ("penalty", "$30 million"), ("penalty", "$25 million"), ("penalty", "$5.8 million"),
        ("law", "Children's Online Privacy Protection Act Rule"), ("law", "COPPA Rule"),
        ("penalty", "$5.8 million"), ("penalty", "$5.8 million"), ("penalty", "$30M"),
        ("tos_quote", found[-1][1]),
    ]  # fmt: skip
    assert found[-1][1].startswith("an unlimited, irrevocable") and found[-1][1].endswith("derivative works,")
    for annotation in data["annotations"]:
        assert source[annotation["source_start"] : annotation["source_end"]] == annotation["text"]
        assert annotation["id"] == f"a{data['annotations'].index(annotation)}"
    amounts = [(a["amount"], a["currency"]) for a in data["annotations"] if a["kind"] == "penalty"]
    assert amounts[:4] == [(30_000_000, "USD"), (30_000_000, "USD"), (25_000_000, "USD"), (5_800_000, "USD")]
    meta = data["article"]["metadata"]
    assert (meta["authors"], meta["published"], meta["updated"]) == (
        ["Emre Çitak"],
        "2023-06-01",
        "2023-06-01",
    )
    assert [c["author"] for c in data["article"]["comments"]] == ["Anonymous", "Anonymous"]
    assert data["summary"]["totals"] == {"USD": 30_800_000}
    assert any("$30M" in note and "$30.8M" in note for note in data["summary"]["notes"])


def test_parse_json_has_no_annotations() -> None:
    """`parse --format json` prints the article without annotations or summary."""
    result = run("parse", str(SAMPLE), "--format", "json")
    data = json.loads(result.stdout)
    assert "annotations" not in data and "summary" not in data
    assert data["article"]["metadata"]["title"].startswith("Epic Games")


def test_parse_reads_a_file_without_annotating_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`parse` prints no annotations, yet a file was annotated all the same: three quarters of the time of a
    10 MB page (20 s). A file is now only parsed; `annotate` still annotates."""

    def refused(*_args: object, **_named: object) -> None:
        raise AssertionError("parse annotated the article")

    monkeypatch.setattr(sources, "annotate_article", refused)
    assert run_command("parse", str(SAMPLE), "json") == 0
    assert json.loads(capsys.readouterr().out)["article"]["metadata"]["title"].startswith("Epic Games")
    with pytest.raises(AssertionError, match="parse annotated"):
        run_command("annotate", str(SAMPLE), "json")


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_human_formats_list_annotations(output_format: str) -> None:
    """Text and Markdown output name the laws and penalties of the sample."""
    result = run("annotate", str(SAMPLE), "--format", output_format)
    assert result.returncode == 0
    assert "COPPA" in result.stdout.decode() and "$275M" in result.stdout.decode()


def test_standard_input_is_a_source(isolated_home: Path) -> None:
    """`-` reads the document from standard input; also on a first run, with no knowledge cache (which the
    run then writes)."""
    shutil.rmtree(isolated_home / "cache")
    result = run("annotate", "-", "--format", "json", stdin=SAMPLE.read_bytes())
    assert list((isolated_home / "cache").glob("knowledge-*.json"))
    assert list((isolated_home / "cache").glob("patterns-*.bin"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["annotations"]


def test_json_text_is_the_input_span_also_across_wrapped_lines() -> None:
    """For plain-text input every annotation's JSON text equals input[source_start:source_end]."""
    page = (
        "Fine for a tracker\n\nThe authority fined it €3\nmillion under Article 6 of the\nGDPR last week.\n"
    )
    result = run("annotate", "-", "--format", "json", stdin=page.encode())
    annotations = json.loads(result.stdout)["annotations"]
    assert {a["text"] for a in annotations} >= {"€3\nmillion", "Article 6 of the\nGDPR"}
    for annotation in annotations:
        assert page[annotation["source_start"] : annotation["source_end"]] == annotation["text"]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: str(tmp / "missing.txt"), "no such file"),
        (lambda tmp: _write(tmp / "empty.txt", b""), "empty"),
        (lambda tmp: _write(tmp / "blank.txt", b"  \n\t\n"), "whitespace"),
        (lambda tmp: _write(tmp / "binary.bin", bytes(range(256)) * 20), "binary"),
        (lambda tmp: str(tmp), "folder"),
    ],
)
def test_unreadable_sources_fail_with_one_plain_line(tmp_path: Path, make, reason: str) -> None:
    """Missing, empty, blank, binary and folder sources: exit 1, one line on stderr, no traceback."""
    result = run("annotate", make(tmp_path), "--format", "json")
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and reason in lines[0]
    assert result.stdout == b""


def test_refused_connection_fails_plainly() -> None:
    """A URL whose server refuses the connection: exit 1 and one plain line."""
    result = run("annotate", closed_port_url())
    assert result.returncode == 1
    assert result.stderr.decode().strip().count("\n") == 0 and "refused" in result.stderr.decode()


def test_url_is_fetched_and_parsed(httpserver: HTTPServer) -> None:
    """An http URL is fetched and its text page annotated."""
    httpserver.expect_request("/a.txt").respond_with_data(SAMPLE.read_bytes(), content_type="text/plain")
    result = run("annotate", httpserver.url_for("/a.txt"), "--format", "json")
    assert result.returncode == 0
    assert "COPPA" in {a["text"] for a in json.loads(result.stdout)["annotations"]}


def test_usage_errors_exit_2() -> None:
    """A bad option is a usage error."""
    assert run("annotate", str(SAMPLE), "--format", "yaml").returncode == 2


def test_version_and_help() -> None:
    """--version and --help answer and exit 0."""
    assert run("--version").stdout.decode().startswith("fineprint ")
    assert b"annotate" in run("--help").stdout


@pytest.mark.parametrize("output_format", ["json", "text", "markdown"])
def test_hostile_text_stays_literal_and_writes_no_control_bytes(tmp_path: Path, output_format: str) -> None:
    """Escape sequences and markup look-alikes come out visible and inert, never as control bytes."""
    page = _write(tmp_path / "hostile.txt", HOSTILE.encode())
    result = run("annotate", page, "--format", output_format)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert not any(ch in out for ch in "\x1b\x07\x9b")
    assert "[@click=app.quit]" in out and "\u241b[2J" in out


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


HOSTILE_HTML = (
    "<html><head><title>[@click=app.quit]x [bold]T[/] \x1b[2J page</title></head><body><article>"
    "<h1>[@click=app.quit]x [bold]T[/] \x1b[2J page</h1>"
    "<p>The body [/] holds \x1b[31mred\x1b[0m text and a \u202eflipped\u202c word, and a €2 million fine"
    " under the GDPR, more text to make this a real paragraph of an article page.</p>"
    "<p>The regulator published <a href='https://example.org/x'>its decision</a> on Tuesday together with a"
    " summary in plain words for readers, and a page that tried to run <a href='javascript:alert(1)'>a script</a>"
    " when clicked, which must never be followed by a reader of this article.</p>"
    "</article></body></html>"
)


def test_hostile_html_stays_literal_and_links_are_http_only(tmp_path: Path) -> None:
    """An HTML page with escapes, bidi overrides and markup look-alikes: inert output, only web links kept."""
    page = _write(tmp_path / "hostile.html", HOSTILE_HTML.encode())
    result = run("parse", page, "--format", "json")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert not any(ch in out for ch in "\x1b\x07\x9b\u202e\u202c")
    data = json.loads(out)
    assert "[@click=app.quit]" in data["article"]["metadata"]["title"]
    hrefs = [link["href"] for block in data["article"]["blocks"] for link in block["links"]]
    assert hrefs == ["https://example.org/x"]
