"""Shared test fixtures: paths to shared data, an isolated FINEPRINT_HOME."""

from __future__ import annotations

import itertools
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

# Each test process keeps what it compiles (pytest's rewritten test modules, the core's modules) in the
# ignored __pycache__ folders even where PYTHONDONTWRITEBYTECODE is set: each xdist worker rewrote all 400
# test modules again (about 2.5 s of its 12 s of collection a run) and each command a test runs in a fresh
# process compiled the core's modules again (a few tenths of a second a process). Set before hypothesis is
# imported: pytest rewrites the asserts of all of its 140 modules (it is a pytest plugin), and every test
# process rewrote them again, about 1 s of CPU a process.
sys.dont_write_bytecode = False

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# CI and `make test` replay the same examples every run, so a green run stays green; set
# HYPOTHESIS_PROFILE=explore to search fresh random examples while developing. Speed is measured
# by benchmarks, never by tests: on a busy machine a slow example or slow generation is not a
# failure, so neither the per-example deadline nor the too-slow health check applies.
_TIME_BLIND = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deterministic", _TIME_BLIND, derandomize=True, database=None)
settings.register_profile("explore", _TIME_BLIND, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "samples" / "seed-article.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(scope="session")
def _homes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Fresh folders for the tests' homes, one per test, in one folder of this process."""
    folder = tmp_path_factory.mktemp("homes")
    return (folder / str(number) for number in itertools.count())


@pytest.fixture(autouse=True)
def isolated_home(_homes: Iterator[Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own FINEPRINT_HOME: nothing is written outside it. A new folder of its own, not
    pytest's `tmp_path`: making that for each of 14,000 tests cost about 2.5 ms of CPU a test (it lists
    every earlier test's folder to number the next), a tenth of the suite's CPU."""
    home = next(_homes) / "fineprint-home"
    home.mkdir(parents=True)
    monkeypatch.setenv("FINEPRINT_HOME", str(home))
    for name in PROXY_VARIABLES:  # fetches in tests never depend on this machine's proxy settings
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return home


@pytest.fixture(scope="session")
def knowledge_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The checked knowledge base's cache file, built once per test process (as `fineprint` writes it on
    its first run), for a command run in a fresh process to start as it does every run after the first."""
    from annotations.knowledge import knowledge

    home = tmp_path_factory.mktemp("knowledge-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FINEPRINT_HOME", str(home))
        knowledge.__wrapped__()
    (path,) = (home / "cache").glob("knowledge-*.json")
    return path


@pytest.fixture
def warm_home(isolated_home: Path, knowledge_cache: Path) -> Path:
    """The test's FINEPRINT_HOME holding the knowledge base's cache: a fresh process reads it instead of
    checking every vocabulary file again (about 0.9 s of CPU a process)."""
    (isolated_home / "cache").mkdir(exist_ok=True)
    shutil.copyfile(knowledge_cache, isolated_home / "cache" / knowledge_cache.name)
    return isolated_home


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
