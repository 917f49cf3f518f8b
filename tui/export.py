"""Writing an export to a file the reader names: the one place besides the stores where fineprint writes."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

from annotations.w3c import annotated_to_w3c
from parsers.web import is_web_url
from tui.render_text import as_markdown
from tui.sources import Loaded


class ExportError(Exception):
    """An export could not be written; the message is one plain sentence."""


def source_iri(loaded: Loaded) -> str:
    """The IRI a W3C target names: the page's address, the file's URI, or a name for standard input."""
    meta = loaded.article.metadata
    for url in (meta.canonical_url, meta.url, loaded.source):
        if url and is_web_url(url):
            return url
    if loaded.source != "-":
        return Path(loaded.source).expanduser().resolve().as_uri()
    digest = hashlib.sha256("\n".join(u.text for u in loaded.article.units()).encode()).hexdigest()
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'stdin:{digest}')}"


def export_text(loaded: Loaded, output_format: str, generator: str) -> str:
    """The export as text: a Markdown report, or W3C Web Annotation JSON-LD."""
    if output_format == "w3c":
        document = annotated_to_w3c(loaded.article, loaded.annotated, source_iri(loaded), generator)
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return as_markdown(loaded)


def write_export(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Write `text` to `path`; FileExistsError when it exists and `overwrite` is off, else ExportError."""
    if path.is_dir():
        raise ExportError(f"{path} is a folder; name a file to write.")
    try:
        with path.open("w" if overwrite else "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise
    except IsADirectoryError:
        raise ExportError(f"{path} is a folder; name a file to write.") from None
    except FileNotFoundError:
        raise ExportError(f"The folder {path.parent} does not exist.") from None
    except PermissionError:
        raise ExportError(f"fineprint is not allowed to write {path}.") from None
    except OSError as error:
        raise ExportError(f"Could not write {path}: {error.strerror or error}.") from None
