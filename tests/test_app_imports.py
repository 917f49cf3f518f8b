"""The app opens a local file without loading what only the web or the annotations need."""

from __future__ import annotations

import subprocess
import sys

from app_pilot import SAMPLE

DEFERRED = ("httpx", "httpcore", "bs4", "lxml", "feedparser", "annotations")


def test_opening_a_local_file_loads_no_web_or_annotation_code(tmp_path) -> None:
    """Importing the app and reading and parsing a text file (library open) leaves these modules unloaded."""
    code = (
        "import sys\n"
        "from tui.app import FineprintApp\n"
        "from tui.library.loading import open_with_library\n"
        "from tui.library.opening import open_library\n"
        "library = open_library().library\n"
        f"opened = open_with_library({SAMPLE!r}, None, library)\n"
        "assert opened.article.metadata.title.startswith('Epic Games')\n"
        f"print(','.join(m for m in {DEFERRED!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"FINEPRINT_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == ""


def test_annotating_loads_the_annotation_core_on_first_use(tmp_path) -> None:
    """The same process loads the annotation core when it annotates (so the check above can fail)."""
    code = (
        "import sys\n"
        "from tui.sources import annotate_article, open_article\n"
        f"annotate_article(open_article({SAMPLE!r}).article)\n"
        "print('annotations' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"FINEPRINT_HOME": str(tmp_path)},
    )
    assert result.stdout.strip() == "True"


def test_a_start_without_a_config_file_loads_no_toml_or_platform_directory_code(tmp_path) -> None:
    """With FINEPRINT_HOME set and no config file there, reading the config and opening the library need neither."""
    code = (
        "import sys\n"
        "from tui.config import load_config\n"
        "from tui.library.opening import open_library\n"
        "assert load_config().problem is None\n"
        "assert open_library().library is not None\n"
        "print(','.join(m for m in ('tomllib', 'platformdirs') if m in sys.modules))\n"
    )
    env = {"FINEPRINT_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip() == ""
    (tmp_path / "config.toml").write_text('[ui]\ntheme = "textual-light"\n', encoding="utf-8")
    code = code.replace(
        "print(",
        "from tui.config import load_config as again\nassert again().theme == 'textual-light'\nprint(",
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip() == "tomllib"


def test_a_file_shown_before_the_library_opens_loads_no_database_code(tmp_path) -> None:
    """The app and the sample read ahead (its first frame) load neither sqlite3 nor importlib.resources; the library does."""
    code = (
        "import sys\n"
        "from tui.app import FineprintApp\n"
        "from tui.sources import open_ahead\n"
        "future = open_ahead(None)\n"
        "assert future is not None and future.result().article.metadata.title.startswith('Epic Games')\n"
        "print(','.join(m for m in ('sqlite3', 'importlib.resources') if m in sys.modules))\n"
    )
    env = {"FINEPRINT_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip() == ""
    code = code.replace("print(", "from tui.library.opening import open_library\nopen_library()\nprint(")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip() == "sqlite3"
