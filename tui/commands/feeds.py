"""`fineprint feed add|list|refresh|remove|import-opml|export-opml|entries|open`: subscriptions from the shell."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from parsers import SourceError
from tui.commands.common import CommandError, command_library, print_json, warn
from tui.config import load_config
from tui.feeds.entries import open_entry
from tui.feeds.opml import MAX_OPML_BYTES, read_opml, write_opml
from tui.feeds.refresh import RefreshResult, refresh_feeds, subscribe
from tui.feeds.store import FeedStore, FeedSummary


def parser() -> argparse.ArgumentParser:
    """The `feed` command's arguments."""
    top = argparse.ArgumentParser(
        prog="fineprint feed", description="Feeds you follow (RSS, Atom, JSON Feed)."
    )
    commands = top.add_subparsers(dest="command", required=True, metavar="{add,list,refresh,remove,...}")
    commands.add_parser("add", help="subscribe to a feed (it is read at once)").add_argument(
        "url", metavar="URL"
    )
    listing = commands.add_parser("list", help="subscriptions with their entry and unread counts")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    refresh = commands.add_parser("refresh", help="read every feed again (or the ones named)")
    refresh.add_argument("feeds", nargs="*", type=int, metavar="ID")
    refresh.add_argument("--format", choices=["text", "json"], default="text")
    commands.add_parser("remove", help="unsubscribe, forgetting its entries").add_argument(
        "feed", type=int, metavar="ID"
    )
    commands.add_parser("import-opml", help="subscribe to every feed of an OPML file").add_argument(
        "file", metavar="FILE"
    )
    commands.add_parser("export-opml", help="print the subscriptions as OPML")
    entries = commands.add_parser("entries", help="a feed's entries, newest first")
    entries.add_argument("feed", type=int, metavar="ID")
    entries.add_argument("--format", choices=["text", "json"], default="text")
    opening = commands.add_parser("open", help="an entry's full article (the feed's text if the page fails)")
    opening.add_argument("entry", type=int, metavar="ENTRY_ID")
    opening.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    return top


def _print_feeds(feeds: list[FeedSummary], output_format: str) -> None:
    if output_format == "json":
        print_json({"feeds": [feed.to_json() for feed in feeds]})
        return
    if not feeds:
        print("No subscriptions yet: 'fineprint feed add URL' adds one.")
    for feed in feeds:
        problem = f"\n       last refresh failed: {feed.last_error}" if feed.last_error else ""
        print(
            f"{feed.id:>5}  {feed.title or '(untitled)'}  {feed.unread}/{feed.entries} unread\n       {feed.url}{problem}"
        )


def _print_refresh(results: list[RefreshResult], output_format: str) -> None:
    if output_format == "json":
        print_json({"feeds": [{"id": r.feed_id, "url": r.url, "title": r.title, "new": r.new, "error": r.error,
                               "note": r.note} for r in results]})  # fmt: skip
        return
    for result in results:
        if result.error:
            warn(f"{result.title or result.url}: {result.error}.")
        else:
            print(
                f"{result.title or result.url}: {result.new} new"
                + (f". {result.note}" if result.note else "")
            )


def _import(store: FeedStore, file: str) -> None:
    path = Path(file).expanduser()
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_OPML_BYTES + 1)
    except OSError as error:
        raise CommandError(f"could not read {path}: {error.strerror or error}") from None
    added = [store.add(item.url, item.title)[1] for item in read_opml(data)]
    known = added.count(False)
    print(f"Subscribed to {added.count(True)} feeds" + (f" ({known} already followed)" if known else "") +
          ". 'fineprint feed refresh' reads them.")  # fmt: skip


def _entries(store: FeedStore, feed_id: int, output_format: str) -> None:
    if store.feed(feed_id) is None:
        raise CommandError(f"there is no feed {feed_id}")
    entries = store.entries(feed_id)
    if output_format == "json":
        print_json({"entries": [{"id": e.id, "title": e.title, "link": e.link, "published": e.published,
                                 "read": e.read} for e in entries]})  # fmt: skip
        return
    for entry in entries:
        print(
            f"{entry.id:>6} {' ' if entry.read else '●'} {entry.published or '':<25} {entry.title or entry.link or '(untitled)'}"
        )


def _run(store: FeedStore, options: argparse.Namespace) -> int:
    """One `feed` command on an open store; returns the exit status."""
    limits = load_config().fetch
    if options.command == "add":
        result, is_new = subscribe(store, options.url, limits)
        verb = "Subscribed to" if is_new else "Already following"
        note = f" {result.note}" if result.note else ""
        print(
            f"{verb} {result.title or options.url} (feed {result.feed_id}, {result.new} new entries).{note}"
        )
    elif options.command == "list":
        _print_feeds(store.feeds(), options.format)
    elif options.command == "refresh":
        results = refresh_feeds(store, limits, options.feeds or None)
        _print_refresh(results, options.format)
        return 1 if any(result.error for result in results) else 0
    elif options.command == "remove":
        if not store.remove(options.feed):
            raise CommandError(f"there is no feed {options.feed}")
        print(f"Unsubscribed from feed {options.feed}.")
    elif options.command == "import-opml":
        _import(store, options.file)
    elif options.command == "export-opml":
        sys.stdout.write(write_opml(store.feeds()))
    elif options.command == "entries":
        _entries(store, options.feed, options.format)
    else:
        from tui.cli import print_loaded

        loaded = open_entry(store, options.entry, limits)
        if loaded.problem:
            warn(f"{loaded.problem}.")
        print_loaded(loaded, "annotate", loaded.source, options.format)
    return 0


def run(argv: list[str]) -> int:
    """Run one `feed` command; returns the exit status."""
    options = parser().parse_args(argv)
    try:
        with command_library() as library:
            return _run(FeedStore(library), options)
    except (CommandError, SourceError) as error:
        warn(f"{error}.")
    except sqlite3.Error as error:
        warn(f"the library could not be used ({' '.join(str(error).split())}).")
    return 1
