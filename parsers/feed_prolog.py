"""A feed's DOCTYPE with entity declarations taken out before any XML parser sees it.

feedparser strips entity declarations only when each starts a line, and hands the rest to
expat, which expands nested entities until its own amplification guard stops it: a
"billion laughs" feed on one line cost seconds of work. No feed needs entities of its own, so a
DOCTYPE whose internal subset declares any is removed whole, in whatever encoding the feed uses
(the result is UTF-8, its XML declaration no longer naming another encoding).
"""

from __future__ import annotations

import re

from parsers.decode import decode_document

_DOCTYPE = re.compile(r"<!DOCTYPE\b", re.IGNORECASE)
_XML_ENCODING = re.compile(r"""^(\s*<\?xml\b[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")
# Only the prolog can hold a DOCTYPE; past this many characters, no feed has one.
_PROLOG_CHARS = 65_536


def _subset_end(text: str, start: int) -> int | None:
    """The index just past the `]>` closing an internal subset opened at `start`, quotes skipped."""
    quote = ""
    for index in range(start + 1, len(text)):
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "]":
            close = text.find(">", index)
            return close + 1 if close != -1 else None
    return None


def without_entity_declarations(data: bytes) -> bytes:
    """The feed unchanged, or, when its DOCTYPE declares entities, re-encoded without that DOCTYPE."""
    if b"ENTITY" not in data[: _PROLOG_CHARS * 4] and b"E\x00N\x00T\x00" not in data[: _PROLOG_CHARS * 4]:
        return data  # the common case: no entity declaration in any encoding we could meet
    text = decode_document(data)
    doctype = _DOCTYPE.search(text, 0, _PROLOG_CHARS)
    if doctype is None:
        return data
    bracket = text.find("[", doctype.end())
    first_close = text.find(">", doctype.end())
    if bracket == -1 or (first_close != -1 and first_close < bracket):
        return data  # a DOCTYPE without an internal subset declares nothing
    end = _subset_end(text, bracket)
    subset = text[bracket : end or len(text)]
    if "<!ENTITY" not in subset:
        return data
    cleaned = text[: doctype.start()] + (text[end:] if end else "")
    return _XML_ENCODING.sub(r"\1", cleaned, count=1).encode("utf-8")
