"""User config: a TOML file in the user config directory (or $FINEPRINT_HOME)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir

from parsers.web import FetchLimits
from tui.kinds import KINDS


def config_path() -> Path:
    """Where config.toml lives: $FINEPRINT_HOME, else the platform's user config directory."""
    home = os.environ.get("FINEPRINT_HOME")
    return Path(home) / "config.toml" if home else Path(user_config_dir("fineprint")) / "config.toml"


@dataclass(frozen=True, slots=True)
class Config:
    """What the user chose: keys, the kinds shown at start, the theme."""

    keymap: dict[str, str] = field(default_factory=dict)
    hidden_kinds: frozenset[str] = frozenset()
    theme: str | None = None
    fetch: FetchLimits = field(default_factory=FetchLimits)
    problem: str | None = None


def load_config(path: Path | None = None) -> Config:
    """Read the config; a missing file gives the defaults, a broken one the defaults and a problem."""
    path = path or config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Config(problem=f"config file {path} could not be read: {error}")
    keymap = {str(k): str(v) for k, v in data.get("keymap", {}).items() if isinstance(v, str)}
    shown = data.get("annotations", {}).get("show", list(KINDS))
    hidden = frozenset(kind for kind in KINDS if kind not in shown)
    ui = data.get("ui", {})
    theme = ui.get("theme") if isinstance(ui, dict) else None
    theme = theme if isinstance(theme, str) else None
    return Config(keymap=keymap, hidden_kinds=hidden, theme=theme, fetch=_fetch_limits(data.get("fetch", {})))


def _fetch_limits(table: object) -> FetchLimits:
    """Fetch limits from the [fetch] table; values of the wrong type keep their defaults."""
    defaults = FetchLimits()
    if not isinstance(table, dict):
        return defaults

    def number(key: str, default: float) -> float:
        value = table.get(key)
        return (
            value if isinstance(value, int | float) and not isinstance(value, bool) and value > 0 else default
        )

    agent = table.get("user_agent")
    return FetchLimits(
        connect_timeout=float(number("connect_timeout", defaults.connect_timeout)),
        read_timeout=float(number("read_timeout", defaults.read_timeout)),
        deadline=float(number("deadline", defaults.deadline)),
        max_bytes=int(number("max_bytes", defaults.max_bytes)),
        max_redirects=int(number("max_redirects", defaults.max_redirects)),
        user_agent=agent if isinstance(agent, str) and agent.isprintable() else defaults.user_agent,
    )
