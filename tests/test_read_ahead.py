"""A file read ahead at start is parsed in a forked child; its article, or its error, comes back whole."""

from __future__ import annotations

import os
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
    """A short file the child cannot read as a page (binary data) fails in the future with the child's error."""
    page = tmp_path / "image.txt"
    page.write_bytes(b"\x00\x01\x02\xff")
    lines = _run(
        "import sys\n"
        "from tui.sources import open_ahead\n"
        f"error = open_ahead({str(page)!r}).exception(timeout=30)\n"
        "print(type(error).__name__)\n"
        "print(error)\n"
        "print('parsers.text' in sys.modules)\n"
    )
    assert lines[:3] == ["UnreadableDocument", "the document is binary data, not text or HTML", "False"]


def test_a_folder_is_said_to_be_one(tmp_path) -> None:
    """A folder is not a file: the error says so, in plain words."""
    lines = _run(
        "from tui.sources import open_ahead\n"
        f"error = open_ahead({str(tmp_path)!r}).exception(timeout=30)\n"
        "print(type(error).__name__)\n"
        "print(error)\n"
    )
    assert lines[:2] == ["SourceError", f"{tmp_path} is a folder, not a file"]


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


def test_a_parent_that_ignores_children_still_gets_the_article() -> None:
    """Started by a program that ignores SIGCHLD, the system reaps the child itself: waiting for it
    finds no child, and the article the child sent is still the answer, not an error."""
    lines = _run(
        "import signal\n"
        "signal.signal(signal.SIGCHLD, signal.SIG_IGN)\n"
        "from tui.sources import open_ahead, open_article\n"
        f"print(open_ahead({SAMPLE!r}).result(timeout=30) == open_article({SAMPLE!r}))\n"
    )
    assert lines[0] == "True"


def test_a_named_pipe_is_read_here_not_in_a_child(tmp_path) -> None:
    """A pipe has no size to trust and may never end: no child is left blocked on it; it is read here."""
    fifo = tmp_path / "page"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"printf 'A piped page\\n\\nIts only paragraph.\\n' > '{fifo}'"])
    try:
        lines = _run(
            "import sys\n"
            "from tui.sources import open_ahead\n"
            f"opened = open_ahead({str(fifo)!r}).result(timeout=30)\n"
            "print(opened.article.units()[0].text)\n"
            "print('parsers.text' in sys.modules)\n"
        )
    finally:
        writer.wait(timeout=30)
    assert lines[:2] == ["A piped page", "True"]
