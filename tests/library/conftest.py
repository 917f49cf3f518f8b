"""Fixtures of the library and feed tests: the fineprint command run in this process."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from library_support import Result

from tui.cli import main


@pytest.fixture
def fineprint(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run the fineprint command's main in this process, as the console script does."""

    def run(*args: str) -> Result:
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run
