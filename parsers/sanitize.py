"""The one sanitiser: every string taken from a page passes through here before it is used.

Cleaning is one character for one character, so offsets into the cleaned text are offsets
into the input: control characters become visible symbols, never raw bytes for a terminal.
"""

from __future__ import annotations

import re
from urllib.parse import quote

REPLACEMENT = "\ufffd"
# C0 controls are shown as their Unicode "control picture" (ESC -> U+241B); tab and newline stay.
_C0_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_DEL_PICTURE = {0x7F: "\u2421"}
# C1 controls have no pictures: the replacement character stands in for each.
_C1 = {code: REPLACEMENT for code in range(0x80, 0xA0)}
# Bidirectional embeddings, overrides, isolates and marks can reorder what a reader sees.
_BIDI_CONTROLS = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_BIDI = {code: REPLACEMENT for code in _BIDI_CONTROLS}
# Unicode line and paragraph separators: plain newlines are what every consumer expects.
_SEPARATORS = {0x2028: "\n", 0x2029: "\n"}

_TABLE = str.maketrans({**_C0_PICTURES, **_DEL_PICTURE, **_C1, **_BIDI, **_SEPARATORS})
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_CARRIAGE_RETURN = re.compile("\r(\n?)")
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_WHITESPACE_RUN = re.compile(r"\s+")


def _carriage_return(match: re.Match[str]) -> str:
    # "\r\n" keeps its length as " \n"; a lone "\r" is an old-style line end.
    return " \n" if match.group(1) else "\n"


def clean_text(text: str) -> str:
    """Return `text` safe to show, with exactly the same length."""
    if "\r" in text:
        text = _CARRIAGE_RETURN.sub(_carriage_return, text)
    text = text.translate(_TABLE)
    return without_lone_surrogates(text)


def clean_inline(text: str | None) -> str | None:
    """Clean a one-line value (a title, a name): whitespace collapsed, ends trimmed."""
    if text is None:
        return None
    cleaned = _WHITESPACE_RUN.sub(" ", clean_text(text)).strip()
    return cleaned or None


def has_lone_surrogate(text: str) -> bool:
    """Whether `text` holds a lone surrogate (which `without_lone_surrogates` replaces)."""
    return _LONE_SURROGATE.search(text) is not None


def without_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced (a JSON "\\ud800" makes one): no UTF-8 encoder takes it."""
    return _LONE_SURROGATE.sub(REPLACEMENT, text) if _LONE_SURROGATE.search(text) else text


def safe_address(url: str) -> str:
    """A URL with each character the sanitiser would change percent-encoded: the same address for a
    server (as httpx sends it), and nothing a terminal would obey when it is printed."""
    if _UNSAFE.search(url) is None:
        return url
    return _UNSAFE.sub(lambda char: quote(char.group(), safe="", errors="replace"), url)


def is_clean(text: str) -> bool:
    """Whether `text` holds no character the sanitiser would change (bar carriage returns)."""
    return _UNSAFE.search(text) is None
