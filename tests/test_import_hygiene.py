"""The headless core imports without Textual or Rich."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    ["parsers", "parsers.text", "parsers.fetch", "annotations", "annotations.jsonio", "annotations.registry"],
)
def test_core_module_imports_without_textual_or_rich(module: str) -> None:
    """Importing a core module in a fresh interpreter loads neither textual nor rich."""
    code = (
        f"import sys, {module}\n"
        "from annotations import annotate\n"
        "from parsers import parse_text\n"
        "annotate(parse_text('A title\\n\\nA body that mentions the GDPR and a $5 million fine.'))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
