"""UTF-16 without a byte-order mark, told by where its NUL bytes fall.

Text in a Latin script written as UTF-16 holds a NUL in every other byte: the high byte of each
ASCII or Latin-1 character. Little-endian puts it second, big-endian first. Binary data has NULs
too, but seldom in only one of the two places, and seldom decodes to printable text.
"""

from __future__ import annotations

# Of the bytes where the high bytes fall, at least this share must be NUL: mostly Latin text.
_HIGH_NUL_SHARE = 0.5
# Of the other bytes (the low bytes), at most this share may be NUL: a character U+xx00 is rare.
_LOW_NUL_SHARE = 0.01
# Of the characters read, at most this share may be control characters other than white space.
_CONTROL_SHARE = 0.01
_WHITE_CONTROLS = frozenset("\t\n\v\f\r")
# DEL and the C1 controls (U+007F to U+009F), control characters as much as those under a space.
_HIGH_CONTROLS = range(0x7F, 0xA0)
_PAIR = 2


def bomless_utf16(head: bytes) -> str | None:
    """The codec ("utf-16-le" or "utf-16-be") of the first bytes of a document written as UTF-16
    without a byte-order mark; None when they are not."""
    head = head[: len(head) - len(head) % _PAIR]
    if not head:
        return None
    first, second = head[0::_PAIR], head[1::_PAIR]
    for codec, high, low in (("utf-16-le", second, first), ("utf-16-be", first, second)):
        if high.count(0) >= _HIGH_NUL_SHARE * len(high) and low.count(0) <= _LOW_NUL_SHARE * len(low):
            return codec if _printable(head, codec) else None
    return None


def _printable(head: bytes, codec: str) -> bool:
    """Whether the bytes read in `codec` are text: no broken surrogate pair, few control characters
    (C0 but white space, DEL and C1)."""
    text = head.decode(codec, errors="surrogatepass")
    if any("\ud800" <= char <= "\udfff" for char in text[:-1]):  # the last may be half of a pair cut off
        return False
    controls = sum(
        1 for char in text if (char < " " and char not in _WHITE_CONTROLS) or ord(char) in _HIGH_CONTROLS
    )
    return controls <= _CONTROL_SHARE * len(text)
