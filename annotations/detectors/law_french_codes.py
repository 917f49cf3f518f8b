"""French codes named by themselves in lower case, as French articles and decisions write them: "des clauses
contraires au code de la consommation", "les règles du code du travail". A capitalised "Code de la consommation" is
a title law_names.py reads; a lower-case one has no shape of its own, so only the closed list of codes'
names in law_references.toml (defined_name entries with `alone = true`) counts: "le code de conduite" is no law."""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.law_provisions import REFERENCES
from annotations.knowledge import vocabulary

Span = tuple[int, int, "str | None"]
# The word every name of the list opens with: a text without it holds none.
_OPENING = "code "


@cache
def _codes() -> re.Pattern[str]:
    """Every lower-case code name of the closed list, whole words."""
    entries = [entry for entry in vocabulary(REFERENCES).role("defined_name") if entry.get("alone")]
    alternatives = [re.escape(phrase) for entry in entries for phrase in entry.phrases]
    alternatives += [entry.pattern for entry in entries if entry.pattern]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})")


def french_codes(text: str) -> list[Span]:
    """Every code of the closed list named in `text` in lower case, with no knowledge-base id."""
    if _OPENING not in text:
        return []
    return [(match.start(), match.end(), None) for match in _codes().finditer(text)]
