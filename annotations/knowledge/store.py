"""The validated knowledge base, cached in the user cache directory so a start does not validate it again.

The cache file is keyed by the package version, the hash of every data file and of the code
that validates them: a changed file makes a new key. A missing, corrupt or unreadable cache is
ignored and rebuilt; the file is written atomically and is safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_NAME = "knowledge-{key}.json"
KEPT_CACHES = 8
"""How many caches of different keys stay (under a megabyte each): the newest written."""
Files = dict[str, dict[str, Any]]


def cache_dir() -> Path:
    """$FINEPRINT_HOME/cache when set, else the platform's user cache directory for fineprint."""
    home = os.environ.get("FINEPRINT_HOME")
    if home:
        return Path(home) / "cache"
    from platformdirs import user_cache_dir  # only a start that builds the cache pays for it

    return Path(user_cache_dir("fineprint"))


def cache_key(version: str, sources: dict[str, bytes]) -> str:
    """One hash of the version and of every source (data file or validating code) by name."""
    digest = hashlib.sha256(version.encode())
    for name in sorted(sources):
        digest.update(b"\0" + name.encode() + b"\0" + hashlib.sha256(sources[name]).digest())
    return digest.hexdigest()


def _read(path: Path, key: str) -> Files | None:
    """The cached files when the cache exists, parses and carries this key; None otherwise."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("files"), dict):
        return None
    return data["files"]


def _write(path: Path, key: str, files: Files) -> None:
    """Write the cache atomically: a reader sees the old file or the new one, never half of one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".knowledge-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"key": key, "files": files}, out, ensure_ascii=False)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, TypeError, ValueError):
        return  # a read-only or full disk only costs the next start a validation


def cached(key: str, build: Callable[[], Files]) -> Files:
    """The validated files for `key`: from the cache when it holds them, else built and cached."""
    path = cache_dir() / CACHE_NAME.format(key=key[:32])
    found = _read(path, key)
    if found is not None:
        return found
    files = build()
    _write(path, key, files)
    _remove_stale(path)
    return files


def _remove_stale(kept: Path) -> None:
    """Remove the caches of other keys but the KEPT_CACHES newest (this one among them): two installs
    or checkouts used in turn each keep theirs, instead of each rebuilding what the other removed."""
    try:
        others = [path for path in kept.parent.glob(CACHE_NAME.format(key="*")) if path != kept]
        others.sort(key=_modified, reverse=True)
        for stale in others[KEPT_CACHES - 1 :]:
            stale.unlink(missing_ok=True)
    except OSError:
        return


def _modified(path: Path) -> float:
    """When the file was last written; a file gone meanwhile counts as the oldest."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
