"""User config: a TOML file in the user config directory (or $FINEPRINT_HOME)."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from parsers.web import FetchLimits
from tui.kinds import KINDS


def config_path() -> Path:
    """Where config.toml lives: $FINEPRINT_HOME, else the platform's user config directory."""
    home = os.environ.get("FINEPRINT_HOME")
    if home:
        return Path(home) / "config.toml"
    from platformdirs import user_config_dir  # imported when asked: every start reads the config

    return Path(user_config_dir("fineprint")) / "config.toml"


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
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as error:
        return Config(problem=f"config file {path} could not be read: {error}")
    import tomllib  # only for a file there is: most starts have none, and the parser compiles patterns as it loads

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return Config(problem=f"config file {path} could not be read: {error}")
    keymap = {str(k): str(v) for k, v in _table(data, "keymap").items() if isinstance(v, str)}
    shown = _table(data, "annotations").get("show", list(KINDS))
    shown = shown if isinstance(shown, list) else list(KINDS)
    hidden = frozenset(kind for kind in KINDS if kind not in shown)
    theme = _table(data, "ui").get("theme")
    theme = theme if isinstance(theme, str) else None
    return Config(keymap=keymap, hidden_kinds=hidden, theme=theme, fetch=_fetch_limits(_table(data, "fetch")))


def _table(data: dict[str, object], name: str) -> dict[str, object]:
    """One table of the config; anything else written under that name counts as empty."""
    table = data.get(name)
    return table if isinstance(table, dict) else {}


def _fetch_limits(table: dict[str, object]) -> FetchLimits:
    """Fetch limits from the [fetch] table; a value of the wrong type, not positive or not finite keeps its default."""
    defaults = FetchLimits()

    def number(key: str, default: float) -> float:
        value = table.get(key)
        usable = isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < math.inf
        return float(value) if usable else default  # type: ignore[arg-type]

    agent = table.get("user_agent")
    return FetchLimits(
        connect_timeout=float(number("connect_timeout", defaults.connect_timeout)),
        read_timeout=float(number("read_timeout", defaults.read_timeout)),
        deadline=float(number("deadline", defaults.deadline)),
        max_bytes=int(number("max_bytes", defaults.max_bytes)),
        max_redirects=int(number("max_redirects", defaults.max_redirects)),
        user_agent=agent if isinstance(agent, str) and agent.isprintable() else defaults.user_agent,
    )
