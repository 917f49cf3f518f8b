"""The headless core imports without Textual or Rich."""

from __future__ import annotations

import json
import subprocess
import sys

CORE_MODULES = (
    "parsers",
    "parsers.text",
    "parsers.fetch",
    "annotations",
    "annotations.jsonio",
    "annotations.registry",
)


def test_core_modules_import_without_textual_or_rich() -> None:
    """Importing each core module in turn in a fresh interpreter, then annotating, loads neither textual nor
    rich. One interpreter serves all: importing only adds modules, so a core module that pulled in Textual
    would show it right after its own import, as it would alone."""
    code = (
        "import importlib, json, sys\n"
        "def bad():\n"
        "    return sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "seen = {}\n"
        f"for module in {CORE_MODULES!r}:\n"
        "    importlib.import_module(module)\n"
        "    seen[module] = bad()\n"
        "from annotations import annotate\n"
        "from parsers import parse_text\n"
        "annotate(parse_text('A title\\n\\nA body that mentions the GDPR and a $5 million fine.'))\n"
        "seen['annotate'] = bad()\n"
        "print(json.dumps(seen))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seen = json.loads(result.stdout)
    assert list(seen) == [*CORE_MODULES, "annotate"]
    assert seen == {name: [] for name in seen}
