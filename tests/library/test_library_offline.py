"""Opening URLs with the library: saved on fetch, the saved copy when the network fails, never on a 404."""

from __future__ import annotations

from pathlib import Path

import pytest
from library_support import COPPA_ARTICLE, GDPR_ARTICLE, open_test_library
from pytest_httpserver import HTTPServer

from parsers import HttpStatusError, NetworkError
from parsers.fetch import FetchLimits
from tui.library.loading import load_with_library, offline_sentence
from tui.library.store import Library

QUICK = FetchLimits(connect_timeout=2, read_timeout=2, deadline=5)


@pytest.fixture
def server() -> HTTPServer:
    """A server of our own on 127.0.0.1, which the test may stop (the shared one must keep running)."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    if server.is_running():
        server.stop()


def _serve(server: HTTPServer, path: str, text: str) -> str:
    server.expect_request(path).respond_with_data(text.encode(), content_type="text/plain; charset=utf-8")
    return server.url_for(path)


def test_a_fetched_url_is_saved_and_read_back_when_the_server_is_gone(
    isolated_home: Path, server: HTTPServer
) -> None:
    """After the server stops, the same URL opens from the library with the same annotations."""
    library = open_test_library(isolated_home)
    url = _serve(server, "/gdpr", GDPR_ARTICLE)
    online = load_with_library(url, QUICK, library, record=True)
    assert online.saved_at is None and online.problem is None
    server.stop()
    offline = load_with_library(url, QUICK, library, record=True)
    assert offline.saved_at == "2024-06-01T09:01:00+00:00"
    assert offline.article == online.article
    assert offline.annotated == online.annotated
    assert offline.problem and "refused" in offline.problem
    sentence = offline_sentence(offline)
    assert sentence.endswith("saved in your library on 2024-06-01 09:01 UTC.") and sentence.count(".") == 1
    assert [entry.url for entry in library.history()] == [url]


def test_a_redirected_url_is_found_by_its_final_address_too(isolated_home: Path, server: HTTPServer) -> None:
    """The library knows an article by the URL asked for and the one the server redirected to."""
    library = open_test_library(isolated_home)
    final = _serve(server, "/final", COPPA_ARTICLE)
    server.expect_request("/short").respond_with_data("", status=301, headers={"Location": final})
    load_with_library(server.url_for("/short"), QUICK, library)
    saved = library.latest(final)
    assert saved is not None and saved.url == server.url_for("/short") and saved.final_url == final
    server.stop()
    assert load_with_library(final, QUICK, library).saved_at is not None


@pytest.mark.parametrize("status", [404, 410, 500])
def test_a_server_answering_an_error_does_not_fall_back(
    isolated_home: Path, server: HTTPServer, status: int
) -> None:
    """A 404, 410 or 500 is the server's answer: it is reported, not replaced by the saved copy."""
    library = open_test_library(isolated_home)
    url = _serve(server, "/page", GDPR_ARTICLE)
    load_with_library(url, QUICK, library)
    server.clear()
    server.expect_request("/page").respond_with_data("gone", status=status)
    with pytest.raises(HttpStatusError) as raised:
        load_with_library(url, QUICK, library)
    assert raised.value.status == status


def test_an_unknown_url_still_fails_when_the_network_does(isolated_home: Path, server: HTTPServer) -> None:
    """With nothing saved, a network failure is the error it always was."""
    library = open_test_library(isolated_home)
    url = server.url_for("/never-saved")
    server.stop()
    with pytest.raises(NetworkError):
        load_with_library(url, QUICK, library)


def test_a_changed_page_reports_its_annotation_changes(isolated_home: Path, server: HTTPServer) -> None:
    """A re-fetch that changed the page carries the annotations that appeared, changed or vanished."""
    library = open_test_library(isolated_home)
    url = _serve(server, "/page", GDPR_ARTICLE)
    assert load_with_library(url, QUICK, library).changes is None
    assert load_with_library(url, QUICK, library).changes is None  # unchanged: nothing to report
    server.clear()
    _serve(server, "/page", GDPR_ARTICLE.replace("€5 million", "€6 million"))
    changes = load_with_library(url, QUICK, library).changes
    assert changes is not None and changes.lines() == ["~ penalty: €5M → penalty: €6M"]
    assert len(library.versions(library.article_id(url) or 0)) == 2


def test_local_files_are_not_stored(isolated_home: Path, tmp_path: Path) -> None:
    """A file is the reader's already: opening it adds nothing to the library."""
    library = open_test_library(isolated_home)
    page = tmp_path / "article.txt"
    page.write_text(GDPR_ARTICLE, encoding="utf-8")
    assert load_with_library(str(page), QUICK, library).annotated.annotations
    with library.read() as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_a_failed_save_still_shows_the_article(isolated_home: Path, server: HTTPServer) -> None:
    """When the library cannot be written, the article is shown and the problem named."""
    library = open_test_library(isolated_home)
    url = _serve(server, "/page", GDPR_ARTICLE)
    other = Library(isolated_home / "library.sqlite3")
    with other.write():  # another process holds the write lock past our busy timeout
        library._connection.execute("PRAGMA busy_timeout = 50")
        loaded = load_with_library(url, QUICK, library)
    assert loaded.annotated.annotations and loaded.problem and "could not be saved" in loaded.problem
