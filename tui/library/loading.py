"""Opening a URL with the library: a fresh fetch is saved; when the network fails, the saved copy stands in.

Only a network failure (DNS, refused, timeout, deadline, TLS) lets the saved copy stand in: a
server that answers 404 or 410 has said the page is gone, and the reader should hear that.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from parsers import Article, NetworkError, SourceError, parse
from parsers.web import FetchLimits, is_web_url
from tui.library.store import Library, SavedVersion, show_saved_at
from tui.sources import Loaded, Opened, annotate_article, open_article

if TYPE_CHECKING:  # the app opens local files through here: the annotation core and httpx load on use
    from annotations import Annotated


def saved_article(version: SavedVersion) -> Article:
    """A stored version parsed again from its raw bytes by this parser; the stored parse if that fails."""
    from annotations.jsonio import article_from_json

    try:
        return parse(version.raw, version.content_type, version.final_url)
    except SourceError:
        return article_from_json(version.article_json)


def load_saved(library: Library, url_or_id: str | int, source: str | None = None) -> Loaded | None:
    """The newest saved copy of an article, ready to show; None when the library does not hold it."""
    version = library.latest(url_or_id)
    if version is None:
        return None
    article = saved_article(version)
    return Loaded(source or version.url, article, annotate_article(article), saved_at=version.fetched_at)


def offline_sentence(loaded: Loaded) -> str:
    """One sentence saying when the copy shown was saved, and why it is shown (the network failed)."""
    when = show_saved_at(loaded.saved_at or "")
    if not loaded.problem:
        return f"This is the copy saved in your library on {when}."
    return f"{loaded.problem[0].upper()}{loaded.problem[1:]}, so this is the copy saved in your library on {when}."


def open_with_library(
    source: str | None, limits: FetchLimits | None, library: Library | None, *, record: bool = False
) -> Opened:
    """Read and parse a source, the first half of `load_with_library`: the app paints this at once.

    A URL's download rides along for `finish_with_library` to save; when the network fails, the
    library's copy stands in (and says when it was saved).
    """
    if library is None or source is None or not is_web_url(source):
        return open_article(source, limits)
    from parsers.fetch import fetch

    try:
        fetched = fetch(source, limits)
    except NetworkError as error:
        saved = _saved_instead(library, source, record)
        if saved is None:
            raise
        article, saved_at = saved
        return Opened(source, article, saved_at=saved_at, problem=str(error))
    return Opened(source, parse(fetched.data, fetched.content_type, fetched.url), fetched=fetched)


def finish_with_library(
    opened: Opened, annotated: Annotated, library: Library | None, *, record: bool = False
) -> Loaded:
    """The second half: with its annotations, a fresh download is saved and compared with the last copy."""
    loaded = Loaded(
        opened.source, opened.article, annotated, saved_at=opened.saved_at, problem=opened.problem
    )
    if library is None or opened.fetched is None:
        return loaded
    from tui.version import fineprint_version  # read only when a download is saved

    try:
        result = library.save(opened.source, opened.fetched, opened.article, annotated, fineprint_version())
        if record:
            library.record_opened(opened.source)
    except sqlite3.Error as error:
        return replace(loaded, problem=f"the article could not be saved in the library ({error})")
    changes = result.diff if result.diff is not None and not result.diff.empty else None
    return replace(loaded, changes=changes)


def load_with_library(
    source: str | None, limits: FetchLimits | None, library: Library | None, *, record: bool = False
) -> Loaded:
    """Read a source; a URL is saved in the library, or read from it when the network fails.

    With `record`, the article also goes into the reading history (the app does this; scripts do not).
    """
    opened = open_with_library(source, limits, library, record=record)
    return finish_with_library(opened, annotate_article(opened.article), library, record=record)


def _saved_instead(library: Library, source: str, record: bool) -> tuple[Article, str] | None:
    """The saved copy (and when it was saved) to show when the network failed; None when there is none."""
    try:
        version = library.latest(source)
        if version is None:
            return None
        if record:
            library.record_opened(source)
    except sqlite3.Error:
        return None
    return saved_article(version), version.fetched_at
