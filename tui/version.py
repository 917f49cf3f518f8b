"""The installed fineprint version: printed by `--version`, in the JSON, and stored with each parse."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def fineprint_version() -> str:
    """The installed version."""
    try:
        return version("fineprint")
    except PackageNotFoundError:
        return "0+unknown"
