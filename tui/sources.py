"""Reading a source (URL, file or standard input) through the headless core into an annotated article."""

from __future__ import annotations

import stat
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from parsers import LONG_TEXT, Article, SourceError, parse, parse_start
from parsers.web import Fetched, FetchLimits, is_web_url

if TYPE_CHECKING:  # the annotation core loads when an article is annotated, after it is shown
    from annotations import Annotated
    from tui.library.diff import VersionDiff

SAMPLE = "sample-article.txt"


@dataclass(frozen=True, slots=True)
class Opened:
    """An article read and parsed, ready to paint before it is annotated."""

    source: str
    article: Article
    fetched: Fetched | None = None
    """A fresh download, for the library to save once the article is annotated."""
    saved_at: str | None = None
    """Set when the network failed and this is the library's copy: when that copy was saved."""
    problem: str | None = None
    """Why the network failed, when the library's copy stands in."""
    rest: Callable[[], Article] | None = None
    """Set when `article` is only the top of a long text page: reads the whole of it (comments and all)."""

    @property
    def partial(self) -> bool:
        """Whether only the top of a long text page was read (its comments come with the rest)."""
        return self.rest is not None

    def finished(self) -> Opened:
        """The article whole (its rest read, when only its top was)."""
        if self.rest is None:
            return self
        return replace(self, article=self.rest(), rest=None)


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
    return Path(__file__).resolve().parent / "sample" / SAMPLE  # importlib.resources would cost each start


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
        from parsers.fetch import fetch

        fetched = fetch(source, limits)
        return fetched.data, fetched.content_type, fetched.url
    if "://" in source:
        raise SourceError(f"{source!r}: only http and https addresses can be opened")
    return _read_file(Path(source).expanduser(), limits.max_bytes), None, None


def open_article(
    source: str | None,
    limits: FetchLimits | None = None,
    stdin: BinaryIO | None = None,
    *,
    top_first: bool = False,
) -> Opened:
    """Read and parse a source; None means the bundled sample. Raises SourceError.

    With `top_first`, a long text page is read only up to its comments (`Opened.rest` reads them).
    """
    source = source or str(sample_path())
    data, content_type, url = read_source(source, limits, stdin)
    if not top_first:
        return Opened(source, parse(data, content_type, url))
    start = parse_start(data, content_type, url)
    return Opened(source, start.article, rest=start.rest)


def open_ahead(source: str | None, limits: FetchLimits | None = None) -> Future[Opened] | None:
    """Start reading and parsing a local file (None: the sample) beside the app; None for a URL or standard input.

    Started before the app, so that its first frame can show the article instead of an empty pane.
    Of a long text page only the top is read here (`Opened.rest` reads the rest, later). A file
    short enough to be read whole is parsed in a forked child where there is one (`tui.read_ahead`);
    a thread waits for it, or reads the file itself, and fills the future.
    """
    if source is not None and (source == "-" or "://" in source):
        return None
    from tui.read_ahead import ChildFailed, start_in_child

    future: Future[Opened] = Future()
    in_child = start_in_child(lambda: open_article(source, limits)) if _read_whole(source) else None

    def run() -> None:
        try:
            if in_child is not None:
                try:
                    future.set_result(in_child())
                    return
                except ChildFailed:
                    pass  # read it here instead
            future.set_result(open_article(source, limits, top_first=True))
        except BaseException as error:  # handed on whole: the screen reports it as it would its worker's
            future.set_exception(error)

    threading.Thread(target=run, name="fineprint-open-ahead", daemon=True).start()
    return future


def _read_whole(source: str | None) -> bool:
    """Whether a local file is read whole, not top first: a regular file of fewer bytes than a long text
    page has characters.

    Its article then comes back from the child in one piece; a long page's rest is read later, here.
    A pipe, a terminal or a device says nothing true about its size and may never end: the thread
    reads it, where the app can give up on it, and no child is left blocked on it.
    """
    try:
        status = Path(source or sample_path()).expanduser().stat()
    except OSError:
        return False  # the thread reads it and says why it cannot
    return stat.S_ISREG(status.st_mode) and status.st_size < LONG_TEXT


def annotate_article(article: Article, pause: Callable[[], None] | None = None) -> Annotated:
    """Annotate an article (the annotation core is imported on first use); `pause` as `annotate` takes it."""
    from annotations import annotate

    return annotate(article, pause=pause)


def load(
    source: str | None,
    limits: FetchLimits | None = None,
    stdin: BinaryIO | None = None,
    *,
    annotated: bool = True,
) -> Loaded:
    """Read, parse and annotate a source; None means the bundled sample. Raises SourceError.

    With `annotated=False` no annotator runs and the annotations are left empty; the annotations package
    is still imported (its `__init__` loads the pipeline) for the empty `Annotated`.
    """
    opened = open_article(source, limits, stdin)
    if annotated:
        return Loaded(opened.source, opened.article, annotate_article(opened.article))
    from annotations.model import Annotated

    return Loaded(opened.source, opened.article, Annotated())
