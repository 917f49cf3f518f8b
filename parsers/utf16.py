"""UTF-16 without a byte-order mark, told by where its NUL bytes fall or by the letters it reads as.

Text in a Latin script written as UTF-16 holds a NUL in every other byte: the high byte of each
ASCII or Latin-1 character. Little-endian puts it second, big-endian first. Binary data has NULs
too, but seldom in only one of the two places, and seldom decodes to printable text.

Text in another script (Japanese, Arabic, Greek) has few NULs: its code units are read instead.
Read in the right byte order, nearly all are letters (most of one script: kana and kanji count as
one, as Japanese writes them together; the rest a brand in Latin letters, say), symbols (→ ★ ￥),
marks, digits, punctuation or white space, with line breaks or spaces among them, and none is
unassigned, private or a control. Binary data read as UTF-16
spreads over every script and the unassigned planes (random bytes: 42% letters of the commonest
script, 16% strange); text in a one-byte encoding has no white space so read (its spaces would need
a NUL beside them); and the wrong byte order of real text turns its spaces and line breaks into
U+2000 and U+0A00, code units whose low byte is zero, by which the right order is told when both
read as text (Greek swapped reads as Hangul). Being valid UTF-8 proves nothing here: Arabic or
Cyrillic in UTF-16 often has every byte under 0x80.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

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
# Read as UTF-16 in a script other than Latin: at least this share of the code units are letters,
# symbols, marks, digits, punctuation or white space (text: 1.0)
_SCRIPT_SHARE = 0.95
# and at least this share letters of that script (Korean text: 0.68, Japanese 0.9),
_MAIN_SCRIPT_SHARE = 0.4
# and at most this share unassigned, private-use, surrogate or control code units (text: none).
_STRANGE_SHARE = 0.005
# White space between words or lines, as UTF-16 code units (U+3000 is the ideographic space).
_WHITE = frozenset(" \n\r\t\u3000")


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
    return _script_order(head)


def _script_order(head: bytes) -> str | None:
    """The byte order in which bytes with few NULs read as text in one script (see the module's
    docstring); None when neither does."""
    if b"\x00" not in head:  # white space in UTF-16 (U+0020, U+000A, U+3000 …) has a NUL byte
        return None
    read = [(codec, head.decode(codec, errors="surrogatepass")) for codec in ("utf-16-le", "utf-16-be")]
    texts = [(codec, text) for codec, text in read if _reads_in_one_script(text)]
    if not texts:
        return None
    return min(texts, key=lambda item: sum(1 for char in item[1] if ord(char) & 0xFF == 0))[0]


def _reads_in_one_script(text: str) -> bool:
    """Whether code units read as text: letters, most of one script, with white space, nothing strange."""
    scripts: Counter[str] = Counter()
    common = strange = white = 0
    for char in text:
        category = unicodedata.category(char)
        if category[0] == "L":
            scripts[_script(char)] += 1
        elif char in _WHITE:
            white += 1
        elif category[0] in "MNPSZ" or category == "Cf":  # S: → ★ ￥; Cf: a joiner, a right-to-left mark
            common += 1
        elif category in ("Cc", "Cn", "Co", "Cs"):
            strange += 1
    main = scripts.most_common(1)[0][1] if scripts else 0
    size = max(1, len(text))
    return (
        white > 0
        and main >= _MAIN_SCRIPT_SHARE * size
        and scripts.total() + common + white >= _SCRIPT_SHARE * size
        and strange <= _STRANGE_SHARE * size
    )


def _script(char: str) -> str:
    """The script of a letter, by the first word of its name ("GREEK", "ARABIC"; "CJK" for kana too)."""
    head = unicodedata.name(char, "").split(" ", 1)[0].split("-", 1)[0]
    return "CJK" if head in ("HIRAGANA", "KATAKANA") else head


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
