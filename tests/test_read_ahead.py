"""A file read ahead at start is parsed in a forked child; its article, or its error, comes back whole."""

from __future__ import annotations

import subprocess
import sys

import pytest
from app_pilot import SAMPLE
from tests_support import long_thread

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the child is forked on Linux only")


def _run(code: str) -> list[str]:
    """Run `code` in a fresh interpreter (one thread, as `fineprint` is when it reads ahead); its output lines."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.split("\n")


def test_the_sample_is_parsed_in_the_child_and_comes_back_the_same() -> None:
    """The article equals the one parsed here, and this process never loaded the text parser."""
    lines = _run(
        "import sys\n"
        "from tui.sources import open_ahead, open_article\n"
        f"opened = open_ahead({SAMPLE!r}).result(timeout=30)\n"
        "print('parsers.text' in sys.modules)\n"
        f"print(opened == open_article({SAMPLE!r}))\n"
        "print(opened.article.metadata.title)\n"
    )
    assert lines[:2] == ["False", "True"]
    assert lines[2].startswith("Epic Games")


def test_the_childs_error_is_raised_here(tmp_path) -> None:
    """A short path that cannot be read (a folder) fails in the future with the child's SourceError."""
    lines = _run(
        "import sys\n"
        "from tui.sources import open_ahead\n"
        f"error = open_ahead({str(tmp_path)!r}).exception(timeout=30)\n"
        "print(type(error).__name__)\n"
        "print(error)\n"
        "print('parsers.text' in sys.modules)\n"
    )
    assert lines[:3] == ["SourceError", f"{tmp_path} is a folder, not a file", "False"]


def test_a_long_page_is_read_top_first_here(tmp_path) -> None:
    """A file longer than a long text page is read here, top first, its rest later (a closure does not pickle)."""
    page = tmp_path / "thread.txt"
    page.write_text(long_thread(1500), encoding="utf-8")
    lines = _run(
        "from tui.sources import open_ahead\n"
        f"opened = open_ahead({str(page)!r}).result(timeout=60)\n"
        "print(opened.rest is not None, len(opened.article.comments), len(opened.finished().article.comments))\n"
    )
    assert lines[0] == "True 0 1500"


def test_a_child_without_a_usable_answer_is_said_so() -> None:
    """A result that does not pickle, or a child that dies, raises ChildFailed (the caller reads it itself)."""
    lines = _run(
        "import os, threading\n"
        "from tui.read_ahead import ChildFailed, start_in_child\n"
        "print(start_in_child(lambda: 6 * 7)())\n"
        "for work in (threading.Lock, lambda: os._exit(3)):\n"
        "    try:\n"
        "        start_in_child(work)()\n"
        "    except ChildFailed:\n"
        "        print('failed')\n"
    )
    assert lines[:3] == ["42", "failed", "failed"]


def test_no_child_is_forked_beside_other_threads() -> None:
    """With a thread running (a lock it holds would stay held in the child), the caller reads the file itself."""
    lines = _run(
        "import threading\n"
        "from tui.read_ahead import start_in_child\n"
        "stop = threading.Event()\n"
        "threading.Thread(target=stop.wait).start()\n"
        "print(start_in_child(lambda: 1))\n"
        "stop.set()\n"
    )
    assert lines[0] == "None"
