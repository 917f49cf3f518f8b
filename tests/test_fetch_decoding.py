"""The pieces of a fetch on their own: bounded decompression, WHATWG charsets, binary sniffing, Retry-After."""

from __future__ import annotations

import gzip
import itertools
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime

import brotli
import pytest
from hostile_server import PAGE, brotli_bomb, deflate_bomb, gzip_times
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import parse
from parsers.deadline import Deadline
from parsers.decode import decode_document
from parsers.decompress import PIECE_BYTES, BodyDecoder, body_decoder
from parsers.errors import FetchError, UnreadableDocument
from parsers.fetch_messages import byte_size, retry_after_seconds, status_error
from parsers.signatures import describe_binary
from parsers.sniff import is_json_feed, require_text, sniff

BOMB = 32 << 20


def _decode(encoding: str, body: bytes, chunk: int = 65536) -> Iterator[bytes]:
    decoder = body_decoder(encoding)
    for start in range(0, len(body), chunk):
        yield from decoder.feed(body[start : start + chunk])
    yield from decoder.finish()


def _decoded(encoding: str, body: bytes, chunk: int = 65536) -> bytes:
    return b"".join(_decode(encoding, body, chunk))


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", deflate_bomb(BOMB, 31)),
        ("deflate", deflate_bomb(BOMB, 15)),
        ("deflate", deflate_bomb(BOMB, -15)),
        ("br", brotli_bomb(BOMB)),
        ("gzip, gzip", gzip_times(deflate_bomb(BOMB, 31), 1)),
        ("br, gzip", gzip.compress(brotli_bomb(BOMB))),
    ],
    ids=["gzip", "deflate", "raw-deflate", "brotli", "gzip-2x", "brotli-gzip"],
)
def test_bomb_handed_whole_inflates_a_bounded_piece_at_a_time(encoding: str, body: bytes) -> None:
    """The whole bomb in one call still comes out in pieces of bounded size, as far as it is read."""
    pieces = body_decoder(encoding).feed(body)
    taken = 0
    for piece in pieces:
        # Brotli stops growing its buffer once past the limit, so it may overshoot by one block.
        assert len(piece) <= 2 * PIECE_BYTES
        taken += len(piece)
        if taken > 4 * 1024 * 1024:
            break
    assert taken > 4 * 1024 * 1024


def test_bombs_are_what_they_claim() -> None:
    """The test bombs are valid streams that inflate to their full size (checked on small ones)."""
    size = 3 << 20
    assert _decoded("gzip", deflate_bomb(size, 31)) == b" " * size
    assert gzip.decompress(deflate_bomb(size, 31)) == b" " * size
    assert zlib.decompress(deflate_bomb(size, 15)) == b" " * size
    assert zlib.decompress(deflate_bomb(size, -15), wbits=-15) == b" " * size
    assert brotli.decompress(brotli_bomb(size)) == b" " * size


# mtime=0: the bodies are test ids, and pytest-xdist workers that collect them a second apart must
# see the same ids (a gzip header holds the time it was written).
@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", gzip.compress(PAGE, mtime=0)),
        ("x-gzip", gzip.compress(PAGE, mtime=0)),
        ("deflate", zlib.compress(PAGE)),
        ("deflate", zlib.compress(PAGE, wbits=-15)),
        ("br", brotli.compress(PAGE)),
        ("gzip, br", brotli.compress(gzip.compress(PAGE, mtime=0))),
        ("identity", PAGE),
        ("", PAGE),
        ("GZIP , identity", gzip.compress(PAGE, mtime=0)),
    ],
)
@pytest.mark.parametrize("chunk", [1, 7, 65536])
def test_every_accepted_encoding_decodes_in_any_chunking(encoding: str, body: bytes, chunk: int) -> None:
    """Byte by byte or all at once, each encoding gives back the page exactly."""
    assert _decoded(encoding, body, chunk) == PAGE


@settings(max_examples=30, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_any_split_of_a_stacked_body_decodes_the_same(cuts: list[int]) -> None:
    """However the network splits a gzip-then-Brotli body, the page comes back the same."""
    body = brotli.compress(gzip.compress(PAGE * 3))
    decoder = body_decoder("gzip, br")
    edges = [0, *sorted(cut for cut in cuts if cut < len(body)), len(body)]
    out = b"".join(piece for a, b in itertools.pairwise(edges) for piece in decoder.feed(body[a:b]))
    assert out + b"".join(decoder.finish()) == PAGE * 3


def test_gzip_members_follow_one_another_and_trailing_junk_is_ignored() -> None:
    """Several gzip members are one body; bytes after the last one are dropped, as browsers do."""
    body = gzip.compress(PAGE) + gzip.compress(b"<p>more</p>") + b"\r\njunk"
    assert _decoded("gzip", body) == PAGE + b"<p>more</p>"
    assert _decoded("gzip", body, chunk=1) == PAGE + b"<p>more</p>"


def test_thousands_of_empty_gzip_members_do_not_recurse() -> None:
    """Ten thousand empty members in one chunk decode in a loop, not a call stack."""
    body = gzip.compress(b"") * 10_000 + gzip.compress(PAGE)
    assert _decoded("gzip", body, chunk=len(body)) == PAGE


def test_truncated_body_keeps_what_was_decoded() -> None:
    """A compressed body cut short gives the part that arrived, not an error."""
    body = gzip.compress(PAGE * 50)
    assert (PAGE * 50).startswith(_decoded("gzip", body[: len(body) // 2]))


@pytest.mark.parametrize(
    ("header", "says"),
    [
        ("zstd", "^the server compressed the page with zstd, which fineprint cannot decode$"),
        ("compress", "with compress, which"),
        ("gzip, gzip, gzip", "^the server compressed the page 3 times over; fineprint undoes at most 2"),
        (", ".join(["gzip"] * 40), "40 times over"),
        ("x-\x1b[31mred", "with an unknown encoding, which"),
        ("a" * 5000, "with an unknown encoding, which"),
    ],
)
def test_unknown_or_stacked_encodings_are_refused_by_name(header: str, says: str) -> None:
    """Encodings fineprint does not decode, or more than two stacked, are refused plainly."""
    with pytest.raises(FetchError, match=says):
        body_decoder(header)


@pytest.mark.parametrize(
    ("encoding", "body"),
    [("gzip", b"\x1f\x8b\x08\x00not gzip at all"), ("deflate", b"\x78\x9cnot deflate"), ("br", b"\xff" * 40)],
)
def test_corrupt_compressed_body_is_refused(encoding: str, body: bytes) -> None:
    """Garbage under a compression header fails with a plain sentence naming the format."""
    with pytest.raises(FetchError, match="could not be decompressed"):
        _decoded(encoding, body)


def test_decoder_type_is_public() -> None:
    """body_decoder hands back a BodyDecoder, the type fetch reads through."""
    assert isinstance(body_decoder("gzip"), BodyDecoder)


# --- charsets --------------------------------------------------------------------------------------

BODY = b"<p>caf\xc3\xa9 +ADw-script+AD4-</p>"


@pytest.mark.parametrize(
    "label",
    ["utf-7", "x-user-defined", "x-made-up-9", "zlib", "rot13", "base64", "hex", "idna", "punycode",
     "unicode_escape", "undefined", "utf-16", "iso-2022-kr", "a" * 1_000_000, "utf-8" + "x" * 100],
    ids=lambda label: label[:24],
)  # fmt: skip
def test_abusive_header_label_is_ignored(label: str) -> None:
    """A label that is no WHATWG page encoding is ignored: the UTF-8 body decodes as UTF-8, no error."""
    assert decode_document(BODY, f"text/html; charset={label}") == "<p>café +ADw-script+AD4-</p>"


@pytest.mark.parametrize(
    ("data", "content_type", "expected"),
    [
        (b"<p>caf\xe9 \x80</p>", "text/html; charset=ISO-8859-1", "<p>café €</p>"),
        (b"<p>caf\xe9</p>", "text/html; charset=latin1", "<p>café</p>"),
        (b"<p>\xcf\xf0\xe8</p>", "text/html; charset=windows-1251", "<p>При</p>"),
        (b"<p>\x83n\x83\x8d\x81[</p>", "text/html; charset=x-sjis", "<p>ハロー</p>"),
        (b"<p>\xc4\xe3\xba\xc3</p>", "text/html; charset=GB2312", "<p>你好</p>"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>\xf0\xd2\xc9</p>',
            None,
            "При",
        ),
        (b"<meta charset=' utf-7 '><p>caf\xc3\xa9</p>", None, "café"),
        (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "text/html; charset=windows-1251", "<p>café</p>"),
        (b"<p>caf\xe9</p>", None, "<p>café</p>"),
        (b"<meta charset=x-bogus><p>caf\xe9</p>", "text/html; charset=nonsense", "café"),
    ],
)
def test_whatwg_labels_bom_and_fallback(data: bytes, content_type: str | None, expected: str) -> None:
    """WHATWG labels are honoured (BOM first, header, meta), else UTF-8, else Windows-1252."""
    assert expected in decode_document(data, content_type)


@pytest.mark.parametrize(
    ("data", "content_type", "expected"),
    [
        # A template's one-byte label over text written in UTF-8: "CafÃ© â‚¬5" when obeyed.
        (b"<p>caf\xc3\xa9 \xe2\x82\xac5</p>", "text/html; charset=ISO-8859-1", "<p>café €5</p>"),
        (b'<meta charset="windows-1252"><title>Caf\xc3\xa9</title>', None, "<title>Café</title>"),
        # UTF-8 with a line pasted from a Windows-1252 page: both kept ("caf� €5" or "CafÃ©" before).
        (b"<p>caf\xc3\xa9 \xe2\x82\xac5</p><p>na\xefve \x80</p>", None, "<p>café €5</p><p>naïve €</p>"),
        # A Windows-1252 page labelled UTF-8: "caf� �" before.
        (b'<meta charset="utf-8"><p>caf\xe9 \x80 5</p>', None, "<p>café € 5</p>"),
        # Still as declared: real one-byte text, and Cyrillic that is no UTF-8.
        (b"<p>caf\xe9 \xc3</p>", "text/html; charset=latin1", "<p>café Ã</p>"),
        (b"<p>\xcf\xf0\xe8</p>", "text/html; charset=windows-1251", "<p>При</p>"),
    ],
)
def test_a_wrong_or_mixed_encoding_reads_each_byte_as_written(
    data: bytes, content_type: str | None, expected: str
) -> None:
    """Text in UTF-8 under a one-byte label, or with bytes of an older page in it, reads as written."""
    assert expected in decode_document(data, content_type)


def test_a_page_mislabelled_as_latin1_parses_in_utf8() -> None:
    """Through the parser: the title and the body read as the page wrote them."""
    page = '<html><head><meta charset="iso-8859-1"><title>Café fines</title></head><body><article>'
    page += "<p>The regulator fined the café €5 million under the GDPR, the agency said on Monday.</p>"
    article = parse((page + "</article></body></html>").encode("utf-8"), "text/html")
    assert article.metadata.title == "Café fines"
    assert "café €5 million" in article.blocks[0].text


# --- what the bytes are ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (b"%PDF-1.4\n%\xe2\xe3", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"PK\x03\x04\x14\x00" + b"x" * 30 + b"word/document.xml", "a Word document"),
        (b"PK\x03\x04\x14\x00" + b"x" * 30 + b"data.csv", "a ZIP archive"),
        (b"\x1f\x8b\x08\x00\x00", "gzip-compressed data"),
        (b"\x7fELF\x02\x01\x01\x00", "a Linux program"),
        (b"\x00\x00\x00\x20ftypisom", "an MP4 video"),
        (b"text\x00with\x00nuls", "binary data"),
    ],
)
def test_binary_formats_are_named(head: bytes, name: str) -> None:
    """A body's first bytes name its format."""
    assert describe_binary(head) == name


@pytest.mark.parametrize(
    "text",
    [b"<html><p>PDF files explained</p>", b"PK is a common abbreviation.", b"ID3 tags explained",
     b"GIF or JIF?", b"\xff\xfe<\x00p\x00>\x00", b"Plain text\twith tabs\r\nand lines", b""],
)  # fmt: skip
def test_text_is_not_taken_for_binary(text: bytes) -> None:
    """Pages and text that merely mention a format, or are UTF-16 with a BOM, pass."""
    assert describe_binary(text) is None


def _page_with_a_stray_nul() -> bytes:
    paragraphs = [f"<p>Paragraph {n} says the regulator fined Acme $5 million.</p>" for n in range(60)]
    body = "".join(paragraphs[:30]) + "\x00" + "".join(paragraphs[30:])
    return f"<html><head><title>Fines</title></head><body><article>{body}</article></body></html>".encode()


def test_a_page_with_a_stray_nul_byte_is_read_to_its_end() -> None:
    """One NUL in a page (a broken template) made the whole page "binary data"; the page is read, all of it."""
    data = _page_with_a_stray_nul()
    assert describe_binary(data) is None
    texts = [block.text for block in parse(data, "text/html").blocks]
    assert any("Paragraph 29 " in text for text in texts)
    assert any("Paragraph 59 " in text for text in texts)


def test_local_binary_document_is_named_too() -> None:
    """A PDF opened from a file is refused naming it, like one fetched."""
    with pytest.raises(UnreadableDocument, match=r"^the document is a PDF document, not text or HTML$"):
        require_text(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', True),
        (b'\xef\xbb\xbf  {"title": "x", "version" : "https://jsonfeed.org/version/1"}', True),
        (b'{"version": "2", "items": []}', False),
        (b'["https://jsonfeed.org/version/1"]', False),
        (b"<p>version https://jsonfeed.org/version/1</p>", False),
    ],
)
def test_json_feed_is_told_by_its_version(data: bytes, expected: bool) -> None:
    """Only a JSON object naming the JSON Feed version counts as a JSON Feed."""
    assert is_json_feed(data) is expected


def test_json_feed_text_is_sniffed_as_a_feed() -> None:
    """The parser is told a JSON Feed is a feed, whatever its declared type."""
    assert sniff('{"version": "https://jsonfeed.org/version/1.1", "items": []}', "text/plain") == "feed"
    assert sniff('{"version": 2}', "application/json") == "text"


# --- statuses --------------------------------------------------------------------------------------

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("120", 120), (" 5 ", 5), ("0", 0), ("Sun, 01 Mar 2026 12:02:00 GMT", 120),
     ("Sun, 01 Mar 2026 11:00:00 GMT", 0), ("-5", None), ("1e9", None), ("99999999999", None),
     ("soon", None), ("", None), (None, None), ("Sun, 01 Mar 2026 12:02:00 -0000", None)],
)  # fmt: skip
def test_retry_after_reads_seconds_or_a_date(value: str | None, expected: int | None) -> None:
    """Retry-After as seconds or an HTTP date; anything else is unreadable."""
    assert retry_after_seconds(value, now=NOW) == expected


def test_status_sentence_uses_standard_phrases_only() -> None:
    """The server's own reason phrase never reaches the user; an unknown status is said plainly."""
    assert str(status_error(404, None)) == "the server answered 404 Not Found"
    assert str(status_error(429, "1")) == (
        "the server asked to wait 1 second before trying again (429 Too Many Requests)"
    )
    assert str(status_error(599, "30")) == "the server answered 599 (an unknown status)"
    assert status_error(503, "x" * 1000).retry_after == "x" * 100


@pytest.mark.parametrize(
    ("amount", "words"),
    [(10 << 20, "10 MB"), (1536 << 10, "1.5 MB"), (1 << 30, "1024 MB"), (2048, "2 KB"), (1000, "1000 bytes")],
)
def test_sizes_are_said_in_plain_units(amount: int, words: str) -> None:
    """The size limit is named in MB, KB or bytes, never in exponent notation."""
    assert byte_size(amount) == words


def test_an_endless_deadline_is_accepted() -> None:
    """A deadline of infinity from the config starts and stops its watchdog without error."""
    with Deadline(float("inf")) as deadline:
        assert not deadline.expired()
