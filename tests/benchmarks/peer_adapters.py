"""score.py adapters for the peers, run from their throwaway venv: the shared peers.py, forum threads joined."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_data import join_thread, shared_bench


def _peers() -> Any:
    """The shared peers.py module."""
    bench = shared_bench()
    if bench is None:
        raise RuntimeError("the shared extraction benchmark is absent")
    spec = importlib.util.spec_from_file_location("shared_peers", bench / "peers.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("cannot load peers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_PEERS = _peers()


def _as_dict(result: Any) -> dict[str, Any]:
    """A peer's result as a dict with a text."""
    return result if isinstance(result, dict) else {"text": result or ""}


def trafilatura_full(html: str, url: str) -> dict[str, Any]:
    """trafilatura's body, comments and metadata; on a forum page its comments joined to its text."""
    return join_thread(_as_dict(_PEERS.trafilatura_full(html, url)), url)


def readability(html: str, url: str) -> dict[str, Any]:
    """readability-lxml's body and title (it has no comments to join)."""
    return join_thread(_as_dict(_PEERS.readability(html, url)), url)
