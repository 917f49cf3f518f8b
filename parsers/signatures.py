"""Binary formats told by their opening bytes, so a PDF labelled as a web page is named for what it is."""

from __future__ import annotations

import re

from parsers.utf16 import bomless_utf16

# More than this share of control characters in the first bytes: binary, not text.
_CONTROL_SHARE_LIMIT = 0.1
# More than this share of NUL bytes: binary. Text has none, but a page with a stray one is still a page.
_NUL_SHARE_LIMIT = 0.001
# How many opening bytes are looked at to tell what a document is (binary, UTF-16, HTML or a feed).
SNIFF_BYTES = 8192
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")

# Binary formats by their opening bytes (a regex matched at the start), and what each is in words.
SIGNATURES: tuple[tuple[re.Pattern[bytes], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), name)
    for pattern, name in (
        (rb"%PDF-", "a PDF document"),
        (rb"%!PS", "a PostScript document"),
        (rb"\x89PNG\r\n\x1a\n", "a PNG image"),
        (rb"\xff\xd8\xff", "a JPEG image"),
        (rb"GIF8[79]a", "a GIF image"),
        (rb"RIFF.{4}WEBP", "a WebP image"),
        (rb"RIFF.{4}WAVE", "a WAV sound file"),
        (rb"RIFF.{4}AVI ", "an AVI video"),
        (rb"II\*\x00|MM\x00\*", "a TIFF image"),
        (rb"\x00\x00\x01\x00", "an icon image"),
        (rb".{4}ftyp(?:avif|heic|heix|mif1)", "an AVIF or HEIC image"),
        (rb".{4}ftyp", "an MP4 video"),
        (rb"\x1a\x45\xdf\xa3", "a WebM or Matroska video"),
        (rb"OggS", "an Ogg sound or video file"),
        (rb"ID3[\x02-\x04]|\xff[\xfb\xf3\xf2]", "an MP3 sound file"),
        (rb"fLaC", "a FLAC sound file"),
        (rb"wOFF|wOF2|OTTO|\x00\x01\x00\x00\x00", "a font file"),
        (rb"PK\x03\x04|PK\x05\x06|PK\x07\x08", "a ZIP archive"),
        (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style Microsoft Office document"),
        (rb"\x1f\x8b", "gzip-compressed data"),
        (rb"BZh[1-9]", "bzip2-compressed data"),
        (rb"\xfd7zXZ\x00", "xz-compressed data"),
        (rb"\x28\xb5\x2f\xfd", "zstd-compressed data"),
        (rb"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (rb"Rar!\x1a\x07", "a RAR archive"),
        (rb"\x7fELF", "a Linux program"),
        (rb"MZ\x90\x00", "a Windows program"),
        (rb"\xca\xfe\xba\xbe|\xcf\xfa\xed\xfe|\xce\xfa\xed\xfe", "a compiled program"),
        (rb"\x00asm", "a WebAssembly program"),
        (rb"SQLite format 3\x00", "an SQLite database"),
        (rb"\{\\rtf", "an RTF document"),
    )
)
# A ZIP archive's first entries name what it really is: an Office document, an e-book.
ZIP_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"word/", "a Word document"),
    (b"xl/", "an Excel workbook"),
    (b"ppt/", "a PowerPoint presentation"),
    (b"application/epub+zip", "an EPUB e-book"),
    (b"application/vnd.oasis.opendocument", "an OpenDocument file"),
)


def is_binary(data: bytes) -> bool:
    """Whether raw bytes look like a binary file rather than text (after any BOM)."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or bomless_utf16(head) is not None:
        return False
    if head.count(0) > _NUL_SHARE_LIMIT * len(head):
        return True
    return len(_CONTROL.findall(head)) > _CONTROL_SHARE_LIMIT * max(1, len(head))


def describe_binary(head: bytes) -> str | None:
    """What a body's first bytes say it is, when it is a binary format; None for text."""
    for pattern, name in SIGNATURES:
        if pattern.match(head):
            if name == "a ZIP archive":
                return next((kind for marker, kind in ZIP_KINDS if marker in head), name)
            return name
    return "binary data" if is_binary(head) else None
