"""Bytes to text: the charset a document declares, or the one it evidently uses."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_PREFIX_FOR_META = 4096
# Labels that pages declare but mean something broader (the WHATWG encoding standard's mapping).
_LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def _codec(label: str | None) -> str | None:
    """The Python codec for a declared label, or None when Python has no such codec."""
    if not label:
        return None
    label = _LABEL_ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


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
