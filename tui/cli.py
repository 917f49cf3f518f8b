"""The `fineprint` command: the app, or `annotate` / `parse` on the command line."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from parsers import SourceError

if TYPE_CHECKING:
    import argparse

    from tui.sources import Loaded

SUBCOMMANDS = ("annotate", "parse")
GROUPS = ("library", "feed")
COMMANDS_HELP = """commands (each has --help):
  fineprint annotate SOURCE [--format json|text|markdown|w3c]
  fineprint parse SOURCE [--format json|text]
  fineprint library list|search QUERY|show ID_OR_URL|remove ID|export DIR   [--format ...]
  fineprint feed add URL|list|refresh [ID...]|remove ID|import-opml FILE|export-opml
  fineprint feed entries ID|open ENTRY_ID   [--format ...]

A URL that was opened before is read from the library when the network fails."""


def _app_parser() -> argparse.ArgumentParser:
    import argparse  # here: a bare `fineprint` has no arguments to read and skips it

    class VersionAction(argparse.Action):
        """`--version`: the installed version, read only when asked (reading it costs every start otherwise)."""

        def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
            super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

        def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
            from tui.version import fineprint_version

            print(f"fineprint {fineprint_version()}")
            parser.exit()

    parser = argparse.ArgumentParser(
        prog="fineprint",
        description="Read articles in the terminal with laws, penalties and terms-of-service quotes annotated.",
        epilog=COMMANDS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "source", nargs="?", help="URL, file (HTML or text) or '-'; default: the sample article"
    )
    parser.add_argument("--version", action=VersionAction)
    return parser


def _command_parser(command: str) -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog=f"fineprint {command}")
    parser.add_argument("source", help="URL, file (HTML or text) or '-' for standard input")
    formats = ["json", "text", "markdown", "w3c"] if command == "annotate" else ["json", "text"]
    parser.add_argument("--format", choices=formats, default="text")
    return parser


def run_command(command: str, source: str, output_format: str) -> int:
    """Run `annotate` or `parse` and print the result."""
    # Imported here: the app's start-up (no command) should not pay for the annotation core.
    from tui.commands.common import load_for_command
    from tui.config import load_config

    loaded = load_for_command(source, load_config().fetch, annotated=command == "annotate")
    print_loaded(loaded, command, source, output_format)
    return 0


def print_loaded(loaded: Loaded, command: str, source: str, output_format: str) -> None:
    """Print an article as `annotate` (with annotations) or `parse` (without) does."""
    from annotations.jsonio import annotated_to_json, article_to_json, dumps_indented
    from tui.export import export_text
    from tui.render_text import as_markdown, as_text
    from tui.version import fineprint_version

    if output_format == "json":
        document = {"source": source, "fineprint_version": fineprint_version(),
                    "article": article_to_json(loaded.article)}  # fmt: skip
        if command == "annotate":
            document.update(annotated_to_json(loaded.annotated))
        print(dumps_indented(document))
    elif output_format == "markdown":
        print(as_markdown(loaded), end="")
    elif output_format == "w3c":
        print(export_text(loaded, "w3c", f"fineprint {fineprint_version()}"), end="")
    else:
        print(as_text(loaded, with_annotations=command == "annotate"))


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status (0 ok, 1 unreadable source, 2 usage)."""
    own_process = argv is None  # started as the command, not called by a test in its process
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in GROUPS:
            from tui.commands import feeds, library

            return (library if argv[0] == "library" else feeds).run(argv[1:])
        if argv and argv[0] in SUBCOMMANDS:
            options = _command_parser(argv[0]).parse_args(argv[1:])
            if own_process:
                from tui import compiled_patterns

                compiled_patterns.use_kept()  # before the core's modules compile their patterns
            status = run_command(argv[0], options.source, options.format)
            if own_process:
                compiled_patterns.keep()
            return status
        source = _app_parser().parse_args(argv).source if argv else None
        from tui.gil import hold_collector

        hold_collector()
        from tui.config import load_config
        from tui.sources import open_ahead

        config = load_config()
        ahead = open_ahead(source, config.fetch)
        from tui.app import FineprintApp

        FineprintApp(source, config, ahead=ahead).run()
        return 0
    except SourceError as error:
        print(f"fineprint: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # the last guard: one plain line, never a traceback
        print(f"fineprint: unexpected error: {' '.join(str(error).split())[:300]}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
