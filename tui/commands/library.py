"""`fineprint library list|search|show|remove|export`: the saved articles from the command line."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from tui.commands.common import CommandError, command_library, print_json, warn
from tui.library.export import article_document, export_library, markdown_document
from tui.library.listing import ArticleSummary, list_articles
from tui.library.loading import load_saved
from tui.library.query import parse_query
from tui.library.store import Library, show_saved_at
from tui.render_text import as_text

USAGE = "fineprint library {list,search,show,remove,export} ..."
COUNT_WORDS = (("law", "law", "laws"), ("penalty", "penalty", "penalties"), ("tos_quote", "quote", "quotes"))


def parser() -> argparse.ArgumentParser:
    """The `library` command's arguments."""
    top = argparse.ArgumentParser(prog="fineprint library", description="The articles fineprint has saved.")
    commands = top.add_subparsers(dest="command", required=True, metavar="{list,search,show,remove,export}")
    listing = commands.add_parser("list", help="every saved article, newest first")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    search = commands.add_parser(
        "search",
        help="full-text search; law:NAME currency:EUR since:YYYY-MM-DD until:YYYY-MM-DD filter",
    )
    search.add_argument("query", help="words, and filters such as law:gdpr currency:EUR since:2024-01-01")
    search.add_argument("--format", choices=["text", "json"], default="text")
    show = commands.add_parser("show", help="one saved article with its annotations")
    show.add_argument("article", metavar="ID_OR_URL")
    show.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    remove = commands.add_parser("remove", help="delete a saved article and all its versions")
    remove.add_argument("article", metavar="ID")
    export = commands.add_parser("export", help="write every saved article to a folder")
    export.add_argument("folder", metavar="DIR")
    export.add_argument("--format", choices=["markdown", "json"], default="markdown")
    return top


def _line(summary: ArticleSummary) -> str:
    """One article on one line of text output."""
    counts = ", ".join(
        f"{summary.counts.get(kind, 0)} {one if summary.counts.get(kind, 0) == 1 else many}"
        for kind, one, many in COUNT_WORDS
    )
    largest = f"  largest {summary.largest:,.0f} {summary.currency}" if summary.largest is not None else ""
    versions = f", {summary.versions} versions" if summary.versions > 1 else ""
    line = f"{summary.id:>5}  {show_saved_at(summary.saved_at)}  {summary.title or '(untitled)'}\n"
    line += f"       {summary.url}\n       {counts}{versions}{largest}"
    return line + (f"\n       …{summary.snippet}…" if summary.snippet else "")


def _print_list(summaries: list[ArticleSummary], output_format: str, empty: str) -> None:
    if output_format == "json":
        print_json({"articles": [summary.to_json() for summary in summaries]})
    elif not summaries:
        print(empty)
    else:
        print("\n".join(_line(summary) for summary in summaries))


def _show(library: Library, article: str, output_format: str) -> None:
    article_id = library.article_id(article)
    loaded = load_saved(library, article_id) if article_id is not None else None
    if article_id is None or loaded is None:
        raise CommandError(f"the library holds no article {article!r}")
    if output_format == "json":
        print_json(article_document(library, loaded, article_id))
    elif output_format == "markdown":
        print(markdown_document(loaded), end="")
    else:
        print(f"Saved from {loaded.source} on {show_saved_at(loaded.saved_at or '')}.\n")
        print(as_text(loaded, with_annotations=True))


def run(argv: list[str]) -> int:
    """Run one `library` command; returns the exit status."""
    options = parser().parse_args(argv)
    try:
        with command_library() as library:
            if options.command == "list":
                _print_list(list_articles(library), options.format, "The library is empty.")
            elif options.command == "search":
                query, problems = parse_query(options.query)
                for problem in problems:
                    warn(f"{problem}; that part of the search is left out.")
                _print_list(list_articles(library, query), options.format, "No saved article matches.")
            elif options.command == "show":
                _show(library, options.article, options.format)
            elif options.command == "remove":
                article_id = library.article_id(options.article)
                if article_id is None or not library.remove(article_id):
                    raise CommandError(f"the library holds no article {options.article!r}")
                print(f"Removed article {article_id}.")
            else:
                written = export_library(library, Path(options.folder).expanduser(), options.format)
                print(f"Wrote {len(written)} article{'s' if len(written) != 1 else ''} to {options.folder}.")
    except CommandError as error:
        warn(f"{error}.")
        return 1
    except sqlite3.Error as error:
        warn(f"the library could not be used ({' '.join(str(error).split())}).")
        return 1
    except OSError as error:
        warn(f"{error.strerror or error}: {getattr(error, 'filename', '') or ''}".rstrip(": ") + ".")
        return 1
    return 0
