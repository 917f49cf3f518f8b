"""Shared test fixtures: paths to shared data, an isolated FINEPRINT_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "samples" / "seed-article.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own FINEPRINT_HOME: nothing is written outside it."""
    home = tmp_path / "fineprint-home"
    home.mkdir()
    monkeypatch.setenv("FINEPRINT_HOME", str(home))
    return home


@pytest.fixture
def seed_path() -> Path:
    """The shared seed article; skipped where ../shared is absent."""
    if not SEED.exists():
        pytest.skip("../shared/samples/seed-article.txt is absent (it is kept outside the repository)")
    return SEED


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    """The test HTTP server listens on 127.0.0.1 only."""
    return ("127.0.0.1", 0)
