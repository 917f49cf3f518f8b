"""Bytes to text: the WHATWG encoding a document declares, or the one it evidently uses."""

from __future__ import annotations

import codecs
import re

import webencodings

from parsers.signatures import SNIFF_BYTES
from parsers.utf16 import bomless_utf16

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The longest WHATWG label is under 20 characters; anything much longer is no label at all.
_LONGEST_LABEL = 40
_LABEL = rf"([\w.:-]{{1,{_LONGEST_LABEL}}})"
_HEADER_CHARSET = re.compile(rf"charset\s*=\s*[\"']?{_LABEL}", re.IGNORECASE)
_META_CHARSET = re.compile(rf"<meta[^>]{{0,200}}?charset\s*=\s*[\"']?\s*{_LABEL}".encode(), re.IGNORECASE)
_PREFIX_FOR_META = 4096
# Where Python's codec for a WHATWG encoding decodes less than browsers do, the superset they use.
_CODEC_FOR_ENCODING = {"gbk": "gb18030", "big5": "big5hkscs"}
# WHATWG encodings a page may not declare for itself: the declaration is ignored, not obeyed
# (UTF-16 is told by its byte-order mark; "replacement" and "x-user-defined" hold no text).
_IGNORED_ENCODINGS = ("replacement", "x-user-defined", "utf-16le", "utf-16be")
# Python codecs that read one byte as one character, by the start of their names.
_SINGLE_BYTE_CODECS = ("cp125", "cp874", "cp866", "iso8859", "latin", "koi8", "mac-")
# The error handler that reads bytes UTF-8 cannot decode as Windows-1252 instead.
_MIXED = "fineprint-legacy-bytes"
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _codec(label: str | None) -> str | None:
    """The Python codec for a WHATWG encoding label, or None for any other label."""
    if not label or len(label) >= _LONGEST_LABEL:
        return None
    encoding = webencodings.lookup(label)
    if encoding is None or encoding.name in _IGNORED_ENCODINGS:
        return None
    return _CODEC_FOR_ENCODING.get(encoding.name, encoding.codec_info.name)


def declared_charset(data: bytes, content_type: str | None) -> str | None:
    """The charset from the HTTP header, else from a `<meta>` near the top of the page."""
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match and (codec := _codec(match.group(1))):
            return codec
    meta = _META_CHARSET.search(data[:_PREFIX_FOR_META])
    if meta:
        return _codec(meta.group(1).decode("ascii", "ignore"))
    return None


def strip_bom(data: bytes) -> tuple[bytes, str | None]:
    """The bytes without a byte-order mark, and the encoding that mark names."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :], encoding
    return data, None


def _legacy_bytes(error: UnicodeError) -> tuple[str, int]:
    """What UTF-8 cannot decode, read as Windows-1252: a line pasted from an older page."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error(_MIXED, _legacy_bytes)


def _single_byte(codec: str) -> bool:
    """Whether a codec reads one byte as one character (Windows-125x, ISO 8859, KOI8, Mac)."""
    return codec.startswith(_SINGLE_BYTE_CODECS)


def _utf8(data: bytes) -> str | None:
    """The bytes read as UTF-8, or None where they are not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _undeclared(data: bytes) -> str:
    """UTF-8; where some bytes are not (a page of UTF-8 with a line pasted from an older one), those
    read as Windows-1252; a page with fewer UTF-8 sequences than such bytes is all Windows-1252."""
    text = _utf8(data)
    if text is not None:
        return text
    sequences = _UTF8_SEQUENCE.findall(data)
    stray = len(_NON_ASCII.findall(data)) - sum(len(sequence) for sequence in sequences)
    if len(sequences) >= stray:
        return data.decode("utf-8", errors=_MIXED)
    return data.decode("cp1252", errors="replace")


def decode_document(data: bytes, content_type: str | None = None) -> str:
    """Decode a document; never raises. A BOM (or UTF-16's NUL bytes) wins, then a declaration, then
    UTF-8, then cp1252.

    A page that declares a one-byte encoding but is valid UTF-8 with letters beyond ASCII is UTF-8:
    templates that say ISO-8859-1 over text written in UTF-8 are common, and no text written in
    a one-byte encoding is valid UTF-8 by chance ("CafÃ©" is what obeying them shows).
    """
    data, bom_encoding = strip_bom(data)
    bom_encoding = bom_encoding or bomless_utf16(data[:SNIFF_BYTES])
    if bom_encoding:
        return data.decode(bom_encoding, errors="replace")
    declared = declared_charset(data, content_type)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        if _single_byte(declared) and not data.isascii() and (text := _utf8(data)) is not None:
            return text
        return data.decode(declared, errors="replace")
    return _undeclared(data)
