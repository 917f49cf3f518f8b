"""Reading a source (URL, file or standard input) through the headless core into an annotated article."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from annotations import Annotated, annotate
from parsers import Article, SourceError, parse
from parsers.fetch import FetchLimits, fetch, is_web_url
from tui.library.diff import VersionDiff

SAMPLE = "sample-article.txt"


@dataclass(frozen=True, slots=True)
class Loaded:
    """An article ready to show: where it came from, the article, its annotations."""

    source: str
    article: Article
    annotated: Annotated
    saved_at: str | None = None
    """Set when the network failed and this is the library's copy: when that copy was saved."""
    problem: str | None = None
    """What the reader should know that did not stop the article: why the network failed, a failed save."""
    changes: VersionDiff | None = None
    """How the annotations differ from the version saved before, when a re-fetch changed the page."""


def sample_path() -> Path:
    """The bundled sample article."""
    return Path(str(resources.files("tui.sample").joinpath(SAMPLE)))


def _read_file(path: Path, limit: int) -> bytes:
    try:
        if path.is_dir():
            raise SourceError(f"{path} is a folder, not a file")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise SourceError(f"no such file: {path}") from None
    except PermissionError:
        raise SourceError(f"not allowed to read {path}") from None
    except OSError as error:
        raise SourceError(f"could not read {path}: {error.strerror or error}") from None
    if len(data) > limit:
        raise SourceError(f"{path} is larger than {limit // (1024 * 1024)} MB, the size limit")
    return data


def read_source(
    source: str, limits: FetchLimits | None = None, stdin: BinaryIO | None = None
) -> tuple[bytes, str | None, str | None]:
    """(bytes, content type, url) of a source: `-` for standard input, a URL, or a path."""
    limits = limits or FetchLimits()
    if source == "-":
        data = (stdin or sys.stdin.buffer).read(limits.max_bytes + 1)
        if len(data) > limits.max_bytes:
            raise SourceError("standard input is larger than the size limit")
        return data, None, None
    if is_web_url(source):
        fetched = fetch(source, limits)
        return fetched.data, fetched.content_type, fetched.url
    if "://" in source:
        raise SourceError(f"{source!r}: only http and https addresses can be opened")
    return _read_file(Path(source).expanduser(), limits.max_bytes), None, None


def load(source: str | None, limits: FetchLimits | None = None, stdin: BinaryIO | None = None) -> Loaded:
    """Read, parse and annotate a source; None means the bundled sample. Raises SourceError."""
    source = source or str(sample_path())
    data, content_type, url = read_source(source, limits, stdin)
    article = parse(data, content_type, url)
    return Loaded(source, article, annotate(article))
