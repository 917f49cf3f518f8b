"""The config file: defaults when it is missing, and no crash on values of any shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.web import FetchLimits
from tui.config import Config, load_config


def _config(tmp_path: Path, text: str) -> Config:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    """No config file: default limits, every kind shown, no problem to report."""
    config = load_config(tmp_path / "absent.toml")
    assert config.fetch == FetchLimits()
    assert config.hidden_kinds == frozenset()
    assert config.problem is None


def test_chosen_limits_and_kinds_are_read(tmp_path: Path) -> None:
    """Values of the right type are taken as written."""
    config = _config(tmp_path, '[fetch]\ndeadline = 5\nmax_bytes = 2048\n[annotations]\nshow = ["law"]\n')
    assert (config.fetch.deadline, config.fetch.max_bytes) == (5.0, 2048)
    assert config.hidden_kinds == frozenset({"penalty", "tos_quote"})


@pytest.mark.parametrize(
    "text",
    [
        "[fetch]\nmax_bytes = inf\ndeadline = inf\nmax_redirects = nan\n",
        "[fetch]\nmax_bytes = -1\ndeadline = 0\nconnect_timeout = true\n",
        'fetch = "fast"\nannotations = 3\nui = []\nkeymap = 1\n',
        "[annotations]\nshow = 5\n",
        '[fetch]\nuser_agent = "evil\\u001b[2J"\n',
    ],
)
def test_values_of_the_wrong_shape_keep_their_defaults(tmp_path: Path, text: str) -> None:
    """Infinite, negative, wrongly typed or control-laden values never crash and fall back to defaults."""
    config = _config(tmp_path, text)
    assert config.fetch == FetchLimits()
    assert config.hidden_kinds == frozenset()
    assert config.problem is None


def test_a_broken_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """Invalid TOML gives the defaults and one sentence naming the file."""
    config = _config(tmp_path, "[fetch\n")
    assert config.fetch == FetchLimits()
    assert config.problem is not None and "config.toml" in config.problem
