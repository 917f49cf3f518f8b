"""Library and feeds benchmark: feed refresh from a local server, saving, listing and searching articles.

Everything runs against a server on 127.0.0.1 and a library file in a temporary folder; nothing
needs ../shared. Times are wall-clock on whatever else the machine is doing: compare runs made
on the same machine.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "library"))

from library_support import GDPR_ARTICLE, rss_feed, save_text  # noqa: E402

from tui.feeds.refresh import refresh_feeds, subscribe  # noqa: E402
from tui.feeds.store import FeedStore  # noqa: E402
from tui.library.listing import list_articles  # noqa: E402
from tui.library.query import LibraryQuery  # noqa: E402
from tui.library.store import Library  # noqa: E402

ENTRIES = 200
FEEDS = 20
ARTICLES = 300


class _Feeds(BaseHTTPRequestHandler):
    """Every path is a feed of ENTRIES entries (the path makes each feed distinct)."""

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}{self.path}"
        body = rss_feed(ENTRIES, base, title=self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def _timed(label: str, action) -> object:
    started = time.perf_counter()
    result = action()
    print(f"  {label:52} {time.perf_counter() - started:7.3f} s")
    return result


def bench_feeds(home: Path) -> None:
    """One 200-entry feed subscribed and refreshed, then 20 such feeds refreshed together."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feeds)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    store = FeedStore(Library(home / "feeds.sqlite3"))
    try:
        _timed(
            f"subscribe to a feed of {ENTRIES} entries",
            lambda: subscribe(store, f"http://127.0.0.1:{port}/0"),
        )
        _timed(f"refresh it ({ENTRIES} entries, none new)", lambda: refresh_feeds(store))
        for n in range(1, FEEDS):
            store.add(f"http://127.0.0.1:{port}/{n}")
        results = _timed(
            f"refresh {FEEDS} feeds of {ENTRIES} entries, 4 connections", lambda: refresh_feeds(store)
        )
        failed = [r for r in results if r.error]  # type: ignore[attr-defined]
        print(
            f"  {'entries stored':52} {sum(f.entries for f in store.feeds()):7d}  ({len(failed)} feeds failed)"
        )
    finally:
        server.shutdown()
        server.server_close()
        store.library.close()


def bench_articles(home: Path) -> None:
    """Saving, listing and searching a library of a few hundred annotated articles."""
    library = Library(home / "articles.sqlite3")

    def save_all() -> None:
        for n in range(ARTICLES):
            save_text(library, f"http://site.test/{n}", GDPR_ARTICLE.replace("Acme", f"Acme{n}"))

    _timed(f"parse, annotate and save {ARTICLES} articles", save_all)
    _timed("list every article", lambda: list_articles(library))
    _timed(
        "search words ('tracking pixels')",
        lambda: list_articles(library, LibraryQuery(words="tracking pixels")),
    )
    _timed(
        "GDPR fines in EUR, largest first",
        lambda: list_articles(library, LibraryQuery(law="gdpr", currency="EUR")),
    )
    library.close()


def main() -> int:
    """Run both parts in a temporary folder."""
    with tempfile.TemporaryDirectory() as folder:
        print("Feeds (local server, 127.0.0.1):")
        bench_feeds(Path(folder))
        print("Library:")
        bench_articles(Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
