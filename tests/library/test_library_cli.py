"""`fineprint annotate URL` offline and `fineprint library ...`: the command's main, and one fresh process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from library_support import COPPA_ARTICLE, GDPR_ARTICLE, SMALL_GDPR_ARTICLE, Result
from pytest_httpserver import HTTPServer

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = {"/gdpr": GDPR_ARTICLE, "/coppa": COPPA_ARTICLE, "/small": SMALL_GDPR_ARTICLE}


def fresh_process(*args: str) -> subprocess.CompletedProcess[str]:
    """Run fineprint in a new process (FINEPRINT_HOME comes from the test's environment)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )


@pytest.fixture
def saved_urls(fineprint: Callable[..., Result]) -> list[str]:
    """Three articles fetched with `annotate` from a server that is then stopped; their JSON before."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    urls = []
    try:
        for path, text in ARTICLES.items():
            server.expect_request(path).respond_with_data(
                text.encode(), content_type="text/plain; charset=utf-8"
            )
            urls.append(server.url_for(path))
        for url in urls:
            result = fineprint("annotate", url, "--format", "json")
            assert result.returncode == 0 and result.stderr == "", result.stderr
            (Path(os.environ["FINEPRINT_HOME"]) / f"{url.rsplit('/', 1)[1]}.json").write_text(result.stdout)
    finally:
        server.stop()
    return urls


def test_three_saved_urls_open_again_with_the_server_stopped(
    saved_urls: list[str], fineprint: Callable[..., Result]
) -> None:
    """Same JSON as online, exit 0, and one sentence on stderr naming when the copy was saved."""
    home = Path(os.environ["FINEPRINT_HOME"])
    for url in saved_urls:
        result = fineprint("annotate", url, "--format", "json")
        assert result.returncode == 0, result.stderr
        before = json.loads((home / f"{url.rsplit('/', 1)[1]}.json").read_text())
        assert json.loads(result.stdout) == before
        (line,) = result.stderr.strip().splitlines()
        assert "refused" in line and "copy saved in your library on" in line and line.endswith("UTC.")
    parsed = fineprint("parse", saved_urls[0], "--format", "json")
    assert parsed.returncode == 0 and "annotations" not in json.loads(parsed.stdout)
    again = fresh_process("annotate", saved_urls[1], "--format", "json")
    assert again.returncode == 0 and "copy saved in your library" in again.stderr
    assert json.loads(again.stdout) == json.loads((home / "coppa.json").read_text())


def test_library_list_json_lists_them(saved_urls: list[str], fineprint: Callable[..., Result]) -> None:
    """`library list --format json` has the documented fields for every saved article."""
    result = fineprint("library", "list", "--format", "json")
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)["articles"]
    assert sorted(a["url"] for a in articles) == sorted(saved_urls)
    for article in articles:
        assert set(article) == {"id", "url", "title", "saved_at", "versions", "counts"}
        assert set(article["counts"]) == {"law", "penalty", "tos_quote"} and article["versions"] == 1
    coppa = next(a for a in articles if a["url"].endswith("/coppa"))
    assert coppa["counts"] == {"law": 1, "penalty": 2, "tos_quote": 1}
    text = fineprint("library", "list")
    assert "Streaming service settles" in text.stdout and "1 law, 2 penalties, 1 quote" in text.stdout


def test_library_search_show_remove_and_export(
    saved_urls: list[str], tmp_path: Path, fineprint: Callable[..., Result]
) -> None:
    """Search by words and filters, show one, export all, remove one."""
    search = fineprint("library", "search", "law:gdpr currency:EUR", "--format", "json")
    found = json.loads(search.stdout)["articles"]
    assert [(a["url"].rsplit("/", 1)[1], a["largest_penalty"]["amount"]) for a in found] == [
        ("gdpr", 20_000_000),
        ("small", 300_000),
    ]
    words = json.loads(fineprint("library", "search", "pixels", "--format", "json").stdout)["articles"]
    assert [a["url"] for a in words] == [saved_urls[0]]
    bad = fineprint("library", "search", "law:nosuchlaw")
    assert bad.returncode == 0 and "no law called 'nosuchlaw'" in bad.stderr
    shown = json.loads(fineprint("library", "show", saved_urls[1], "--format", "json").stdout)
    assert shown["article"]["metadata"]["title"].startswith("Streaming service")
    assert [v["parser_version"] for v in shown["library"]["versions"]] == [shown["fineprint_version"]]
    exported = fineprint("library", "export", str(tmp_path / "out"), "--format", "markdown")
    assert exported.returncode == 0 and "Wrote 3 articles" in exported.stdout
    names = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert names == ["1-regulator-fines-acme-20-million-under-the-gdpr.md",
                     "2-streaming-service-settles-with-the-ftc-for-12-million.md",
                     "3-bakery-chain-fined-300-000-for-camera-misuse.md"]  # fmt: skip
    assert "COPPA" in (tmp_path / "out" / names[1]).read_text()
    assert fineprint("library", "remove", str(shown["library"]["id"])).returncode == 0
    assert fineprint("library", "show", saved_urls[1]).returncode == 1
    missing = fineprint("library", "remove", "999")
    assert (
        missing.returncode == 1 and missing.stderr.strip() == "fineprint: the library holds no article '999'."
    )
    assert fineprint("library", "frobnicate").returncode == 2
