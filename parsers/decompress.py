"""Undoing HTTP content encodings piece by piece, so no body can inflate past a cap in one call."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from typing import Protocol

import brotli

from parsers.errors import FetchError

# No decoder hands back more than this many bytes from one call: a bomb inflates a piece at a time.
PIECE_BYTES = 64 * 1024
# Browsers meet two stacked encodings in the wild (a proxy gzipping a gzip); more is an attack.
MAX_STACKED_ENCODINGS = 2
# What fineprint decodes, in the Accept-Encoding header: advertise only these.
ACCEPT_ENCODING = "gzip, deflate, br"
_GZIP_NAMES = ("gzip", "x-gzip")
_GZIP_MAGIC = b"\x1f\x8b"
_NO_ENCODING = ("identity", "")
_ENCODING_NAME = re.compile(r"[a-z0-9][a-z0-9._+-]{0,29}")


class _Stage(Protocol):
    """One content encoding undone: bytes in, pieces of at most PIECE_BYTES out."""

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decode the next compressed bytes."""
        ...

    def finish(self) -> Iterator[bytes]:
        """Whatever output the decoder still holds once the input has ended."""
        ...


def _undecodable(name: str) -> FetchError:
    return FetchError(f"the server sent a {name} body that could not be decompressed")


class _ZlibStage:
    """gzip (several members allowed) or deflate (zlib-wrapped or raw), inflated a piece at a time."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._inflater: zlib._Decompress | None = None
        self._pending = b""  # bytes held until a stream's first two bytes are known
        self._members = 0  # gzip members already ended
        self._ended = False  # the body ended; bytes after it are ignored, as browsers do

    def _start(self, head: bytes) -> zlib._Decompress:
        if self._name == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" should carry a zlib header, but some servers send raw deflate: tell by the header.
        wrapped = len(head) >= 2 and head[0] & 0x0F == 8 and ((head[0] << 8) | head[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Inflate `data`, never more than PIECE_BYTES per step."""
        if self._ended:
            return
        if self._inflater is None:
            self._pending += data
            if len(self._pending) < 2:
                return
            data, self._pending = self._pending, b""
            if self._members and not data.startswith(_GZIP_MAGIC):
                self._ended = True
                return
            self._inflater = self._start(data)
        yield from self._inflate(data)

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        """Inflate until the input is used up; one gzip member after another, in a loop."""
        try:
            while self._inflater is not None:
                piece = self._inflater.decompress(data, PIECE_BYTES)
                data = self._inflater.unconsumed_tail
                if piece:
                    yield piece
                if self._inflater.eof:
                    data = self._end_member(self._inflater.unused_data)
                elif not data and len(piece) < PIECE_BYTES:
                    return
        except zlib.error:
            raise _undecodable(self._name) from None

    def _end_member(self, rest: bytes) -> bytes:
        """After a stream ends: start the next gzip member if one follows; the bytes to inflate next."""
        self._inflater = None
        self._members += 1
        if self._name != "gzip" or (len(rest) >= 2 and not rest.startswith(_GZIP_MAGIC)):
            self._ended = True
        elif len(rest) < 2:
            self._pending = rest
        else:
            self._inflater = self._start(rest)
        return rest

    def finish(self) -> Iterator[bytes]:
        """Drain what the inflater holds; a body cut short keeps what was decoded, as browsers do."""
        if self._ended:
            return
        if self._inflater is None and self._pending and not self._members:
            self._inflater = self._start(self._pending)
            yield from self._inflate(self._pending)
        elif self._inflater is not None:
            yield from self._inflate(b"")


class _BrotliStage:
    """Brotli, through the decoder's output limit (brotli >= 1.2)."""

    def __init__(self) -> None:
        self._decoder = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decode `data`; the decoder keeps input it has no room for until asked again with none."""
        if self._decoder.is_finished():
            return  # bytes after the end of the stream are ignored
        try:
            piece = self._decoder.process(data, output_buffer_limit=PIECE_BYTES)
            if piece:
                yield piece
            while not self._decoder.can_accept_more_data():
                piece = self._decoder.process(b"", output_buffer_limit=PIECE_BYTES)
                if piece:
                    yield piece
        except brotli.error:
            raise _undecodable("Brotli") from None

    def finish(self) -> Iterator[bytes]:
        """Brotli holds nothing back once it has accepted all input."""
        return iter(())


def _through(stage: _Stage, pieces: Iterable[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        yield from stage.feed(piece)


class BodyDecoder:
    """The stack of content encodings a response declares, undone lazily in order."""

    def __init__(self, stages: list[_Stage]) -> None:
        self._stages = stages

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decoded pieces for the next raw bytes; stop iterating at any time to stop decoding."""
        pieces: Iterable[bytes] = (data,)
        for stage in self._stages:
            pieces = _through(stage, pieces)
        yield from pieces

    def finish(self) -> Iterator[bytes]:
        """Decoded pieces each stage still holds, passed through the stages after it."""
        for index, stage in enumerate(self._stages):
            pieces: Iterable[bytes] = stage.finish()
            for later in self._stages[index + 1 :]:
                pieces = _through(later, pieces)
            yield from pieces


def _stage_for(name: str) -> _Stage:
    if name in _GZIP_NAMES:
        return _ZlibStage("gzip")
    if name == "deflate":
        return _ZlibStage("deflate")
    if name == "br":
        return _BrotliStage()
    shown = name if _ENCODING_NAME.fullmatch(name) else "an unknown encoding"
    raise FetchError(f"the server compressed the page with {shown}, which fineprint cannot decode")


def body_decoder(content_encoding: str | None) -> BodyDecoder:
    """A decoder for a Content-Encoding header; refuses unknown or too deeply stacked encodings."""
    names = [name.strip().lower() for name in (content_encoding or "").split(",")]
    names = [name for name in names if name not in _NO_ENCODING]
    if len(names) > MAX_STACKED_ENCODINGS:
        raise FetchError(
            f"the server compressed the page {len(names)} times over; "
            f"fineprint undoes at most {MAX_STACKED_ENCODINGS} encodings"
        )
    # The header lists encodings in the order they were applied, so they are undone last first.
    return BodyDecoder([_stage_for(name) for name in reversed(names)])
