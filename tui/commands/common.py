"""What the commands share: messages on stderr, JSON on stdout, the library opened and closed."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from parsers.fetch import FetchLimits, is_web_url
from tui.library.loading import load_with_library, offline_sentence
from tui.library.opening import open_library
from tui.library.store import Library
from tui.sources import Loaded, load


class CommandError(Exception):
    """A command could not do what was asked; `str(error)` is one plain sentence."""


def warn(message: str) -> None:
    """One line on stderr, prefixed like every fineprint message."""
    print(f"fineprint: {message}", file=sys.stderr)


def print_json(data: Any) -> None:
    """A JSON document on stdout, as the other commands print it."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


@contextmanager
def command_library() -> Iterator[Library]:
    """The library for one command; a damaged file is reported and replaced, as at the app's start."""
    opened = open_library()
    if opened.message:
        warn(opened.message)
    if opened.library is None:
        raise CommandError("the library is not available")
    try:
        yield opened.library
    finally:
        opened.library.close()


def load_for_command(source: str, limits: FetchLimits, *, annotated: bool = True) -> Loaded:
    """`annotate` and `parse`: a URL is saved in the library (with its annotations), and read from it when
    the network fails. A file or standard input is annotated only when asked: `parse` prints none, and
    a 10 MB page spent three quarters of its time on annotations nobody saw."""
    if not is_web_url(source):
        return load(source, limits, annotated=annotated)
    opened = open_library()
    if opened.message:
        warn(opened.message)
    try:
        loaded = load_with_library(source, limits, opened.library)
    finally:
        if opened.library is not None:
            opened.library.close()
    if loaded.saved_at is not None:
        warn(offline_sentence(loaded))
    elif loaded.problem:
        warn(f"{loaded.problem}.")
    return loaded
