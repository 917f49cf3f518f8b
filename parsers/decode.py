"""Bytes to text: the WHATWG encoding a document declares, or the one it evidently uses."""

from __future__ import annotations

import codecs
import re

import webencodings

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


def decode_document(data: bytes, content_type: str | None = None) -> str:
    """Decode a document; never raises. A BOM wins, then a declaration, then UTF-8, then cp1252."""
    data, bom_encoding = strip_bom(data)
    if bom_encoding:
        return data.decode(bom_encoding, errors="replace")
    declared = declared_charset(data, content_type)
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        return data.decode(declared, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if declared == "utf-8":
            return data.decode("utf-8", errors="replace")
        return data.decode("cp1252", errors="replace")
